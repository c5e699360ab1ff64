import { taskFailureCodes } from '@clipwright/core/internal';
import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { expectClean } from './expect-clean.ts';
import { prompt, readJournal, scenario } from './scenario.ts';

const codes = Object.entries(taskFailureCodes);

async function credits(url: string): Promise<number> {
  const res = await fetch(`${url}/v1/credits`, {
    headers: { authorization: `Bearer ${DEFAULT_API_KEY}` },
  });
  return ((await res.json()) as { data: { user: { remaining_credits: number } } }).data.user
    .remaining_credits;
}

describe('each of the 13 documented task failure codes', () => {
  it('covers exactly the 13 documented codes, six of them needing a changed input', () => {
    expect(codes).toHaveLength(13);
    expect(codes.filter(([, c]) => !c.retryable).map(([code]) => code)).toEqual([
      'content_policy_violation',
      'invalid_parameters',
      'image_processing_error',
      'image_dimension_mismatch',
      'request_cancelled',
      'resource_not_found',
    ]);
  });

  for (const [code, { retryable }] of codes) {
    it(`${code}: failed with that code, refunded, ${retryable ? 'a new task next run' : 'never sent again'}`, async () => {
      const s = await scenario({
        files: { 'prompts/clip.md': prompt(`A scene. sim:fail=${code}`) },
      });
      try {
        const before = await credits(s.sim.url);
        const run = await s.run();
        await expectClean(s, run);
        expect(run.counts).toMatchObject({ completed: 0, failed: 1 });
        const [result] = run.results;
        expect(result?.error?.code).toBe(code);
        expect(result?.taskId).toMatch(/^task-/);
        expect(result?.error?.message).toMatch(/\w/);
        expect(run.credits).toBe(0);
        expect(await credits(s.sim.url)).toBe(before);
        const [entry] = Object.values(await readJournal(s.stateDir));
        if (retryable) {
          // The next run makes a new task under a new idempotency key (attempt 2).
          expect(entry).toMatchObject({ attempt: 2 });
          expect(entry?.failure).toBeUndefined();
        } else {
          expect(entry?.failure).toMatchObject({ code, taskId: result?.taskId });
          const requests = s.sim.stats().requests;
          const again = await s.run();
          expect(again.results[0]?.status).toBe('failed');
          expect(again.results[0]?.error?.message).toContain('not sent again');
          expect(s.sim.stats().requests).toBe(requests);
        }
        expect(s.sim.stats().creates).toBe(1);
      } finally {
        await s.close();
      }
    });
  }
});
