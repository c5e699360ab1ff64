import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type FileOps, isTempName, realFileOps } from '@clipwright/pipeline/internal';
import { describe, expect, it } from 'vitest';
import { expectClean } from './expect-clean.ts';
import { listFiles, prompt, scenario } from './scenario.ts';

/**
 * Issue 13's disks class: what a killed run leaves is swept by the next; a full disk is a
 * disk error (never retried as a network fault) and the paid task is resumed, not paid again;
 * a video complete in the output folder is delivered even when the cache copy fails; a state
 * folder on another file system works.
 */
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
/** `realFileOps` whose rename fails with `code` while `when(from, to)` holds. */
function failingRename(code: string, when: (from: string, to: string) => boolean): FileOps {
  return {
    ...realFileOps,
    rename: (async (from: string, to: string) => {
      if (when(from, to)) throw errno(code);
      return realFileOps.rename(from, to);
    }) as FileOps['rename'],
  };
}

describe('disks: nothing half-written stays, a full disk is not a network fault', {
  timeout: 30_000,
}, () => {
  it('what a kill -9 left (our temporary names) is swept at the next start; nothing else is touched', async () => {
    const s = await scenario({ files: { 'prompts/clip.md': prompt('A harbour.') } });
    try {
      // Names as a killed run leaves them: a download, a copy into --out, a journal write.
      const leftovers = [
        path.join(s.stateDir, 'tmp', `.${'a'.repeat(64)}.${crypto.randomUUID()}.part`),
        path.join(s.stateDir, 'tmp', `.clip.mp4.${crypto.randomUUID()}.part.0badcafe.part`),
        path.join(s.stateDir, `.journal.json.${crypto.randomUUID()}.tmp`),
        path.join(s.outDir, `.clip.mp4.${crypto.randomUUID()}.tmp`),
      ];
      expect(leftovers.map((f) => isTempName(path.basename(f)))).toEqual([true, true, true, true]);
      await mkdir(path.join(s.stateDir, 'tmp'), { recursive: true });
      await mkdir(s.outDir, { recursive: true });
      for (const file of leftovers) await writeFile(file, 'half');
      await writeFile(path.join(s.outDir, 'notes.tmp'), 'the user’s own');
      const run = await s.run();
      expect(run.counts.completed).toBe(1);
      expect(s.sim.stats().creates).toBe(1);
      expect(await listFiles(s.outDir)).toContain('notes.tmp');
      await rm(path.join(s.outDir, 'notes.tmp'));
      await expectClean(s, run);
      const state = await listFiles(s.stateDir);
      expect(state.filter((f) => isTempName(path.basename(f)))).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it.each(['ENOSPC', 'EDQUOT', 'EROFS'])(
    '%s placing the video: disk_error, no retry, nothing in --out; the next run resumes the paid task',
    async (code) => {
      const s = await scenario({ files: { 'prompts/clip.md': prompt('A quay.') } });
      try {
        let full = true;
        const fs = failingRename(code, (_from, to) => full && to.endsWith('clip.mp4'));
        const first = await s.run({ fs });
        expect(first.results.map((r) => [r.status, r.error?.code])).toEqual([
          ['failed', 'disk_error'],
        ]);
        expect(first.results[0]?.error?.message).toContain(`(${code})`);
        expect(s.events.filter((e) => e.type === 'retry')).toEqual([]);
        expect(s.sim.stats()).toMatchObject({ creates: 1, downloads: 1 });
        await expectClean(s, first);
        expect((await listFiles(s.outDir)).filter((f) => f.endsWith('.mp4'))).toEqual([]);
        full = false;
        const second = await s.run({ fs });
        expect(second.counts.completed).toBe(1);
        expect(s.sim.stats()).toMatchObject({ creates: 1, duplicatePaidBodies: 0 });
        await expectClean(s, second);
      } finally {
        await s.close();
      }
    },
  );

  it('the cache copy failing (ENOSPC): the video complete in --out is completed, with a warning', async () => {
    const s = await scenario({ files: { 'prompts/clip.md': prompt('A pier.') } });
    try {
      const cache = path.join(s.stateDir, 'cache');
      const fs = failingRename('ENOSPC', (_from, to) => to.startsWith(cache));
      const run = await s.run({ fs });
      expect(run.results.map((r) => r.status)).toEqual(['completed']);
      const warnings = s.events.filter((e) => e.type === 'notice' && e.warning);
      expect(warnings).toHaveLength(1);
      expect(await listFiles(cache)).toEqual([]);
      await expectClean(s, run);
      expect(s.sim.stats().creates).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('a state folder on another file system (EXDEV): copied, renamed, nothing left behind', async () => {
    const s = await scenario({ files: { 'prompts/clip.md': prompt('A dock.') } });
    // /dev/shm is a tmpfs on Linux: a real second file system when it is there.
    const shm = await stat('/dev/shm').catch(() => undefined);
    const real = shm !== undefined && shm.dev !== (await stat(tmpdir())).dev;
    const stateDir = real ? await mkdtemp('/dev/shm/cw-state-') : s.stateDir;
    if (!real) console.log('no second file system here: EXDEV is injected instead');
    let exdev = 0;
    const fs = real
      ? realFileOps
      : failingRename('EXDEV', (from, to) => {
          const cross = from.startsWith(stateDir) !== to.startsWith(stateDir);
          if (cross) exdev++;
          return cross;
        });
    try {
      const run = await s.run({ stateDir, fs });
      expect(run.counts.completed).toBe(1);
      if (!real) expect(exdev).toBeGreaterThan(0);
      const video = await readFile(path.join(s.outDir, 'clip.mp4'));
      expect(video.subarray(4, 8).toString()).toBe('ftyp');
      expect(await listFiles(path.join(stateDir, 'tmp'))).toEqual([]);
      expect((await listFiles(s.outDir)).filter((f) => isTempName(path.basename(f)))).toEqual([]);
      expect(s.sim.stats().creates).toBe(1);
    } finally {
      if (real) await rm(stateDir, { recursive: true, force: true });
      await s.close();
    }
  });
});
