import {
  type PipelineEvent,
  type PipelineTypes,
  type Plan,
  runSession,
} from '@clipwright/pipeline';
import { baseUrlOf, type CliContext, clientFromEnv } from '../cli-context.ts';
import { type ConfirmSpendFlags, confirmAboveOf, confirmSpend } from '../confirm-spend.ts';
import { watchInterrupts } from '../interrupts.ts';
import {
  announceRoot,
  outDirOf,
  type PlanFlags,
  planOptionsOf,
  stateDirOf,
} from '../plan-options.ts';
import { createReporter } from '../report/create-reporter.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { warningsToJson } from '../report/json-reporter.ts';
import { nothingSent, printWarnings } from '../report/plan-problems.ts';
import type { Reporter } from '../report/reporter.ts';
import { exitCodeOf, printSummary } from '../report/run-summary.ts';
import { terminalSafeDeep } from '../report/terminal-text.ts';
import { trustedStateDir } from '../state/trusted-state-dir.ts';

export interface GenerateFlags extends PlanFlags, ConfirmSpendFlags {
  out?: string;
  baseUrl?: string;
  concurrency?: number;
  maxCredits?: number;
  maxCreditsPerVideo?: number;
  failFast?: boolean;
  regenerate?: boolean;
  retrySuspect?: number;
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
  // A bad base URL is an input error before anything is read or sent.
  const baseUrl = baseUrlOf(ctx, flags);
  confirmAboveOf(flags, io.env);
  const planOptions = planOptionsOf(globs, flags, io);
  const outDir = outDirOf(flags, planOptions.root, io);
  announceRoot(planOptions.root, flags, io, outDir);
  const stateDir = await trustedStateDir(
    stateDirOf(flags, planOptions.root, io),
    planOptions.root,
    io,
  );
  const reporter = createReporter({ io, json, quiet });
  const interrupts = watchInterrupts(io, (signal) => {
    if (json) return;
    reporter.stop();
    io.stderr.write(
      `\n${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping, no new video will be started.\n`,
    );
  });
  const warnings = planWarnings(reporter, json, ctx);
  const started = io.now();
  try {
    const ran = await runSession({
      plan: planOptions,
      stopOnProblems: true,
      // `GET /v1/credits` before the first create: a key refused or a balance too low sends nothing.
      balanceCheck: true,
      // The key is needed (and checked) only once something is to be sent.
      client: () => clientFromEnv(ctx, flags),
      // Prices from the vendor's price list (never below the committed snapshot), health for
      // fallback chains; what cannot be read falls back with a notice.
      // Without a key nothing is read (the run stops at the key, sending nothing).
      catalog: io.env.EVOLINK_API_KEY?.trim() ? { ...(baseUrl && { baseUrl }) } : false,
      outDir,
      stateDir,
      ...(flags.concurrency !== undefined && { concurrency: flags.concurrency }),
      ...(flags.maxCredits !== undefined && { maxCredits: flags.maxCredits }),
      ...(flags.maxCreditsPerVideo !== undefined && {
        maxCreditsPerVideo: flags.maxCreditsPerVideo,
      }),
      failFast: flags.failFast === true,
      // On a terminal, a costly plan is confirmed before anything is sent.
      hooks: {
        planned: warnings.planned,
        beforeRun: ({ plan }) => confirmSpend(plan, flags, ctx),
      },
      regenerate: flags.regenerate === true,
      ...(flags.retrySuspect !== undefined && { retrySuspect: flags.retrySuspect }),
      signal: interrupts.signal,
      stopSignal: interrupts.stopSignal,
      graceMs: flags.grace * 1000,
      ...(ctx.deps.clock && { clock: ctx.deps.clock }),
      ...(flags.title && { title: flags.title }),
      onEvent: warnings.onEvent,
    });
    reporter.stop();
    // Names and server messages in the summary are shown terminal-safe (JSON escapes its own).
    const session = json ? ran : terminalSafeDeep(ran);
    const early = nothingSent(session, globs, flags, ctx);
    if (early !== undefined) return early;
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

/**
 * The model warnings (deprecated, no longer listed, not in the catalog) once the plan is made,
 * before anything is sent: on stderr, or with `--json` as the structured `warnings` line, with
 * the session's warnings seen so far (catalog fallbacks, an old snapshot, price rules) and the
 * prices' source. Every event still goes to the reporter.
 */
function planWarnings(reporter: Reporter, json: boolean, ctx: CliContext) {
  const notices: { message: string; code?: PipelineTypes.NoticeCode }[] = [];
  return {
    onEvent: (e: PipelineEvent) => {
      if (e.type === 'notice' && e.warning)
        notices.push({ message: e.message, ...(e.code && { code: e.code }) });
      reporter.event(e);
    },
    planned: (plan: Plan) => {
      if (json) writeJsonLine(ctx.io.stdout, warningsToJson(plan, notices));
      else printWarnings(plan.warnings ?? [], ctx);
    },
  };
}
