import { isDelivered, type PipelineEvent } from '@clipwright/pipeline';
import { fallbackMessage, formatBytes } from '@clipwright/pipeline/report';
import type { CliIo } from '../cli-io.ts';
import { balanceLine, formatCredits, madeBy } from './format.ts';
import { formatError } from './format-error.ts';
import type { Reporter } from './reporter.ts';
import { createStyle, type Style } from './style.ts';

/** One line per step on stderr, for logs and pipes: progress only at each quarter. */
export class PlainReporter implements Reporter {
  readonly #io: CliIo;
  readonly #quiet: boolean;
  readonly #style: Style;
  readonly #quarter = new Map<string, number>();

  constructor(io: CliIo, { quiet }: { quiet: boolean }) {
    this.#io = io;
    this.#quiet = quiet;
    this.#style = createStyle(io.stderr, io.env);
  }

  event(e: PipelineEvent): void {
    const line = this.#line(e);
    if (line !== undefined) this.#io.stderr.write(`${line}\n`);
  }

  stop(): void {}

  #line(e: PipelineEvent): string | undefined {
    const s = this.#style;
    if (e.type === 'done') {
      const r = e.result;
      if (isDelivered(r)) {
        if (this.#quiet) return undefined;
        const size = r.bytes === undefined ? '' : ` ${formatBytes(r.bytes)}`;
        return `${s.green(r.status)} ${r.name}${size}${r.path ? ` -> ${r.path}` : ''}${madeBy(r)}`;
      }
      const why = r.error ? `: ${formatError(r.error)}` : '';
      return `${s.red(r.status)} ${r.name}${why}`;
    }
    if (this.#quiet) return undefined;
    switch (e.type) {
      case 'planned':
        return `planned ${e.plan.jobs.length} ${e.plan.jobs.length === 1 ? 'video' : 'videos'}, about ${formatCredits(e.plan.totalCredits)} credits`;
      case 'created':
        this.#quarter.set(e.job.name, 0);
        return `created ${e.job.name} ${s.dim(e.task.id)} (${e.job.request.model})`;
      case 'progress': {
        // Plain output is for logs: a line per quarter, not per poll.
        const quarter = Math.floor((e.task.progress ?? 0) / 25);
        if (quarter <= (this.#quarter.get(e.job.name) ?? 0) || quarter >= 4) return undefined;
        this.#quarter.set(e.job.name, quarter);
        return `progress ${e.job.name} ${quarter * 25}%`;
      }
      case 'retry':
        return s.yellow(
          `retry${e.job ? ` ${e.job.name}` : ''} attempt ${e.attempt} in ${(e.delayMs / 1000).toFixed(1)} s: ${e.error.message}`,
        );
      case 'downloaded':
        return undefined;
      case 'notice':
        return s.yellow(e.message);
      case 'balance':
        return balanceLine(e.check, s);
      case 'fallback':
        return s.yellow(fallbackMessage(e));
    }
  }
}
