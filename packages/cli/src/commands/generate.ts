import { join, resolve } from 'node:path';
import { loadPlan, type Plan, runPlan } from '@clipwright/pipeline';
import { type CliContext, clientFromEnv } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import type { SignalName } from '../cli-io.ts';
import { displayPath } from '../display-path.ts';
import { exitCodes } from '../exit-codes.ts';
import { formatCredits } from '../format.ts';
import { formatError } from '../format-error.ts';
import { writeJsonLine } from '../json-reporter.ts';
import { announceRoot, outDirOf, type PlanFlags, toPlanOptions } from '../plan-options.ts';
import { createReporter } from '../reporter.ts';
import { createStyle } from '../style.ts';
import { printProblems } from './validate.ts';

export interface GenerateFlags extends PlanFlags {
  out?: string;
  baseUrl?: string;
  concurrency?: number;
  maxCredits?: number;
  failFast?: boolean;
  regenerate?: boolean;
  stateDir?: string;
  grace: number;
  title?: string;
}

/** `clipwright generate`: plan, run, download to `--out`; the exit code says how it went. */
export async function generate(
  globs: string[],
  flags: GenerateFlags,
  ctx: CliContext,
): Promise<number> {
  const { io } = ctx;
  const planOptions = toPlanOptions(globs, flags, io);
  const outDir = outDirOf(flags, planOptions.root, io);
  announceRoot(planOptions.root, flags, io, outDir);
  const plan = await loadPlan(planOptions);
  if (plan.problems.length > 0) {
    printProblems(plan.problems, flags, ctx);
    if (!flags.json)
      io.stderr.write(
        'Nothing was sent. Fix the problems above (`clipwright validate` lists them).\n',
      );
    return exitCodes.invalidInput;
  }
  if (nothingMatched(plan)) throw new CliError(noPromptMessage(globs), exitCodes.invalidInput);
  if (plan.jobs.length === 0) {
    if (!flags.quiet && !flags.json) io.stderr.write('No video in this shard: nothing to do.\n');
    return exitCodes.ok;
  }
  const client = clientFromEnv(ctx, flags);
  const reporter = createReporter({ io, json: flags.json === true, quiet: flags.quiet === true });

  // Ctrl-C: stop creating at once; tasks already created keep running on the server and
  // are resumed from the journal by the next `generate`, so nothing is paid twice.
  // A second signal stops waiting for the run at all (the journal is already written).
  const controller = new AbortController();
  let interruptedBy: SignalName | undefined;
  let forceStop: () => void = () => {};
  const forced = new Promise<undefined>((done) => {
    forceStop = () => done(undefined);
  });
  const onSignal = (signal: SignalName) => () => {
    if (interruptedBy) {
      forceStop();
      return;
    }
    interruptedBy = signal;
    controller.abort();
    if (!flags.json) {
      reporter.stop();
      io.stderr.write(
        `\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping, no new video will be started.\n`,
      );
    }
  };
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  io.signals.on('SIGINT', onInt);
  io.signals.on('SIGTERM', onTerm);
  const created = new Map<string, string>();
  const started = io.now();
  let result: Awaited<ReturnType<typeof runPlan>> | undefined;
  try {
    const run = runPlan(plan, {
      client,
      outDir,
      ...(flags.stateDir ? { stateDir: resolve(io.cwd, flags.stateDir) } : {}),
      ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
      ...(flags.maxCredits !== undefined ? { maxCredits: flags.maxCredits } : {}),
      failFast: flags.failFast === true,
      regenerate: flags.regenerate === true,
      signal: controller.signal,
      graceMs: flags.grace * 1000,
      ...(ctx.deps.clock ? { clock: ctx.deps.clock } : {}),
      ...(flags.title ? { title: flags.title } : {}),
      onEvent: (e) => {
        if (e.type === 'created') created.set(e.job.name, e.task.id);
        if (e.type === 'done') created.delete(e.job.name);
        reporter.event(e);
      },
    });
    result = await Promise.race([run, forced]);
  } finally {
    io.signals.off('SIGINT', onInt);
    io.signals.off('SIGTERM', onTerm);
    reporter.stop();
  }

  if (result === undefined) {
    // Forced: report what is known and leave; the pipeline has journalled every created task.
    const running = [...created].map(([name, taskId]) => ({ name, taskId }));
    if (flags.json)
      writeJsonLine(io.stdout, {
        type: 'summary',
        interrupted: interruptedBy,
        running,
        exitCode: interruptCode(interruptedBy),
      });
    else
      io.stdout.write(
        `${resumeHelp(running, stateDirOf(flags, io.cwd, plan.root), io.cwd).join('\n')}\n`,
      );
    return interruptCode(interruptedBy);
  }
  // runPlan writes the gallery beside manifest.json whenever it returns.
  const gallery = join(outDir, 'index.html');
  // Paid tasks left running: cancelled with a task id, or created and never done.
  const unfinished: Array<{ name: string; taskId?: string }> = result.results.filter(
    (r) => r.status === 'cancelled' && r.taskId,
  );
  for (const [name, taskId] of created) {
    if (!unfinished.some((r) => r.name === name)) unfinished.push({ name, taskId });
  }
  const exitCode = interruptedBy
    ? interruptCode(interruptedBy)
    : result.counts.completed + result.counts.cached === result.results.length
      ? exitCodes.ok
      : exitCodes.someFailed;

  if (flags.json) {
    writeJsonLine(io.stdout, {
      type: 'summary',
      counts: result.counts,
      credits: result.credits,
      manifestPath: result.manifestPath,
      gallery,
      ...(interruptedBy ? { interrupted: interruptedBy } : {}),
      running: unfinished.map((r) => ({ name: r.name, taskId: r.taskId })),
      exitCode,
    });
    return exitCode;
  }
  const s = createStyle(io.stdout, io.env);
  const counts = Object.entries(result.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  const lines: string[] = [];
  if (!flags.quiet || exitCode !== exitCodes.ok) {
    lines.push(
      `${exitCode === exitCodes.ok ? s.green('Done') : s.yellow(interruptedBy ? 'Interrupted' : 'Finished with failures')}: ${counts || 'no videos'}; ${formatCredits(result.credits)} credits spent in ${Math.round((io.now() - started) / 1000)} s.`,
    );
    for (const r of result.results) {
      if (
        r.status === 'completed' ||
        r.status === 'cached' ||
        (r.status === 'cancelled' && r.taskId)
      )
        continue;
      lines.push(
        `  ${s.red('✖')} ${r.name} (${r.status})${r.error ? `: ${formatError(r.error)}` : ''}`,
      );
    }
  }
  if (unfinished.length > 0)
    lines.push('', ...resumeHelp(unfinished, stateDirOf(flags, io.cwd, plan.root), io.cwd));
  if (!flags.quiet) {
    lines.push(
      `Videos:   ${displayPath(outDir, io.cwd)}/  (manifest ${displayPath(result.manifestPath, io.cwd)})`,
    );
    lines.push(`Gallery:  ${displayPath(gallery, io.cwd)}`);
  }
  if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
  return exitCode;
}

/** True when no file matched at all (as opposed to every video filtered out by shard or changes). */
export function nothingMatched(plan: Plan): boolean {
  const skipped = (plan.skipped?.shard ?? 0) + (plan.skipped?.unchanged ?? 0);
  return plan.jobs.length + plan.invalid.length + plan.problems.length + skipped === 0;
}

export function noPromptMessage(globs: string[]): string {
  return globs.length > 0
    ? `No prompt file matched ${globs.map((g) => `"${g}"`).join(' ')}.`
    : 'No prompt file found: by default Clipwright looks for **/*.prompt.md, prompts/**/*.md and clipwright.yml. Pass globs, e.g. `clipwright generate "videos/*.md"`.';
}

function interruptCode(signal: SignalName | undefined): number {
  return signal === 'SIGTERM' ? exitCodes.terminated : exitCodes.interrupted;
}

function stateDirOf(flags: GenerateFlags, cwd: string, root: string): string {
  return flags.stateDir ? resolve(cwd, flags.stateDir) : join(root, '.clipwright');
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
