import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JobResult, RunResult } from '@clipwright/pipeline';
import * as pipeline from '@clipwright/pipeline';
import { type ActionIo, coreIo } from './action-io.ts';
import type { createActionsCacheStore } from './actions-cache-store.ts';
import type { uploadArtifacts } from './artifact-upload.ts';
import { changedFiles } from './changed-files.ts';
import { readEventContext } from './event-context.ts';
import type { createGitHubClient } from './github-client.ts';
import { InputError } from './input-error.ts';
import { type ActionInputs, parseInputs, readInput } from './inputs.ts';
import { renderJobSummary } from './job-summary.ts';
import { upsertPrComment } from './pr-comment.ts';
import { problemAnnotations } from './problem-annotations.ts';
import {
  type PullRequestEvent,
  previewMarkdown,
  previewNames,
  readPullRequest,
  runCostDiff,
  wantsPreview,
} from './pull-request.ts';
import type { uploadReleaseAssets } from './release-upload.ts';
import { setCountOutputs, setRunOutputs } from './set-outputs.ts';
import { uploadVideos } from './upload-videos.ts';
import { createVideoLog } from './video-log.ts';

/**
 * Every side effect of the action; each has a real default. The defaults that pull in heavy
 * clients (@actions/artifact, @actions/cache with the Azure SDK, Octokit) are loaded with
 * import() only when used: the bundle splits them into chunks, so start-up does not pay for them.
 */
export interface RunDependencies {
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Default: @actions/core. */
  io?: ActionIo;
  /** Default: @clipwright/pipeline. */
  pipeline?: Pick<typeof pipeline, 'loadPlan' | 'runPlan' | 'formatPlanTable'>;
  /** Default: uploadArtifacts (the real @actions/artifact client). */
  uploadArtifacts?: typeof uploadArtifacts;
  /** Default: uploadReleaseAssets. */
  uploadReleaseAssets?: typeof uploadReleaseAssets;
  /** Default: Octokit with retry and throttling. */
  createGitHubClient?: typeof createGitHubClient;
  /** Default: the Actions cache store (when the cache input is on). */
  createCacheStore?: typeof createActionsCacheStore;
}

/** The action: inputs → plan → run → uploads → summary and outputs. Never throws. */
export async function run(deps: RunDependencies = {}): Promise<void> {
  const env = deps.env ?? process.env;
  const io = deps.io ?? coreIo;
  // Mask the key before anything else can print it.
  const rawKey = readInput(env, 'api-key');
  if (rawKey) io.setSecret(rawKey);
  try {
    await runAction(parseInputs({ env }), env, io, deps);
  } catch (error) {
    io.setFailed(
      error instanceof InputError
        ? error.message
        : `Clipwright failed: ${(error as Error).message}`,
    );
  }
}

async function runAction(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  deps: RunDependencies,
) {
  const p = deps.pipeline ?? pipeline;
  const event = readEventContext({ env });
  const root = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const github = async () =>
    (deps.createGitHubClient ?? (await import('./github-client.ts')).createGitHubClient)({
      token: inputs.githubToken,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      warn: io.warning,
    });
  // Pull requests: the cost diff first (no api-key needed); previews only when labelled.
  const pr = inputs.prComment !== 'false' ? readPullRequest(env) : undefined;
  let preview: { names: Set<string>; body: string; pr: PullRequestEvent } | undefined;
  if (pr && event.repository) {
    const costed = await runCostDiff({
      inputs,
      root,
      pr,
      repository: event.repository,
      io,
      github,
    });
    if (!wantsPreview(pr, inputs.previewLabel)) {
      io.info(`No '${inputs.previewLabel}' label on this event: no preview is generated.`);
      setCountOutputs(io);
      return;
    }
    preview = { names: previewNames(costed.diff), body: costed.body, pr };
  }
  if (!inputs.apiKey && !inputs.dryRun) {
    if (event.fromFork) {
      io.warning(
        'No api-key: pull requests from forks get no secrets, so Clipwright skipped generating videos.',
      );
      setCountOutputs(io);
      return;
    }
    throw new InputError(
      'api-key',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'is empty: pass your EvoLink key as a secret, e.g. api-key: ${{ secrets.EVOLINK_API_KEY }}',
    );
  }
  let changed: string[] | undefined;
  if (inputs.changedOnly) {
    if (event.push && event.repository) {
      changed = await changedFiles({
        octokit: await github(),
        repository: event.repository,
        ...event.push,
      });
      if (changed === undefined)
        io.notice(
          'changed-only: the change set is incomplete (new branch or a very large push), so every video is considered.',
        );
      else
        io.info(
          `changed-only: ${changed.length} files changed in ${event.push.before.slice(0, 7)}..${event.push.after.slice(0, 7)}`,
        );
    } else {
      io.notice(
        `changed-only applies to push events; this is '${event.eventName || 'unknown'}', so every video is considered.`,
      );
    }
  }

  const plan = await p.loadPlan({
    root,
    ...(inputs.prompts ? { prompts: inputs.prompts } : {}),
    ...(inputs.manifest ? { manifest: inputs.manifest } : {}),
    defaults: inputs.defaults,
    vars: inputs.vars,
    context: {
      ...(event.tag ? { tag: event.tag, version: event.tag.replace(/^v/, '') } : {}),
      ...(event.repository ? { repo: event.repository } : {}),
      ...(event.sha ? { sha: event.sha } : {}),
    },
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    ...(changed ? { changedFiles: changed } : {}),
  });
  if (preview) {
    // Previews generate only the added and changed videos.
    const names = preview.names;
    plan.jobs = plan.jobs.filter((j) => names.has(j.name));
    plan.invalid = [];
    plan.totalCredits = Math.round(plan.jobs.reduce((a, j) => a + j.credits, 0) * 1000) / 1000;
  }
  for (const a of problemAnnotations(plan.problems)) io.error(a.message, a.properties);
  io.info(p.formatPlanTable(plan));

  if (inputs.dryRun) {
    const results = plan.jobs.map(
      (job): JobResult => ({
        name: job.name,
        source: job.source.file,
        hash: job.hash,
        model: job.request.model,
        parameters: { ...job.request },
        prompt: job.request.prompt,
        credits: job.credits,
        status: 'completed',
      }),
    );
    await io.writeSummary(
      renderJobSummary({
        results,
        counts: {},
        credits: plan.totalCredits,
        problems: plan.problems,
        links: new Map(),
        dryRun: true,
      }),
    );
    io.setOutput('credits', String(plan.totalCredits));
    setCountOutputs(io);
    if (plan.problems.length > 0 && inputs.failOn.includes('invalid'))
      io.setFailed(`${plan.problems.length} problems in prompt files (see the annotations).`);
    return;
  }

  const stateDir = join(root, '.clipwright', 'state');
  const outDir = join(root, '.clipwright', 'out');
  const shardLabel = inputs.shard ? `${inputs.shard.index}-of-${inputs.shard.total}` : 'all';
  let store: ReturnType<typeof createActionsCacheStore> | undefined;
  if (inputs.cache) {
    const createStore =
      deps.createCacheStore ?? (await import('./actions-cache-store.ts')).createActionsCacheStore;
    store = createStore({ dir: join(stateDir, 'actions-cache'), root, warn: io.warning });
  }
  const journalFile = join(stateDir, 'journal.json');
  // Before the first create, always: the restored journal holds the tasks already paid for.
  if (store) await store.restoreJournal(journalFile, shardLabel);

  const timeout = inputs.timeoutMinutes
    ? AbortSignal.timeout(inputs.timeoutMinutes * 60_000)
    : undefined;
  const videoLog = createVideoLog({ mask: io.setSecret, flush: io.group });
  let result: RunResult;
  try {
    result = await p.runPlan(plan, {
      clientOptions: { apiKey: inputs.apiKey, baseUrl: inputs.baseUrl },
      outDir,
      stateDir,
      ...(store ? { cache: store } : {}),
      concurrency: inputs.concurrency,
      ...(inputs.maxCredits !== undefined ? { maxCredits: inputs.maxCredits } : {}),
      ...(timeout ? { signal: timeout } : {}),
      onEvent: (e) => (e.type === 'notice' ? io.notice(e.message) : videoLog(e)),
    });
  } finally {
    // Saved even when the run fails: the journal is what keeps a re-run from paying again.
    if (store && existsSync(journalFile))
      await store.saveJournal(
        journalFile,
        shardLabel,
        `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
      );
  }

  const uploads = await uploadVideos({
    inputs,
    videos: result.results.filter(
      (r) => r.path && (r.status === 'completed' || r.status === 'cached'),
    ),
    outDir,
    manifestPath: result.manifestPath,
    event,
    github,
    env,
    log: io.info,
    ...(deps.uploadArtifacts ? { uploadArtifacts: deps.uploadArtifacts } : {}),
    ...(deps.uploadReleaseAssets ? { uploadReleaseAssets: deps.uploadReleaseAssets } : {}),
  });
  const nothing = result.counts.completed + result.counts.cached === 0 && inputs.upload !== 'none';
  await io.writeSummary(
    renderJobSummary({
      results: result.results,
      counts: result.counts,
      credits: result.credits,
      problems: plan.problems,
      links: uploads.links,
      notes: [...(nothing ? ['No video to upload.'] : []), ...uploads.errors],
    }),
  );
  setRunOutputs(io, result, outDir, uploads);
  if (preview && event.repository && inputs.prComment !== 'false') {
    const section = previewMarkdown(result.results, uploads.links, uploads.artifacts[0]?.url);
    await upsertPrComment({
      octokit: await github(),
      repository: event.repository,
      issueNumber: preview.pr.number,
      body: `${preview.body}${section}`,
    }).catch((error: Error) =>
      io.warning(`Could not update the pull-request comment: ${error.message}`),
    );
  }

  const failing = inputs.failOn.filter((o) => (result.counts[o] ?? 0) > 0);
  const reasons = [
    ...uploads.errors,
    ...(failing.length
      ? [
          `videos ${failing.map((o) => `${o}: ${result.counts[o]}`).join(', ')} (fail-on: ${inputs.failOn.join(',')})`,
        ]
      : []),
  ];
  if (reasons.length > 0) io.setFailed(`Clipwright: ${reasons.join('; ')}`);
}
