import type { PipelineEvent, PipelineTypes, Plan } from '@clipwright/pipeline';
import { chainModels } from '@clipwright/pipeline/internal';
import { formatBalance, planToJson } from '@clipwright/pipeline/report';
import type { OutStream } from '../cli-io.ts';
import { writeJsonLine } from './json-line.ts';
import type { Reporter } from './reporter.ts';

/** One JSON object per line on stdout, for machines (`--json`). */
export class JsonReporter implements Reporter {
  readonly #out: OutStream;

  constructor(out: OutStream) {
    this.#out = out;
  }

  event(e: PipelineEvent): void {
    writeJsonLine(this.#out, eventToJson(e));
  }

  stop(): void {}
}

/** The NDJSON form of an event: names and numbers, never the whole client state. */
export function eventToJson(e: PipelineEvent): Record<string, unknown> {
  switch (e.type) {
    case 'planned':
      return {
        type: 'planned',
        jobs: e.plan.jobs.map((j) => ({
          name: j.name,
          source: j.source.file,
          model: j.request.model,
          ...(j.chain && { chain: chainModels(j) }),
          credits: j.credits,
          hash: j.hash,
          defaults: j.defaults ?? {},
          pricedAtDearest: j.pricedAtDearest ?? {},
        })),
        problems: e.plan.problems.length,
        totalCredits: e.plan.totalCredits,
      };
    case 'created':
    case 'progress':
      return {
        type: e.type,
        name: e.job.name,
        taskId: e.task.id,
        status: e.task.status,
        progress: e.task.progress,
      };
    case 'retry':
      return {
        type: 'retry',
        name: e.job?.name,
        attempt: e.attempt,
        delayMs: e.delayMs,
        error: { name: e.error.name, message: e.error.message },
      };
    case 'downloaded':
      return { type: 'downloaded', name: e.job.name, bytes: e.bytes, total: e.total };
    case 'done':
      return { type: 'done', name: e.job.name, result: e.result };
    case 'notice':
      return {
        type: 'notice',
        message: e.message,
        ...(e.warning && { warning: true }),
        ...(e.code && { code: e.code }),
      };
    case 'balance':
      return { type: 'balance', ...e.check, message: formatBalance(e.check) };
    case 'fallback':
      return { type: 'fallback', name: e.job.name, from: e.from, to: e.to, error: e.error };
  }
}

/**
 * `generate --json`'s `warnings` line, once the plan is made (before anything is sent, and when
 * problems stop the run): the model warnings as `plan --json` gives them (deprecated with its
 * date, no longer listed, not in the catalog: file, line, column, field, message, fix), the
 * session's warnings so far by code (`catalog_fallback`, `snapshot_old`, `price_rule`), and
 * where the prices come from (`prices.source`: live, cache or snapshot, with dates).
 */
export function warningsToJson(
  plan: Plan,
  notices: readonly { message: string; code?: PipelineTypes.NoticeCode }[],
): Record<string, unknown> {
  const json = planToJson(plan) as { warnings: unknown[]; prices: unknown };
  return {
    type: 'warnings',
    warnings: json.warnings,
    notices: notices.map((n) => ({ code: n.code ?? 'notice', message: n.message })),
    prices: json.prices,
  };
}
