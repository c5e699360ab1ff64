import { join, resolve } from 'node:path';
import { runSession } from '@clipwright/pipeline';
import type { ActionContext } from './action-context.ts';
import { type ActionIo, coreIo, redactingIo } from './action-io.ts';
import { changedOnly } from './github/changed-only.ts';
import { readEventContext } from './github/event-context.ts';
import { lazyGitHub } from './github/lazy-github.ts';
import { prPreview } from './github/pr-preview.ts';
import { InputError } from './inputs/input-error.ts';
import { type ActionInputs, parseInputs, readInput } from './inputs/inputs.ts';
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
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  deps: RunDependencies,
) {
  const event = readEventContext({ env });
  const root = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const github = lazyGitHub(inputs, env, io, deps.createGitHubClient);
  const outDir = join(root, '.clipwright', 'out');
  const ctx: ActionContext = { inputs, env, io, event, root, outDir, github, deps };
  const preview = await prPreview(ctx);
  if (preview === 'done' || skipWithoutKey(inputs, event, io)) return setCountOutputs(io);
  const changed = inputs.changedOnly ? await changedOnly(event, github, io) : undefined;
  const options = await sessionOptions(ctx, { changed, previews: preview?.names });
  const session = await (deps.runSession ?? runSession)(options);
  const uploads = await uploadSession(session, ctx);
  await reportRun(io, session, inputs, outDir, uploads);
  await preview?.comment(session, uploads);
}
