import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainKey } from '../model/chain.ts';
import type { Job } from '../model/plan.ts';
import { selectJobs } from '../plan/select-jobs.ts';
import { Budget } from './budget.ts';
import { matrixShare } from './matrix-share.ts';

/** A job of the fields the budget reads: its content hash and its estimate. */
function job(i: number, hash: string, credits: number): Job {
  return {
    name: `v${i}`,
    hash,
    credits,
    output: `v${i}.mp4`,
    source: { file: `p/v${i}.md`, line: 1 },
    request: { model: 'sora-2', prompt: `v${i}` },
  } as Job;
}

const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
/** Plans of up to 40 jobs, some with the content of an earlier one (twins), some cached. */
const plans = fc
  .array(
    fc.record({
      hash: hex,
      twinOf: fc.option(fc.nat(39), { freq: 5 }),
      credits: fc.integer({ min: 0, max: 50_000 }).map((t) => t / 1000),
      cached: fc.boolean(),
    }),
    { minLength: 0, maxLength: 40 },
  )
  .map((drawn) => {
    const jobs: Job[] = [];
    for (const [i, d] of drawn.entries()) {
      const twin = d.twinOf !== null ? jobs[d.twinOf % Math.max(1, i)] : undefined;
      jobs.push(job(i, twin?.hash ?? d.hash, twin?.credits ?? d.credits));
    }
    const cached = new Set(jobs.filter((_, i) => drawn[i]?.cached).map((j) => j.hash));
    return { jobs, cached };
  });

/** What one unsharded run reserves, job by job in plan order, with the run's own Budget. */
function unshardedChoice(jobs: Job[], max: number, cost: (j: Job) => number): Set<Job> {
  const budget = new Budget(max);
  const first = new Map<string, boolean>();
  const chosen = new Set<Job>();
  for (const j of jobs) {
    const key = chainKey(j);
    const ok = first.get(key) ?? budget.reserve(cost(j));
    first.set(key, ok);
    if (ok) chosen.add(j);
  }
  return chosen;
}

describe('matrixShare: one maxCredits for the whole matrix', () => {
  it('the shards together run what one unsharded run would, never over the budget at the estimates', async () => {
    await fc.assert(
      fc.asyncProperty(
        plans,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 300_000 }).map((t) => t / 1000),
        async ({ jobs, cached }, total, max) => {
          const cost = (j: Job) => (cached.has(j.hash) ? 0 : j.credits);
          const cache = {
            get: async () => undefined,
            put: async () => {},
            has: async (hash: string) => cached.has(hash),
          };
          const union: Job[] = [];
          let shares = 0;
          for (let index = 1; index <= total; index++) {
            const plan = selectJobs(
              { jobs, invalid: [] },
              { shard: `${index}/${total}` },
              undefined,
            );
            const share = await matrixShare(plan, max, { cache, emit: () => {} });
            union.push(...share.run);
            shares += share.budget ?? 0;
            const results = share.mergeBack(share.run.map((j) => ({ name: j.name }) as never));
            // Every job of the shard has a result, in plan order; the left-out ones as `budget`.
            expect(results.map((r) => r.name)).toEqual(plan.jobs.map((j) => j.name));
            for (const [i, j] of plan.jobs.entries())
              if (!share.run.includes(j)) expect(results[i]?.status).toBe('budget');
          }
          const chosen = unshardedChoice(jobs, max, cost);
          expect(new Set(union)).toEqual(chosen);
          expect(union.length).toBe(chosen.size);
          const keys = new Set<string>();
          let spent = 0;
          for (const j of union) {
            if (keys.has(chainKey(j))) continue;
            keys.add(chainKey(j));
            spent += cost(j);
          }
          expect(spent).toBeLessThanOrEqual(max + 1e-6);
          expect(shares).toBeLessThanOrEqual(max + 0.001 * total);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves an unsharded plan, or one without maxCredits, to the run budget', async () => {
    const jobs = [job(0, 'a'.repeat(64), 5)];
    const cache = { get: async () => undefined, put: async () => {} };
    const sharded = selectJobs({ jobs, invalid: [] }, { shard: '1/1' }, undefined);
    expect((await matrixShare({ jobs }, 1, { cache, emit: () => {} })).run).toEqual(jobs);
    expect((await matrixShare(sharded, undefined, { cache, emit: () => {} })).run).toEqual(jobs);
    expect((await matrixShare(sharded, 1, { cache, emit: () => {} })).run).toEqual([]);
  });
});
