import { join, resolve } from 'node:path';
import type { Clock } from '@clipwright/core';
import * as pipeline from '@clipwright/pipeline';
import { type ActionIo, coreIo, redactingIo } from './action-io.ts';
import type { createActionsCacheStore } from './actions-cache-store.ts';
import type { uploadArtifacts } from './artifact-upload.ts';
import { changedOnly } from './changed-only.ts';
import { readEventContext } from './event-context.ts';
import type { createGitHubClient } from './github-client.ts';
import { InputError } from './input-error.ts';
import { type ActionInputs, parseInputs, readInput } from './inputs.ts';
import { upsertPrComment } from './pr-comment.ts';
import {
  onlyPreviews,
  type PullRequestEvent,
  previewMarkdown,
  previewNames,
  readPullRequest,
  runCostDiff,
  wantsPreview,
} from './pull-request.ts';
import type { uploadReleaseAssets } from './release-upload.ts';
import { noUploads, reportRun } from './report-run.ts';
import { sessionOptions } from './session-options.ts';
import { setCountOutputs } from './set-outputs.ts';
import { uploadVideos } from './upload-videos.ts';

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
  pipeline?: Pick<typeof pipeline, 'loadPlan' | 'runPlan' | 'formatPlanTable' | 'checkBalance'>;
  /** Default: uploadArtifacts (the real @actions/artifact client). */
  uploadArtifacts?: typeof uploadArtifacts;
  /** Default: uploadReleaseAssets. */
  uploadReleaseAssets?: typeof uploadReleaseAssets;
  /** Default: Octokit with retry and throttling. */
  createGitHubClient?: typeof createGitHubClient;
  /** Default: the Actions cache store (when the cache input is on). */
  createCacheStore?: typeof createActionsCacheStore;
  /** The client's waits and the journal's times. Default: the real clock. */
  clock?: Clock;
}

/** The action: inputs → plan → run → uploads → summary and outputs. Never throws. */
export async function run(deps: RunDependencies = {}): Promise<void> {
  const env = deps.env ?? process.env;
  // Mask the key before anything else can print it.
  const rawKey = readInput(env, 'api-key');
  if (rawKey) (deps.io ?? coreIo).setSecret(rawKey);
  // Every line, output and the job summary keep the key out, in each of its forms.
  const io = redactingIo(deps.io ?? coreIo, rawKey ? [rawKey] : []);
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
  i: ActionInputs,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  deps: RunDependencies,
) {
  let p = deps.pipeline ?? pipeline;
  const event = readEventContext({ env });
  const root = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const github = async () =>
    (deps.createGitHubClient ?? (await import('./github-client.ts')).createGitHubClient)({
      token: i.githubToken,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      warn: io.warning,
    });
  // Pull requests: the cost diff first (no api-key needed); previews only when labelled.
  const pr = i.prComment !== 'false' ? readPullRequest(env) : undefined;
  let preview: { body: string; pr: PullRequestEvent } | undefined;
  if (pr && event.repository) {
    const costed = await runCostDiff({
      inputs: i,
      root,
      pr,
      repository: event.repository,
      io,
      github,
    });
    if (!wantsPreview(pr, i.previewLabel)) {
      io.info(`No '${i.previewLabel}' label on this event: no preview is generated.`);
      return setCountOutputs(io);
    }
    preview = { body: costed.body, pr };
    p = onlyPreviews(p, previewNames(costed.diff));
  }
  if (!i.apiKey && !i.dryRun) {
    if (event.fromFork) {
      io.warning(
        'No api-key: pull requests from forks get no secrets, so Clipwright skipped generating videos.',
      );
      return setCountOutputs(io);
    }
    throw new InputError(
      'api-key',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'is empty: pass your EvoLink key as a secret, e.g. api-key: ${{ secrets.EVOLINK_API_KEY }} (no key is needed with dry-run: true, which validates and prices only)',
    );
  }
  const changed = i.changedOnly ? await changedOnly(event, github, io) : undefined;
  const outDir = join(root, '.clipwright', 'out');
  const session = await pipeline.runSession(
    await sessionOptions({ inputs: i, env, io, event, root, outDir, changed, pipeline: p, deps }),
  );
  const uploads =
    session.dryRun || !session.manifestPath
      ? noUploads()
      : await uploadVideos({
          inputs: i,
          videos: session.results.filter(pipeline.isDelivered),
          outDir,
          manifestPath: session.manifestPath,
          event,
          github,
          env,
          log: io.info,
          ...(deps.uploadArtifacts ? { uploadArtifacts: deps.uploadArtifacts } : {}),
          ...(deps.uploadReleaseAssets ? { uploadReleaseAssets: deps.uploadReleaseAssets } : {}),
        });
  await reportRun(io, session, i, outDir, uploads);
  if (preview && event.repository) {
    const section = previewMarkdown(session.results, uploads.links, uploads.artifacts[0]?.url);
    await upsertPrComment({
      octokit: await github(),
      repository: event.repository,
      issueNumber: preview.pr.number,
      body: `${preview.body}${section}`,
    }).catch((error: Error) =>
      io.warning(`Could not update the pull-request comment: ${error.message}`),
    );
  }
}
