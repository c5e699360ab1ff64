import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Job } from '../model/plan.ts';
import { Budget } from './budget.ts';
import { createTask } from './create-task.ts';
import { KeyGate } from './key-gate.ts';
import type { RunContext } from './run-context.ts';

/** Lets `ticks` rounds of other promises run (no timer, no real time). */
async function ticks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

/**
 * Runs `jobs` through the real `createTask`, `concurrency` at a time, against a fake server
 * that charges each model `factor` times its estimate after `delay` ticks. Returns what the
 * server charged in all.
 */
async function run(
  jobs: { job: Job; delay: number }[],
  factors: Record<string, number>,
  maxCredits: number,
  concurrency: number,
  stale: string[] = [],
): Promise<number> {
  const budget = new Budget(maxCredits);
  let charged = 0;
  let n = 0;
  const answered = new Set<string>();
  const delays = new Map(jobs.map(({ job, delay }) => [job.hash, delay]));
  const ctx = {
    client: () => ({
      videos: {
        create: async (request: Job['request'], { idempotencyKey }: { idempotencyKey: string }) => {
          const hash = idempotencyKey.split('-')[1] ?? '';
          const job = jobs.find((j) => j.job.hash.startsWith(hash))?.job as Job;
          const credits = Math.round(job.credits * (factors[request.model] ?? 1) * 1e4) / 1e4;
          // Sent after a figure for its model came back: reserved at the learned rate. The
          // figures are rounded to 1/10,000 credit, so a rate learned from a job of c >= 1
          // credits is exact to 0.00005/c per credit: on this job, to 0.00005 x its credits.
          if (
            answered.has(request.model) &&
            budget.priceOf(request.model, job.credits) < credits - 0.001 - 0.0001 * job.credits
          )
            stale.push(job.name);
          await ticks(delays.get(hash.padEnd(40, '0').slice(0, 40)) ?? 1);
          charged += credits;
          n += 1;
          return { id: `task-${n}`, usage: { credits_reserved: credits } };
        },
      },
    }),
    journal: { get: () => undefined, set: async () => {} },
    images: { requestFor: async (job: Job) => job.request },
    budget,
    clock: { now: () => 0, sleep: async () => {} },
    regenerate: false,
    keyGate: new KeyGate(),
    stopReason: () => undefined,
    onFailure: () => {},
    emit: () => {},
  } as unknown as RunContext;
  const queue = jobs.map((j) => j.job);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const out = await createTask(job, ctx);
      // The create's answer has been read (and its figure learned).
      if ('task' in out) answered.add(job.request.model);
      // Settled as charged once the task ends (a few ticks later).
      if ('task' in out) void ticks(2).then(() => budget.settle(out.reservation, out.reservation));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return charged;
}

const jobArb = fc.record({
  model: fc.constantFrom('m1', 'm2', 'm3'),
  credits: fc.integer({ min: 1, max: 400 }),
  delay: fc.integer({ min: 0, max: 6 }),
});

describe('max-credits under wrong published prices (property)', () => {
  it('never overshoots beyond the excess of at most `concurrency` creates per wrongly priced model', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(jobArb, { minLength: 1, maxLength: 25 }),
        fc.record({
          m1: fc.double({ min: 1, max: 6, noNaN: true }),
          m2: fc.double({ min: 0.2, max: 3, noNaN: true }),
          m3: fc.constant(1),
        }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 6 }),
        async (specs, factors, maxCredits, concurrency) => {
          const jobs = specs.map((s, i) => {
            const hash = `${i.toString(16).padStart(4, '0')}`.padEnd(40, '0');
            const job: Job = {
              name: `v${i}`,
              output: `v${i}.mp4`,
              source: { file: 'p.md', line: 1 },
              hash,
              request: { model: s.model, prompt: `p${i}` },
              credits: s.credits,
            };
            return { job, delay: s.delay };
          });
          const stale: string[] = [];
          const charged = await run(jobs, factors, maxCredits, concurrency, stale);
          // No create is sent at an old price once a higher figure for its model came back.
          expect(stale).toEqual([]);
          // The bound: per model, the `concurrency` largest excesses (charge - estimate).
          let bound = maxCredits;
          for (const model of ['m1', 'm2', 'm3'] as const) {
            const excess = jobs
              .filter((j) => j.job.request.model === model)
              .map((j) => Math.max(0, j.job.credits * factors[model] - j.job.credits))
              .sort((a, b) => b - a)
              .slice(0, concurrency);
            bound += excess.reduce((a, b) => a + b, 0);
          }
          expect(charged).toBeLessThanOrEqual(bound + 0.01 * jobs.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
