import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobFor, listFiles, planOf, simClient } from '../../test/run-helpers.ts';
import type { FileOps } from '../model/file-ops.ts';
import { realFileOps } from '../output/file-ops.ts';
import { tempPath } from '../output/temp-files.ts';
import { runPlan } from './run-plan.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterAll(() => sim.close());

const job = (name: string, output = `${name}.mp4`) => ({
  ...jobFor(name, { model: 'sora-2', prompt: `Disk scene ${name} ${output} sim:seconds=1` }),
  output,
});
const run = (plan: Awaited<ReturnType<typeof planOf>>, extra: { fs?: FileOps } = {}) =>
  runPlan(plan, {
    client: simClient(sim),
    clock: sim.clock,
    outDir: path.join(plan.root, 'out'),
    posters: false,
    ...extra,
  });

describe('runPlan on hostile folders and disks', () => {
  it('an output whose folder is a symlink (committed inside --out) is refused before it is paid; nothing lands outside', async () => {
    const plan = await planOf([job('a', 'videos/a.mp4'), job('b')]);
    const outside = path.join(plan.root, 'outside');
    await mkdir(outside);
    await mkdir(path.join(plan.root, 'out'));
    await symlink(outside, path.join(plan.root, 'out', 'videos'));
    const before = sim.stats().creates;
    const result = await run(plan);
    expect(result.results.map((r) => [r.name, r.status, r.error?.code])).toEqual([
      ['a', 'failed', 'unsafe_output'],
      ['b', 'completed', undefined],
    ]);
    expect(result.results[0]?.error?.message).toMatch(/videos is a symlink/);
    expect(sim.stats().creates - before).toBe(1);
    expect(await listFiles(outside)).toEqual([]);
  });

  it('sweeps what a kill -9 left (our temporary names only) from the state dir and --out at start', async () => {
    const plan = await planOf([job('c', 'social/c.mp4')]);
    const out = path.join(plan.root, 'out');
    const state = path.join(plan.root, '.clipwright');
    const dirs = [path.join(state, 'tmp'), state, path.join(state, 'cache'), out, `${out}/social`];
    const leftovers = dirs.map((d, i) => tempPath(d, i % 2 ? 'journal.json' : 'c.mp4', 'part'));
    for (const d of dirs) await mkdir(d, { recursive: true });
    for (const f of leftovers) await writeFile(f, 'half a video');
    await writeFile(path.join(out, '.keep.tmp'), 'not ours');
    const result = await run(plan);
    expect(result.counts.completed).toBe(1);
    expect((await listFiles(out)).join(' ')).toBe(
      '.keep.tmp index.html manifest.json social/c.mp4',
    );
    expect((await listFiles(state)).filter((f) => /\.(part|tmp)$/.test(f))).toEqual([]);
  });

  it('ENOSPC placing the video is a disk error, not retried; the next run resumes the paid task (not paid twice)', async () => {
    const plan = await planOf([job('d')]);
    const out = path.join(plan.root, 'out');
    let full = true;
    const fs: FileOps = {
      ...realFileOps,
      rename: (async (from: string, to: string) => {
        if (full && to === path.join(out, 'd.mp4')) {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        return realFileOps.rename(from, to);
      }) as FileOps['rename'],
    };
    const before = sim.stats();
    const first = await run(plan, { fs });
    expect(first.results.map((r) => [r.status, r.error?.code])).toEqual([['failed', 'disk_error']]);
    expect(first.results[0]?.error?.message).toMatch(/no space left on the device \(ENOSPC\)/);
    expect(sim.stats().downloads - before.downloads).toBe(1);
    expect(await listFiles(out)).toEqual(['index.html', 'manifest.json']);
    full = false;
    const second = await run(plan, { fs });
    expect(second.counts.completed).toBe(1);
    expect(sim.stats().creates - before.creates).toBe(1);
    expect(sim.stats().duplicatePaidBodies).toBe(0);
    expect((await readFile(path.join(out, 'd.mp4'))).subarray(4, 8).toString()).toBe('ftyp');
  });
});
