import { join, resolve } from 'node:path';
import type { Client } from '@clipwright/core';
import { runSession } from '@clipwright/pipeline';
import { type CliContext, clientFromEnv } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { watchInterrupts } from '../interrupts.ts';
import { announceRoot, outDirOf, type PlanFlags, toPlanOptions } from '../plan-options.ts';
import { noPromptMessage, printProblems } from '../plan-problems.ts';
import { createReporter } from '../reporter.ts';
import { exitCodeOf, printSummary } from '../run-summary.ts';

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

/** `clipwright generate`: flags in, the pipeline's run session, events and the exit code out. */
export async function generate(
  globs: string[],
  flags: GenerateFlags,
  ctx: CliContext,
): Promise<number> {
  const { io } = ctx;
  const json = flags.json === true;
  const quiet = flags.quiet === true;
  const planOptions = toPlanOptions(globs, flags, io);
  const outDir = outDirOf(flags, planOptions.root, io);
  announceRoot(planOptions.root, flags, io, outDir);
  const stateDir = flags.stateDir
    ? resolve(io.cwd, flags.stateDir)
    : join(planOptions.root, '.clipwright');
  const reporter = createReporter({ io, json, quiet });
  const interrupts = watchInterrupts(io, (signal) => {
    if (json) return;
    reporter.stop();
    io.stderr.write(
      `\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping, no new video will be started.\n`,
    );
  });
  let client: Client | undefined;
  const started = io.now();
  try {
    const session = await runSession({
      plan: planOptions,
      stopOnProblems: true,
      // `GET /v1/credits` before the first create: a key refused or a balance too low sends nothing.
      balanceCheck: true,
      client: () => client as Client,
      outDir,
      stateDir,
      ...(flags.concurrency !== undefined && { concurrency: flags.concurrency }),
      ...(flags.maxCredits !== undefined && { maxCredits: flags.maxCredits }),
      failFast: flags.failFast === true,
      regenerate: flags.regenerate === true,
      signal: interrupts.signal,
      stopSignal: interrupts.stopSignal,
      graceMs: flags.grace * 1000,
      ...(ctx.deps.clock && { clock: ctx.deps.clock }),
      ...(flags.title && { title: flags.title }),
      hooks: {
        // The key is needed (and checked) only once something is to be sent.
        beforeRun: () => {
          client = clientFromEnv(ctx, flags);
        },
      },
      onEvent: (e) => reporter.event(e),
    });
    reporter.stop();
    if (session.verdict === 'invalid') {
      printProblems(session.plan.problems, flags, ctx);
      if (!json)
        io.stderr.write(
          'Nothing was sent. Fix the problems above (`clipwright validate` lists them).\n',
        );
      return exitCodes.invalidInput;
    }
    if (session.verdict === 'nothing-matched')
      throw new CliError(noPromptMessage(globs), exitCodes.invalidInput);
    if (session.plan.jobs.length === 0) {
      if (!quiet && !json) io.stderr.write('No video in this shard: nothing to do.\n');
      return exitCodes.ok;
    }
    const exitCode = exitCodeOf(session, interrupts.by());
    const ms = io.now() - started;
    printSummary(io, session, {
      json,
      quiet,
      outDir,
      stateDir,
      ms,
      exitCode,
      ...(interrupts.by() && { interruptedBy: interrupts.by() }),
    });
    return exitCode;
  } finally {
    interrupts.dispose();
    reporter.stop();
  }
}
