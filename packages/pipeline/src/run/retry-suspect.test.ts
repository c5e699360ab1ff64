import path from 'node:path';
import { startSimulator } from '@clipwright/simulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireFfmpeg } from '../../test/media.ts';
import { jobFor, planOf, simClient } from '../../test/run-helpers.ts';
import { runPlan } from './run-plan.ts';

beforeAll(requireFfmpeg);

/** A 4 s seedance video at 480p (no sound), whose prompt may carry a simulator directive. */
const job = (name: string, directive = '') =>
  jobFor(name, {
    model: 'seedance-1.5-pro',
    prompt: `Shot ${name} ${directive}`.trim(),
    duration: 4,
    aspect_ratio: '16:9',
    quality: '480p',
  } as never);

/** The first create's video is black; later ones are good. */
const blackOnce = { rules: [{ on: 'create' as const, fault: 'black-video' as const, at: [1] }] };

async function runOnce(
  jobs: ReturnType<typeof job>[],
  options: { retrySuspect?: number; maxCredits?: number; faults?: typeof blackOnce } = {},
) {
  const sim = await startSimulator({
    port: 0,
    timeScale: 1000,
    ...(options.faults && { faults: options.faults }),
  });
  try {
    const plan = await planOf(jobs);
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(plan.root, 'out'),
      posters: false,
      ...(options.retrySuspect !== undefined && { retrySuspect: options.retrySuspect }),
      ...(options.maxCredits !== undefined && { maxCredits: options.maxCredits }),
    });
    return { run, creates: sim.stats().creates, charged: sim.stats().tasks };
  } finally {
    await sim.close();
  }
}

describe('generating a suspect video again', () => {
  it('is off by default: a suspect video is kept, nothing more is created', async () => {
    const { run, creates } = await runOnce([job('a')], { faults: blackOnce });
    expect(run.results[0]?.status).toBe('suspect');
    expect(creates).toBe(1);
  });

  it('when asked, creates it again and keeps the good video, counting both tasks', async () => {
    const { run, creates, charged } = await runOnce([job('a')], {
      faults: blackOnce,
      retrySuspect: 1,
    });
    expect(creates).toBe(2);
    expect(run.results[0]).toMatchObject({ status: 'completed', path: 'a.mp4' });
    const paid = charged.reduce((sum, t) => sum + t.credits, 0);
    expect(run.results[0]?.credits).toBe(paid);
    expect(run.credits).toBe(paid);
  });

  it('tries at most the number of times given', async () => {
    const { run, creates } = await runOnce([job('a', 'sim:video=black')], { retrySuspect: 2 });
    expect(creates).toBe(3);
    expect(run.results[0]?.status).toBe('suspect');
  });

  it('spends maxCredits at the high estimate: a retry that does not fit is not sent', async () => {
    const one = job('a');
    const { run, creates } = await runOnce([one], {
      faults: blackOnce,
      retrySuspect: 1,
      maxCredits: one.credits * 1.5,
    });
    expect(creates).toBe(1);
    expect(run.results[0]?.status).toBe('suspect');
    expect(run.results[0]?.error?.message).toMatch(/generated again: budget: needs/);
  });
});
