import type { PollObservation } from '../policies/poll-observation.ts';
import { countsDown, type EstimateReading, estimateWindow } from './estimate-window.ts';
import { type FinishWindow, type ProgressReading, progressWindow } from './progress-window.ts';
import { type QueueReading, queueLeavesAt } from './queue-window.ts';

/** The signals a task may carry besides its status. */
export type Signal = 'progress' | 'estimate' | 'queue';

/** What a trusted signal predicts: the finish (or, for a queue, the start of the work) lies in it. */
export interface SignalWindow extends FinishWindow {
  signal: Signal;
  /** False for a queue: it tells when the work starts, not when it ends. */
  finish: boolean;
}

/** Progress readings are judged to within this many points more than their rounding. */
const PROGRESS_SLACK = 2;
/** The windows are drawn this tight first, looser when readings do not fit. */
const WINDOW_SLACKS = [0, 0.5, 1, PROGRESS_SLACK];
/** An estimate is trusted once readings this far apart have shown it counting down. */
const MIN_ESTIMATE_SPAN_MS = 6000;
/** Readings kept per signal (the first is kept as the long baseline). */
const MAX_READINGS = 256;
const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

/**
 * What a wait has learnt about its task's signals: their readings, and which ones have been
 * wrong (never trusted again for this task). Fed every observation once, in order.
 */
export class PollNotes {
  readonly broken = new Map<Signal, string>();
  readonly #margin: number;
  readonly #slackMs: number;
  #judged: PollObservation | undefined;
  #progress: ProgressReading[] = [];
  /** The latest time the work had certainly not started: created, or seen pending. */
  #notStartedAt = Number.NEGATIVE_INFINITY;
  #estimates: EstimateReading[] = [];
  #queue: QueueReading[] = [];
  /** The finish windows last predicted, to catch a finish that is overdue past them. */
  readonly #predicted = new Map<Signal, FinishWindow>();

  constructor(o: { margin: number; close: number }) {
    this.#margin = o.margin;
    this.#slackMs = o.close;
  }

  /**
   * Judges the observations of `history` not judged yet. `createdAt`: when the task was
   * created (its progress cannot have started before), when known.
   */
  observe(history: readonly PollObservation[], createdAt?: number): void {
    if (createdAt !== undefined) this.#notStartedAt = Math.max(this.#notStartedAt, createdAt);
    const judged = this.#judged;
    let start = 0;
    if (judged) {
      const at = history.lastIndexOf(judged);
      start = at >= 0 ? at + 1 : history.findIndex((o) => o.at > judged.at);
      if (start < 0) return;
    }
    for (const o of history.slice(start)) {
      this.#judge(o);
      this.#judged = o;
    }
  }

  /** The windows of the signals trusted now, for a task whose latest status is `status`. */
  windows(status: string): SignalWindow[] & { settling?: boolean } {
    const out: SignalWindow[] & { settling?: boolean } = [];
    this.#predicted.clear();
    const working = status !== 'pending' && !TERMINAL.has(status);
    const progressing = working && !this.broken.has('progress');
    const values = new Set(this.#progress.map((r) => r.value).filter((v) => v > 0));
    const progress = progressing && values.size >= 3 ? this.#progressWindow() : undefined;
    if (progress) out.push({ signal: 'progress', finish: true, ...progress });
    const estimate = this.broken.has('estimate') ? undefined : this.#estimateWindow();
    if (estimate) out.push({ signal: 'estimate', finish: true, ...estimate });
    const leaves =
      status === 'pending' && !this.broken.has('queue')
        ? queueLeavesAt(this.#queue, this.#margin)
        : undefined;
    if (leaves !== undefined) {
      out.push({ signal: 'queue', finish: false, earliest: leaves, latest: Infinity });
    }
    for (const w of out) if (w.finish) this.#predicted.set(w.signal, w);
    // Progress that moves but has not shown a steady rate yet may contradict any other
    // signal (an estimate five times too long counts down just as well): until it has, the
    // windows may shorten gaps but not stretch them.
    if (progressing && values.size > 0 && values.size < 3) out.settling = true;
    return out;
  }

  #judge(o: PollObservation): void {
    if (TERMINAL.has(o.status)) return;
    for (const [signal, w] of this.#predicted) {
      if ((o.sentAt ?? o.at) > w.latest + this.#slackMs)
        this.#break(signal, 'the finish is overdue');
    }
    this.#judgeProgress(o);
    this.#judgeEstimate(o);
    this.#judgeQueue(o);
  }

  #judgeProgress(o: PollObservation): void {
    const moved = this.#progress.some((r) => r.value > 0);
    if (o.status === 'pending') {
      if (moved) this.#break('progress', 'the task went back to pending');
      else this.#notStartedAt = Math.max(this.#notStartedAt, o.sentAt ?? o.at);
      return;
    }
    const value = o.progress;
    if (!Number.isFinite(value)) return;
    const last = this.#progress.at(-1);
    if (value < 0 || value > 100) this.#break('progress', 'out of 0-100');
    else if (last && value < last.value) this.#break('progress', 'went back');
    else if (value === 0) this.#progress = [{ from: o.sentAt ?? o.at, at: o.at, value }];
    else {
      keep(this.#progress, { from: o.sentAt ?? o.at, at: o.at, value });
      if (!progressWindow(this.#progress, PROGRESS_SLACK, this.#notStartedAt)) {
        this.#break('progress', 'no steady rate fits it');
      }
    }
  }

  #judgeEstimate(o: PollObservation): void {
    const left = o.estimatedMs;
    if (left === undefined || !Number.isFinite(left) || left <= 0) return;
    const reading = { from: o.sentAt ?? o.at, at: o.at, leftMs: left };
    const previous = this.#estimates.at(-1);
    const first = this.#estimates[0];
    if (
      (previous && !countsDown(previous, reading, this.#margin)) ||
      (first && !countsDown(first, reading, this.#margin))
    ) {
      this.#break('estimate', 'it does not count down');
    }
    keep(this.#estimates, reading);
    if (!estimateWindow(this.#estimates, this.#margin)) {
      this.#break('estimate', 'its readings disagree');
    }
  }

  #judgeQueue(o: PollObservation): void {
    const position = o.queuePosition;
    if (o.status !== 'pending' || position === undefined || !Number.isFinite(position)) return;
    const last = this.#queue.at(-1);
    if (position < 0 || (last && position > last.position)) this.#break('queue', 'it rose');
    keep(this.#queue, { at: o.sentAt ?? o.at, position });
  }

  #progressWindow(): FinishWindow | undefined {
    for (const slack of WINDOW_SLACKS) {
      const w = progressWindow(this.#progress, slack, this.#notStartedAt);
      if (w) return w;
    }
    return undefined;
  }

  #estimateWindow(): FinishWindow | undefined {
    const first = this.#estimates[0];
    const last = this.#estimates.at(-1);
    // Trusted once it has been seen counting down: readings 6 s apart or more (closer ones
    // could not tell a countdown from a figure that stays put, rounding aside).
    if (!first || !last || last.at - first.at < MIN_ESTIMATE_SPAN_MS) return undefined;
    return estimateWindow(this.#estimates, this.#margin);
  }

  #break(signal: Signal, why: string): void {
    if (!this.broken.has(signal)) this.broken.set(signal, why);
    this.#predicted.delete(signal);
  }
}

/** Appends, dropping the second-oldest reading past the limit (the first is the baseline). */
function keep<T>(readings: T[], reading: T): void {
  readings.push(reading);
  if (readings.length > MAX_READINGS) readings.splice(1, 1);
}
