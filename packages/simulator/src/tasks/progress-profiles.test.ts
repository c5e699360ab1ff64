import { describe, expect, it } from 'vitest';
import { create, manualSim, query } from '../../test/test-helpers.ts';
import {
  estimateFactorOf,
  profileProgress,
  progressProfileOf,
  progressProfiles,
} from './progress-profiles.ts';

const at = (profile: (typeof progressProfiles)[number], fractions: number[]) =>
  fractions.map((f) => profileProgress(profile, f));

describe('progress profiles', () => {
  it('gives each shape its documented progress', () => {
    const p = (name: (typeof progressProfiles)[number]) =>
      at(name, [0, 0.1, 0.5, 0.9, 0.99]).map((s) => (s.status === 'pending' ? 'P' : s.progress));
    expect(p('linear')).toEqual([1, 10, 50, 89, 98]);
    expect(p('s-curve')).toEqual([1, 3, 50, 96, 98]);
    expect(p('fast-then-crawl')).toEqual([1, 45, 93, 97, 98]);
    expect(p('mostly-pending')).toEqual(['P', 'P', 'P', 33, 92]);
    expect(p('silent')).toEqual([0, 0, 0, 0, 0]);
    expect(p('steps')).toEqual([0, 0, 50, 75, 75]);
  });

  it('never reports 100 or goes backwards while processing', () => {
    for (const name of progressProfiles) {
      const values = at(
        name,
        Array.from({ length: 1000 }, (_, i) => i / 1000),
      ).map((s) => s.progress);
      expect(Math.max(...values), name).toBeLessThan(100);
      expect(
        values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0)),
        name,
      ).toBe(true);
    }
  });

  it('reads the directives, defaulting to linear and an honest estimate', () => {
    expect(progressProfileOf('a cat sim:progress=steps')).toBe('steps');
    expect(progressProfileOf('a cat sim:progress=unknown')).toBe('linear');
    expect(progressProfileOf('a cat')).toBe('linear');
    expect(estimateFactorOf('a cat sim:estimate=5x')).toBe(5);
    expect(estimateFactorOf('a cat sim:estimate=0.2x')).toBe(0.2);
    expect(estimateFactorOf('a cat')).toBe(1);
  });
});

describe('the options progressProfile and estimateFactor', () => {
  it('apply to every task unless its prompt says otherwise; sim:seconds makes the estimate honest', async () => {
    const { s, advance } = await manualSim({ progressProfile: 'silent', estimateFactor: 5 });
    const a = await create(s, { model: 'sora-2', prompt: 'a cat sim:seconds=100' });
    const b = await create(s, {
      model: 'sora-2',
      prompt: 'a dog sim:seconds=100 sim:progress=linear sim:estimate=1x',
    });
    expect(a.body.task_info.estimated_time).toBe(500);
    expect(b.body.task_info.estimated_time).toBe(100);
    advance(60_000);
    const qa = (await query(s, a.body.id)).body;
    const qb = (await query(s, b.body.id)).body;
    expect([qa.status, qa.progress, qa.task_info.estimated_time]).toEqual(['processing', 0, 440]);
    expect([qb.status, qb.progress, qb.task_info.estimated_time]).toEqual(['processing', 55, 40]);
  });
});
