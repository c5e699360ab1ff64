import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { loadPlan } from './load-plan.ts';
import { inShard, parseShard } from './shard.ts';

describe('shards', () => {
  it('parses k/n and rejects nonsense', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, total: 3 });
    expect(parseShard({ index: 1, total: 1 })).toEqual({ index: 1, total: 1 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-3', ''])
      expect(() => parseShard(bad)).toThrow(/invalid shard/);
  });

  it('puts every hash in exactly one shard, for any shard count', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-f]{64}$/),
        fc.integer({ min: 1, max: 12 }),
        (hash, total) => {
          const owners = Array.from({ length: total }, (_, i) => i + 1).filter((index) =>
            inShard(hash, { index, total }),
          );
          expect(owners).toHaveLength(1);
        },
      ),
    );
  });

  it('splits a plan so that all shards together hold every job exactly once', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 17; i++) files[`prompts/video-${i}.md`] = `A scene number ${i}.`;
    const root = await writeRepo(files);
    const all = await loadPlan({ root });
    expect(all.jobs).toHaveLength(17);
    const seen: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const part = await loadPlan({ root, shard: `${k}/3` });
      expect(part.skipped?.shard).toBe(17 - part.jobs.length);
      seen.push(...part.jobs.map((j) => j.name));
    }
    expect(seen.sort()).toEqual(all.jobs.map((j) => j.name).sort());
  });
});
