import { runSession } from '@clipwright/pipeline';
import { actionContext } from './action-context.ts';
import { coreIo, redactingIo } from './action-io.ts';
import { changedOnly } from './github/changed-only.ts';
import { prCheck } from './github/pr-check.ts';
import { postCommentFromArtifact } from './github/pr-comment-from.ts';
import { InputError } from './inputs/input-error.ts';
import { parseInputs, readInput } from './inputs/inputs.ts';
import { watchInterrupts } from './interrupts.ts';
import { reportRun } from './report/report-run.ts';
import { setCountOutputs } from './report/set-outputs.ts';
import type { RunDependencies } from './run-dependencies.ts';
import { sessionOptions } from './session-options.ts';
import { skipWithoutKey } from './skip-without-key.ts';
import { releasePreflight } from './upload/release-preflight.ts';
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
    const ctx = actionContext(parseInputs({ env }), env, io, deps);
    if (ctx.inputs.prCommentFrom !== undefined) return await postCommentFromArtifact(ctx);
    const pr = await prCheck(ctx);
    // A pull request never pays without a maintainer's approval of its head commit.
    if (pr && !pr.previews) ctx.inputs = { ...ctx.inputs, dryRun: true };
    if (skipWithoutKey(ctx.inputs, ctx.event, io)) return setCountOutputs(io);
    const changed = ctx.inputs.changedOnly
      ? await changedOnly(ctx.event, ctx.github, io)
      : undefined;
    await releasePreflight(ctx);
    const interrupts = watchInterrupts(deps.signals ?? process, io);
    const scope = { changed, previews: pr?.previews, interrupt: interrupts.signal };
    const options = await sessionOptions(ctx, scope);
    const session = await (deps.runSession ?? runSession)(options).finally(interrupts.dispose);
    const uploads = await uploadSession(session, ctx);
    await reportRun(io, session, ctx.inputs, ctx.outDir, uploads);
    ctx.post.summaryWritten();
    await pr?.comment(session, uploads);
  } catch (error) {
    const message = (error as Error).message;
    io.setFailed(error instanceof InputError ? message : `Clipwright failed: ${message}`);
  }
}
