import { join, resolve } from 'node:path';
import { runSession } from '@clipwright/pipeline';
import type { ActionContext } from './action-context.ts';
import { type ActionIo, coreIo, redactingIo } from './action-io.ts';
import { changedOnly } from './github/changed-only.ts';
import { readEventContext } from './github/event-context.ts';
import { lazyGitHub } from './github/lazy-github.ts';
import { prCheck } from './github/pr-check.ts';
import { postCommentFromArtifact } from './github/pr-comment-from.ts';
import { InputError } from './inputs/input-error.ts';
import { type ActionInputs, parseInputs, readInput } from './inputs/inputs.ts';
import { watchInterrupts } from './interrupts.ts';
import { reportRun } from './report/report-run.ts';
import { setCountOutputs } from './report/set-outputs.ts';
import type { RunDependencies } from './run-dependencies.ts';
import { sessionOptions } from './session-options.ts';
import { skipWithoutKey } from './skip-without-key.ts';
import { uploadSession } from './upload/upload-videos.ts';

export type { RunDependencies };

/** The action: inputs → run session → uploads → summary and outputs. Never throws. */
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
    const message = (error as Error).message;
    io.setFailed(error instanceof InputError ? message : `Clipwright failed: ${message}`);
  }
}

async function runAction(
  parsed: ActionInputs,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  deps: RunDependencies,
) {
  const event = readEventContext({ env });
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const github = lazyGitHub(parsed, env, io, deps.createGitHubClient);
  // On a runner, state and output live in its temporary folder, never in the checkout: a
  // pull request's tree cannot plant a journal, a cache record or an earlier manifest.
  const own = env.RUNNER_TEMP
    ? join(env.RUNNER_TEMP, 'clipwright')
    : join(workspace, '.clipwright');
  const base = { inputs: parsed, env, io, event, github, deps, workspace };
  const paths = {
    root: resolve(workspace, parsed.root),
    outDir: join(own, 'out'),
    stateDir: join(own, 'state'),
  };
  if (parsed.prCommentFrom !== undefined) return postCommentFromArtifact({ ...base, ...paths });
  const pr = await prCheck({ ...base, ...paths });
  // A pull request never pays without a maintainer's approval of its head commit.
  const inputs = pr && !pr.previews ? { ...parsed, dryRun: true } : parsed;
  const ctx: ActionContext = { ...base, ...paths, inputs };
  if (skipWithoutKey(inputs, event, io)) return setCountOutputs(io);
  const changed = inputs.changedOnly ? await changedOnly(event, github, io) : undefined;
  await releaseBeforePaying(ctx);
  const interrupts = watchInterrupts(deps.signals ?? process, io);
  const options = await sessionOptions(ctx, {
    changed,
    previews: pr?.previews,
    interrupt: interrupts.signal,
  });
  const session = await (deps.runSession ?? runSession)(options).finally(interrupts.dispose);
  const uploads = await uploadSession(session, ctx);
  await reportRun(io, session, inputs, ctx.outDir, uploads);
  await pr?.comment(session, uploads);
}

/** A release upload is checked (the tag's release exists, takes assets) before anything is paid. */
async function releaseBeforePaying(ctx: ActionContext): Promise<void> {
  const { inputs, event } = ctx;
  if (inputs.dryRun || (inputs.upload !== 'release' && inputs.upload !== 'both')) return;
  const tag = inputs.releaseTag ?? event.tag;
  if (!tag || !event.repository) return; // reported by the upload step, as before
  const { checkReleaseBeforePaying } = await import('./upload/release-upload.ts');
  await checkReleaseBeforePaying({
    octokit: await ctx.github(),
    repository: event.repository,
    tag,
  });
}
