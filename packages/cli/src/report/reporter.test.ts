import type { Task } from '@clipwright/core';
import type { Job, JobResult, PipelineEvent, Plan } from '@clipwright/pipeline';
import { describe, expect, it } from 'vitest';
import { testIo } from '../../test/test-io.ts';
import { createReporter } from './create-reporter.ts';
import { JobTracker, remainingMs } from './job-tracker.ts';
import { eventToJson } from './json-reporter.ts';

const job: Job = {
  name: 'teaser',
  output: 'teaser.mp4',
  source: { file: 'teaser.prompt.md', line: 1 },
  hash: 'f'.repeat(64),
  request: { model: 'sora-2-pro-preview', prompt: 'A kite.', duration: 4 },
  credits: 10,
};
const plan: Plan = { root: '/repo', jobs: [job], problems: [], invalid: [], totalCredits: 10 };
const task = (progress: number, status = 'processing'): Task => ({
  id: 'task-unified-1763700000-abcd1234',
  model: 'sora-2-pro-preview',
  status,
  progress,
  created: 1763700000,
});
const result: JobResult = {
  name: 'teaser',
  source: 'teaser.prompt.md',
  hash: job.hash,
  taskId: task(100).id,
  model: 'sora-2-pro-preview',
  parameters: { duration: 4 },
  prompt: 'A kite.',
  estimate: 1,
  credits: 10,
  bytes: 52_000,
  path: 'teaser.mp4',
  status: 'completed',
};

/** A run as the pipeline reports it, with a fake clock moving 10 s per event. */
function play(
  events: PipelineEvent[],
  options: { tty: boolean; env?: Record<string, string>; json?: boolean; quiet?: boolean },
) {
  let now = 0;
  const io = testIo({ tty: options.tty, env: options.env ?? {}, now: () => now });
  const reporter = createReporter({
    io,
    json: options.json === true,
    quiet: options.quiet === true,
  });
  for (const e of events) {
    now += 10_000;
    reporter.event(e);
  }
  reporter.stop();
  return io;
}

const run: PipelineEvent[] = [
  { type: 'planned', plan },
  { type: 'created', job, task: task(0, 'pending') },
  { type: 'progress', job, task: task(20) },
  { type: 'progress', job, task: task(55) },
  { type: 'retry', job, attempt: 2, delayMs: 1500, error: new Error('503 service_unavailable') },
  { type: 'downloaded', job, bytes: 26_000, total: 52_000 },
  { type: 'done', job, result },
];

describe('reporters', () => {
  it('plain: a line per step, progress per quarter, no escape codes', () => {
    const io = play(run, { tty: false });
    expect(io.err().split('\n')).toEqual([
      'planned 1 video, about 10 credits',
      'created teaser task-unified-1763700000-abcd1234 (sora-2-pro-preview)',
      'progress teaser 50%',
      'retry teaser attempt 2 in 1.5 s: 503 service_unavailable',
      'completed teaser 51 KiB -> teaser.mp4',
      '',
    ]);
    expect(io.out()).toBe('');
  });

  it('plain, tty and json: a fallback line, and which model made the video', () => {
    const fallback: PipelineEvent = {
      type: 'fallback',
      job,
      from: 'sora-2-pro-preview',
      to: 'veo-3.1-fast-generate-preview',
      error: { code: 'model_access_denied', message: 'Token does not have access' },
    };
    const made: JobResult = {
      ...result,
      model: 'veo-3.1-fast-generate-preview',
      chain: ['sora-2-pro-preview', 'veo-3.1-fast-generate-preview'],
    };
    const events: PipelineEvent[] = [fallback, { type: 'done', job, result: made }];
    const line =
      'teaser: model sora-2-pro-preview unavailable (model_access_denied: Token does not have access), falling back to veo-3.1-fast-generate-preview';
    expect(play(events, { tty: false }).err().split('\n')).toEqual([
      line,
      'completed teaser 51 KiB -> teaser.mp4 (made by veo-3.1-fast-generate-preview (fallback for sora-2-pro-preview))',
      '',
    ]);
    // The terminal's 80 columns wrap the long lines: compare without the line breaks.
    const tty = play(events, { tty: true, env: { NO_COLOR: '1' } })
      .err()
      .replaceAll('\n', '');
    expect(tty).toContain(`↪ ${line}`);
    expect(tty).toContain(
      'made by veo-3.1-fast-generate-preview (fallback for sora-2-pro-preview)',
    );
    expect(eventToJson(fallback)).toEqual({
      type: 'fallback',
      name: 'teaser',
      from: 'sora-2-pro-preview',
      to: 'veo-3.1-fast-generate-preview',
      error: { code: 'model_access_denied', message: 'Token does not have access' },
    });
  });

  it('plain --quiet: only failures', () => {
    const failed: JobResult = {
      ...result,
      status: 'failed',
      error: { code: 'content_policy_violation', message: 'no' },
    };
    const io = play([...run.slice(0, -1), { type: 'done', job, result: failed }], {
      tty: false,
      quiet: true,
    });
    expect(io.err()).toBe('failed teaser: content_policy_violation: no\n');
  });

  it('tty: a live bar with percent and ETA, then download bytes, then a finished line', () => {
    const io = play(run, { tty: true, env: { NO_COLOR: '1' } });
    const err = io.err();
    expect(err).toContain('Planned 1 video, about 10 credits');
    expect(err).toMatch(/teaser {2}[█░]+ {2}55% {2}processing {2}ETA 0:\d\d/);
    expect(err).toMatch(/teaser {2}[█░]+ 100% {2}downloading 25 KiB \/ 51 KiB/);
    expect(err).toMatch(/✔ teaser {2}completed {2}51 KiB {2}teaser\.mp4/);
    expect(err).toContain('0/1 done, 1 running');
  });

  it('tty: the ETA counts down between polls, then shows "any moment", never below 0', () => {
    let now = 0;
    const io = testIo({ tty: true, env: { NO_COLOR: '1' }, now: () => now });
    const reporter = createReporter({ io, json: false, quiet: false });
    reporter.event({ type: 'planned', plan });
    expect(io.tickers()).toBe(0);
    reporter.event({
      type: 'created',
      job,
      task: { ...task(0, 'pending'), task_info: { estimated_time: 90 } },
    });
    expect(io.tickers()).toBe(1);
    const lastEta = () => [...io.err().matchAll(/ETA ([\w: ]+)/g)].at(-1)?.[1]?.trim();
    expect(lastEta()).toBe('1:30');
    // No poll in between: the display's own tick redraws with the clock.
    now += 20_000;
    io.tick();
    expect(lastEta()).toBe('1:10');
    now += 69_500;
    io.tick();
    expect(lastEta()).toBe('any moment');
    now += 30_000;
    io.tick();
    expect(lastEta()).toBe('any moment');
    expect(io.err()).not.toMatch(/ETA -/);
    // A poll re-estimates from the progress rate: 50 % after 120 s leaves 120 s.
    now += 500;
    reporter.event({ type: 'progress', job, task: task(50) });
    expect(lastEta()).toBe('2:00');
    now += 60_000;
    io.tick();
    expect(lastEta()).toBe('1:00');
    reporter.event({ type: 'done', job, result });
    expect(io.tickers()).toBe(0);
    reporter.stop();
    expect(io.tickers()).toBe(0);
  });

  it('tty: colour unless NO_COLOR', () => {
    expect(play(run, { tty: true }).err()).toContain('\u001b[32m✔');
  });

  it('json: one object per line on stdout, nothing on stderr', () => {
    const io = play(run, { tty: true, json: true });
    const lines = io
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; schemaVersion: number });
    // Every line carries the layout's version first.
    expect(lines.every((l) => Object.keys(l)[0] === 'schemaVersion' && l.schemaVersion === 1)).toBe(
      true,
    );
    expect(lines.map((l) => l.type)).toEqual([
      'planned',
      'created',
      'progress',
      'progress',
      'retry',
      'downloaded',
      'done',
    ]);
    expect(lines[2]).toEqual({
      schemaVersion: 1,
      type: 'progress',
      name: 'teaser',
      taskId: task(0).id,
      status: 'processing',
      progress: 20,
    });
    expect(io.err()).toBe('');
  });

  it('json: a retry carries the error name and message only', () => {
    const e = eventToJson({ type: 'retry', attempt: 1, delayMs: 10, error: new TypeError('boom') });
    expect(e).toEqual({
      type: 'retry',
      name: undefined,
      attempt: 1,
      delayMs: 10,
      error: { name: 'TypeError', message: 'boom' },
    });
  });
});

describe('JobTracker', () => {
  it('estimates the time left from the progress rate, or the server estimate before it moves', () => {
    let now = 1000;
    const tracker = new JobTracker(() => now);
    tracker.update({
      type: 'created',
      job,
      task: { ...task(0, 'pending'), task_info: { estimated_time: 120 } },
    });
    const left = () => {
      const state = tracker.running.get('teaser');
      return state && remainingMs(state, now);
    };
    expect(left()).toBe(120_000);
    now += 30_000;
    tracker.update({ type: 'progress', job, task: task(25) });
    expect(left()).toBe(90_000);
    // Between polls the time left counts down with the clock, and stops at 0.
    now += 40_000;
    expect(left()).toBe(50_000);
    now += 60_000;
    expect(left()).toBe(0);
    tracker.update({ type: 'done', job, result });
    expect(tracker.running.size).toBe(0);
  });
});
