import { isDelivered, type PipelineEvent } from '@clipwright/pipeline';
import { fallbackMessage, formatBytes } from '@clipwright/pipeline/report';
import { createLogUpdate } from 'log-update';
import { type CliIo, everyInterval } from '../cli-io.ts';
import { balanceLine, formatCredits, formatDuration, madeBy, progressBar } from './format.ts';
import { formatError } from './format-error.ts';
import { type JobState, JobTracker, remainingMs } from './job-tracker.ts';
import type { Reporter } from './reporter.ts';
import { createStyle, type Style } from './style.ts';

/** Redraws at most this often (ms) for progress ticks; state changes redraw at once. */
const REDRAW_MS = 100;
/** Between events the bars are redrawn this often (ms), so each ETA counts down. */
const TICK_MS = 1000;

/**
 * On a terminal: finished videos scroll by as lines, and below them one live bar per
 * running video (percent from the task, ETA, then download bytes). log-update rewrites
 * the live block in place; the cursor is left alone (showCursor) so no process-wide
 * exit hook is installed.
 */
export class TtyReporter implements Reporter {
  readonly #io: CliIo;
  readonly #style: Style;
  readonly #tracker: JobTracker;
  readonly #log: ReturnType<typeof createLogUpdate>;
  #lastDraw = Number.NEGATIVE_INFINITY;
  #stopTicking: (() => void) | undefined;
  #done = 0;
  #total = 0;

  constructor(io: CliIo) {
    this.#io = io;
    this.#style = createStyle(io.stderr, io.env);
    this.#tracker = new JobTracker(io.now);
    // A pseudo-terminal without a size (e.g. under `script` or some CI runners) reports 0
    // columns and rows, which log-update would take literally: fall back to 80x24.
    const stream = io.stderr;
    const sized = {
      write: (text: string) => stream.write(text),
      isTTY: true,
      get columns() {
        return stream.columns || 80;
      },
      get rows() {
        return stream.rows || 24;
      },
    };
    this.#log = createLogUpdate(sized as unknown as NodeJS.WritableStream, { showCursor: true });
  }

  event(e: PipelineEvent): void {
    this.#tracker.update(e);
    const s = this.#style;
    if (e.type === 'planned') {
      this.#total = e.plan.jobs.length;
      this.#log.persist(
        `Planned ${this.#total} ${this.#total === 1 ? 'video' : 'videos'}, about ${formatCredits(e.plan.totalCredits)} credits`,
      );
    } else if (e.type === 'done') {
      this.#done += 1;
      const r = e.result;
      const ok = isDelivered(r);
      const detail = ok
        ? [r.bytes === undefined ? '' : formatBytes(r.bytes), r.path ?? '', madeBy(r).trim()]
            .filter(Boolean)
            .join('  ')
        : r.error
          ? `${formatError(r.error)}`
          : '';
      const mark = ok ? s.green('✔') : s.red('✖');
      this.#log.persist(
        `${mark} ${r.name}  ${ok ? s.green(r.status) : s.red(r.status)}  ${detail}`,
      );
    } else if (e.type === 'retry') {
      this.#log.persist(
        s.yellow(
          `↻ retry${e.job ? ` ${e.job.name}` : ''} #${e.attempt} in ${(e.delayMs / 1000).toFixed(1)} s: ${e.error.message}`,
        ),
      );
    } else if (e.type === 'notice') {
      this.#log.persist(s.yellow(e.message));
    } else if (e.type === 'balance') {
      this.#log.persist(balanceLine(e.check, s));
    } else if (e.type === 'fallback') {
      this.#log.persist(s.yellow(`↪ ${fallbackMessage(e)}`));
    } else if (e.type !== 'created') {
      const now = this.#io.now();
      if (now - this.#lastDraw < REDRAW_MS) return;
    }
    this.#draw();
  }

  stop(): void {
    this.#ticking(false);
    this.#log.clear();
    this.#log.done();
  }

  #draw(): void {
    this.#lastDraw = this.#io.now();
    const running = [...this.#tracker.running.values()];
    this.#ticking(running.length > 0);
    if (running.length === 0) {
      this.#log.clear();
      return;
    }
    const width = this.#io.stderr.columns || 80;
    const nameWidth = Math.min(24, Math.max(...running.map((j) => j.name.length)));
    const rows = Math.max(1, (this.#io.stderr.rows || 24) - 2);
    const lines = running.slice(0, rows).map((j) => this.#line(j, nameWidth, width));
    if (running.length > rows) lines.push(this.#style.dim(`… and ${running.length - rows} more`));
    lines.push(this.#style.dim(`${this.#done}/${this.#total} done, ${running.length} running`));
    this.#log(lines.join('\n'));
  }

  /** Starts or stops the redraw between events (none while no video runs). */
  #ticking(on: boolean): void {
    if (on && !this.#stopTicking) {
      this.#stopTicking = (this.#io.every ?? everyInterval)(TICK_MS, () => this.#draw());
    } else if (!on && this.#stopTicking) {
      this.#stopTicking();
      this.#stopTicking = undefined;
    }
  }

  #line(j: JobState, nameWidth: number, width: number): string {
    const name =
      j.name.length > nameWidth ? `${j.name.slice(0, nameWidth - 1)}…` : j.name.padEnd(nameWidth);
    const barWidth = Math.max(10, Math.min(30, width - nameWidth - 40));
    const percent = `${String(Math.round(j.progress)).padStart(3)}%`;
    const tail = j.download
      ? `downloading ${formatBytes(j.download.bytes)}${j.download.total ? ` / ${formatBytes(j.download.total)}` : ''}`
      : j.status === 'completed'
        ? 'downloading'
        : // #lastDraw is this draw's time.
          `${j.status}${eta(remainingMs(j, this.#lastDraw))}`;
    return `${name}  ${progressBar(j.progress, barWidth)} ${percent}  ${this.#style.dim(tail)}`;
  }
}

/** `  ETA 1:05`, counting down; under a second left (or past it): `  ETA any moment`. */
function eta(leftMs: number | undefined): string {
  if (leftMs === undefined) return '';
  return leftMs < 1000 ? '  ETA any moment' : `  ETA ${formatDuration(leftMs)}`;
}
