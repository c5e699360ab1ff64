import path from 'node:path';
import { startSteppedSimulator } from '@clipwright/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobFor, planOf, simClient } from '../../test/run-helpers.ts';
import { runPlan } from './run-plan.ts';

const requests = fc.record({
  model: fc.constantFrom('sora-2-beta-max', 'sora-2-pro-preview', 'sora-2'),
  long: fc.boolean(),
  hd: fc.boolean(),
  seconds: fc.integer({ min: 1, max: 30 }),
});

describe('budget', () => {
  it('reserves the estimate before creating and skips what does not fit', async () => {
    const { sim, clock } = await startSteppedSimulator();
    try {
      const jobs = ['a', 'b', 'c'].map((n) =>
        jobFor(n, { model: 'sora-2-beta-max', prompt: `Scene ${n} sim:seconds=1` }),
      );
      const plan = await planOf(jobs);
      const run = await runPlan(plan, {
        client: simClient(sim, clock),
        clock,
        outDir: path.join(plan.root, 'out'),
        maxCredits: (jobs[0]?.credits ?? 0) + 1,
        concurrency: 1,
      });
      expect(run.results.map((r) => r.status)).toEqual(['completed', 'budget', 'budget']);
      expect(run.results[1]?.error?.code).toBe('budget');
      expect(sim.stats().creates).toBe(1);
      expect(run.credits).toBe(sim.stats().tasks[0]?.credits);
    } finally {
      await sim.close();
    }
  });

  it('never spends more than maxCredits, over many random plans', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(requests, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 4 }),
        async (specs, maxCredits, concurrency) => {
          // Simulated time moves only while the run sleeps: no real time at all, so 25 runs
          // take the same simulated course on a busy machine as on an idle one.
          const { sim, clock } = await startSteppedSimulator();
          try {
            const jobs = specs.map((s, i) =>
              jobFor(`v${i}`, {
                model: s.model,
                prompt: `Scene ${i} sim:seconds=${s.seconds}`,
                ...(s.model === 'sora-2-pro-preview'
                  ? { duration: s.long ? 12 : 4, quality: s.hd ? '1080p' : '720p' }
                  : { duration: s.long ? 15 : 10 }),
              }),
            );
            const plan = await planOf(jobs);
            const run = await runPlan(plan, {
              client: simClient(sim, clock),
              clock,
              outDir: path.join(plan.root, 'out'),
              maxCredits,
              concurrency,
              // About the budget: no poster frames or delivery checks (ffmpeg per video
              // would only add time).
              posters: false,
              checks: false,
            });
            const charged = sim.stats().tasks.reduce((a, t) => a + t.credits, 0);
            expect(charged).toBeLessThanOrEqual(maxCredits);
            expect(run.credits).toBeLessThanOrEqual(maxCredits);
            expect(run.counts.completed + run.counts.budget).toBe(jobs.length);
            expect(sim.stats().creates).toBe(run.counts.completed);
            // A job is left out only when its estimate did not fit what was left (the
            // simulator charges what it reserved, so nothing reserved was given back; 0.01
            // absorbs the rounding of credits to thousandths).
            for (const r of run.results.filter((x) => x.status === 'budget')) {
              expect(r.credits).toBe(0);
              expect(r.estimate).toBeGreaterThan(maxCredits - run.credits - 0.01);
            }
          } finally {
            await sim.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
