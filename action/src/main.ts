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
import { prPreview } from './pr-preview.ts';
import type { uploadReleaseAssets } from './release-upload.ts';
import { reportRun } from './report-run.ts';
import { sessionOptions } from './session-options.ts';
import { setCountOutputs } from './set-outputs.ts';
import { skipWithoutKey } from './skip-without-key.ts';
import { uploadSession } from './upload-videos.ts';

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
  const event = readEventContext({ env });
  const root = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const github = async () =>
    (deps.createGitHubClient ?? (await import('./github-client.ts')).createGitHubClient)({
      token: i.githubToken,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      warn: io.warning,
    });
  const p = deps.pipeline ?? pipeline;
  const { repository } = event;
  const preview = await prPreview({ inputs: i, env, root, repository, io, github, pipeline: p });
  if (preview === 'done' || skipWithoutKey(i, event, io)) return setCountOutputs(io);
  const changed = i.changedOnly ? await changedOnly(event, github, io) : undefined;
  const outDir = join(root, '.clipwright', 'out');
  const run = { inputs: i, env, io, event, root, outDir, changed, deps };
  const session = await pipeline.runSession(
    await sessionOptions({ ...run, pipeline: preview?.pipeline ?? p }),
  );
  const uploads = await uploadSession(session, {
    inputs: i,
    outDir,
    event,
    github,
    env,
    log: io.info,
    ...(deps.uploadArtifacts ? { uploadArtifacts: deps.uploadArtifacts } : {}),
    ...(deps.uploadReleaseAssets ? { uploadReleaseAssets: deps.uploadReleaseAssets } : {}),
  });
  await reportRun(io, session, i, outDir, uploads);
  await preview?.comment(session, uploads);
}
