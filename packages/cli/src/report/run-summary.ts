import { join } from 'node:path';
import type { SessionResult } from '@clipwright/pipeline';
import { isProblem } from '@clipwright/pipeline/internal';
import { formatBalance } from '@clipwright/pipeline/report';
import type { CliIo, SignalName } from '../cli-io.ts';
import { exitCodes } from '../exit-codes.ts';
import { interruptCode } from '../interrupts.ts';
import { displayPath } from './display-path.ts';
import { formatCredits } from './format.ts';
import { formatError } from './format-error.ts';
import { writeJsonLine } from './json-line.ts';
import { createStyle } from './style.ts';

/** The exit code of a finished `generate` (documented in exit-codes.ts). */
export function exitCodeOf(session: SessionResult, interruptedBy: SignalName | undefined): number {
  if (session.verdict === 'refused') return exitCodes.notConfigured;
  if (interruptedBy) return interruptCode(interruptedBy);
  if (session.verdict === 'invalid' || session.verdict === 'nothing-matched')
    return exitCodes.invalidInput;
  return session.verdict === 'ok' ? exitCodes.ok : exitCodes.someFailed;
}

export interface SummaryOptions {
  json: boolean;
  quiet: boolean;
  outDir: string;
  stateDir: string;
  /** Wall time of the run. */
  ms: number;
  interruptedBy?: SignalName;
  exitCode: number;
}

/** The closing lines of `generate` (or its JSON `summary` event). */
export function printSummary(io: CliIo, session: SessionResult, o: SummaryOptions): void {
  const gallery = session.manifestPath ? join(o.outDir, 'index.html') : undefined;
  if (o.json) {
    writeJsonLine(io.stdout, {
      type: 'summary',
      ...(session.forced ? {} : { counts: session.counts, credits: session.credits }),
      ...(session.manifestPath && { manifestPath: session.manifestPath, gallery }),
      ...(o.interruptedBy ? { interrupted: o.interruptedBy } : {}),
      ...(session.refusal && { refused: session.refusal }),
      ...(session.balance && { balance: session.balance }),
      running: session.running,
      exitCode: o.exitCode,
    });
    return;
  }
  const lines: string[] = [];
  if (session.refusal) lines.push(refusalMessage(session.refusal));
  if (session.verdict === 'insufficient-balance' && session.balance) {
    // The reporter has shown the balance line (unless --quiet): say again why nothing ran.
    io.stdout.write(`Not started, nothing was sent: ${formatBalance(session.balance)}\n`);
    return;
  }
  if (session.forced) {
    io.stdout.write(`${resumeHelp(session.running, o.stateDir, io.cwd).join('\n')}\n`);
    return;
  }
  const s = createStyle(io.stdout, io.env);
  const counts = Object.entries(session.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  if (!o.quiet || o.exitCode !== exitCodes.ok) {
    const head =
      o.exitCode === exitCodes.ok
        ? s.green('Done')
        : s.yellow(o.interruptedBy ? 'Interrupted' : 'Finished with failures');
    lines.push(
      `${head}: ${counts || 'no videos'}; ${creditsLine(session.results, session.credits)} in ${Math.round(o.ms / 1000)} s.`,
    );
    for (const r of session.results.filter(isProblem))
      lines.push(
        `  ${s.red('✖')} ${r.name} (${r.status})${r.error ? `: ${formatError(r.error)}` : ''}`,
      );
  }
  if (session.running.length > 0)
    lines.push('', ...resumeHelp(session.running, o.stateDir, io.cwd));
  if (!o.quiet && session.manifestPath && gallery) {
    lines.push(
      `Videos:   ${displayPath(o.outDir, io.cwd)}/  (manifest ${displayPath(session.manifestPath, io.cwd)})`,
    );
    lines.push(`Gallery:  ${displayPath(gallery, io.cwd)}`);
  }
  if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
}

/** One message for a refused key: which variable to fix. */
export function refusalMessage(refusal: NonNullable<SessionResult['refusal']>): string {
  return refusal.status === 401
    ? `EvoLink refused the API key (401: ${refusal.message}). Check EVOLINK_API_KEY; nothing more was sent.`
    : `EvoLink refused the API key for every model of this run (403: ${refusal.message}). Check EVOLINK_API_KEY and the models your key may use; nothing more was sent.`;
}

/** Which paid tasks are still running, and how to pick them up again. */
export function resumeHelp(
  running: Array<{ name: string; taskId?: string }>,
  stateDir: string,
  cwd: string,
): string[] {
  if (running.length === 0)
    return ['No task was left running. Run the same command again to go on.'];
  return [
    'These tasks were already created (and are paid for) and are still running on EvoLink:',
    ...running.map((r) => `  ${r.name}  ${r.taskId ?? ''}`),
    'Run the same `clipwright generate` again to resume them: the journal in',
    `${displayPath(stateDir, cwd)} remembers them for 24 h, so none is paid for twice.`,
    'Or look at one with `clipwright status <task-id>` and fetch it with `clipwright download <task-id>`.',
  ];
}

/**
 * `12 credits spent`, or with creates whose answer was lost (sent, outcome unknown):
 * `12 credits spent or reserved (5 may have been charged: ...)`. Both count against the budget.
 */
function creditsLine(
  results: ReadonlyArray<{ credits: number; creditsUnknown?: true }>,
  credits: number,
): string {
  const unknown = results.filter((r) => r.creditsUnknown).reduce((a, r) => a + r.credits, 0);
  if (unknown <= 0) return `${formatCredits(credits)} credits spent`;
  return `${formatCredits(credits)} credits spent or reserved (${formatCredits(unknown)} may have been charged: a create was sent but its answer was lost; the next run settles it with the same Idempotency-Key)`;
}
