import path from 'node:path';
import { DEFAULT_API_KEY, startSimulator } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { jobFor, planOf, simClient } from '../../test/run-helpers.ts';
import { roundCredits } from '../model/credits.ts';
import type { PipelineEvent } from '../model/events.ts';
import { runPlan } from './run-plan.ts';

const job = (name: string) =>
  jobFor(name, { model: 'sora-2', prompt: `Scene ${name} sim:seconds=1` });

describe('runPlan with network and server faults', () => {
  it('makes its own client from clientOptions, reports retries, and a reset create is not paid twice', async () => {
    const sim = await startSimulator({
      port: 0,
      timeScale: 1000,
      faults: {
        rules: [
          { on: 'create', fault: 'reset-after-create', at: [1] },
          { on: 'query', fault: 'status', status: 503, at: [1] },
        ],
      },
    });
    try {
      const plan = await planOf([job('a')]);
      const events: PipelineEvent[] = [];
      const run = await runPlan(plan, {
        clientOptions: { apiKey: DEFAULT_API_KEY, baseUrl: sim.url, clock: sim.clock },
        clock: sim.clock,
        outDir: path.join(plan.root, 'out'),
        onEvent: (e) => events.push(e),
      });
      expect(run.counts.completed).toBe(1);
      expect(sim.stats().creates).toBe(1);
      expect(sim.stats().duplicatePaidBodies).toBe(0);
      // The retry's replay is this run's own create: charged here, not counted 0.
      expect(sim.stats().idempotentReplays).toBe(1);
      // The gateway's 1/10,000 credit, rounded up to a thousandth by the one rounding rule.
      expect(run.credits).toBe(roundCredits(sim.stats().tasks[0]?.credits ?? Number.NaN));
      expect(run.credits).toBeGreaterThan(0);
      expect(events.filter((e) => e.type === 'retry').length).toBeGreaterThanOrEqual(2);
    } finally {
      await sim.close();
    }
  });

  it('an expired result link fails the job, and the next run creates the video again', async () => {
    const sim = await startSimulator({
      port: 0,
      timeScale: 1000,
      faults: { rules: [{ on: 'create', fault: 'expired-url', at: [1] }] },
    });
    try {
      const plan = await planOf([job('b')]);
      const outDir = path.join(plan.root, 'out');
      const first = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
      expect(first.results[0]?.status).toBe('failed');
      expect(first.results[0]?.error?.code).toBe('link_expired_error');
      const second = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
      expect(second.counts.completed).toBe(1);
      expect(sim.stats().creates).toBe(2);
    } finally {
      await sim.close();
    }
  });
});
