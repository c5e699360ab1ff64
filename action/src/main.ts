import { join, resolve } from 'node:path';
import type { Clock } from '@clipwright/core';
import { runSession } from '@clipwright/pipeline';
import { type ActionIo, coreIo, redactingIo } from './action-io.ts';
import type { createActionsCacheStore } from './actions-cache-store.ts';
import type { uploadArtifacts } from './artifact-upload.ts';
import { changedOnly } from './changed-only.ts';
import { readEventContext } from './event-context.ts';
import type { createGitHubClient } from './github-client.ts';
import { InputError } from './input-error.ts';
import { type ActionInputs, parseInputs, readInput } from './inputs.ts';
import { lazyGitHub } from './lazy-github.ts';
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
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default @actions/core */
  io?: ActionIo;
  /** The pipeline's run session (tests wrap or replace it). @default runSession */
  runSession?: typeof runSession;
  /** @default uploadArtifacts (the real @actions/artifact client) */
  uploadArtifacts?: typeof uploadArtifacts;
  /** @default uploadReleaseAssets */
  uploadReleaseAssets?: typeof uploadReleaseAssets;
  /** @default Octokit with retry and throttling */
  createGitHubClient?: typeof createGitHubClient;
  /** @default the Actions cache store (when the cache input is on) */
  createCacheStore?: typeof createActionsCacheStore;
  /** The client's waits and the journal's times. @default the real clock */
  clock?: Clock;
}

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
  i: ActionInputs,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  deps: RunDependencies,
) {
  const event = readEventContext({ env });
  const root = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const github = lazyGitHub(i, env, io, deps.createGitHubClient);
  const preview = await prPreview({
    inputs: i,
    env,
    root,
    repository: event.repository,
    io,
    github,
  });
  if (preview === 'done' || skipWithoutKey(i, event, io)) return setCountOutputs(io);
  const changed = i.changedOnly ? await changedOnly(event, github, io) : undefined;
  const outDir = join(root, '.clipwright', 'out');
  const options = {
    inputs: i,
    env,
    io,
    event,
    root,
    outDir,
    changed,
    previews: preview?.names,
    deps,
  };
  const session = await (deps.runSession ?? runSession)(await sessionOptions(options));
  const { uploadArtifacts, uploadReleaseAssets } = deps;
  const uploads = await uploadSession(session, {
    ...{ inputs: i, outDir, event, github, env, log: io.info },
    ...{ uploadArtifacts, uploadReleaseAssets },
  });
  await reportRun(io, session, i, outDir, uploads);
  await preview?.comment(session, uploads);
}
