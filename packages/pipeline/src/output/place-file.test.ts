import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DiskError } from '@clipwright/core';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../test/run-helpers.ts';
import type { FileOps } from '../model/file-ops.ts';
import { realFileOps } from './file-ops.ts';
import { placeFile, UnsafeOutputError } from './place-file.ts';
import { secretRedactor } from './secret-redactor.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

const fresh = () => mkdtemp(path.join(tmpdir(), 'clipwright-atomic-'));
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('placeFile and writeFileAtomic', () => {
  it('never writes through a symlinked folder inside `within`: refused, nothing created outside', async () => {
    const root = await fresh();
    const out = path.join(root, 'out');
    const outside = path.join(root, 'outside');
    await mkdir(out);
    await mkdir(outside);
    await symlink(outside, path.join(out, 'videos'));
    await writeFile(path.join(root, 'a.part'), 'video');
    await expect(
      placeFile(path.join(root, 'a.part'), path.join(out, 'videos', 'deep', 'a.mp4'), {
        within: out,
      }),
    ).rejects.toThrow(UnsafeOutputError);
    await expect(
      writeFileAtomic(path.join(out, 'videos', 'manifest.json'), '{}', { within: out }),
    ).rejects.toThrow(/is a symlink or not a folder/);
    expect(await listFiles(outside)).toEqual([]);
    // A real folder is made one level at a time and used.
    await placeFile(path.join(root, 'a.part'), path.join(out, 'real', 'deep', 'a.mp4'), {
      within: out,
    });
    expect(await readFile(path.join(out, 'real', 'deep', 'a.mp4'), 'utf8')).toBe('video');
  });

  it('a folder swapped for a symlink between the checks and the rename is caught by the real path', async () => {
    const root = await fresh();
    const out = path.join(root, 'out');
    const outside = path.join(root, 'outside');
    await mkdir(path.join(out, 'v'), { recursive: true });
    await mkdir(outside);
    await writeFile(path.join(root, 'a.part'), 'video');
    // The folder resolves elsewhere at rename time (as after a swap).
    const fs: FileOps = {
      ...realFileOps,
      realpath: (async (p: string) =>
        p === path.join(out, 'v') ? outside : realFileOps.realpath(p)) as FileOps['realpath'],
    };
    await expect(
      placeFile(path.join(root, 'a.part'), path.join(out, 'v', 'a.mp4'), { within: out, fs }),
    ).rejects.toThrow(UnsafeOutputError);
    expect(await listFiles(root)).toEqual(['a.part']);
  });

  it('across file systems (EXDEV) copies to a temporary name beside dest, then renames; nothing left', async () => {
    const root = await fresh();
    await writeFile(path.join(root, 'finished'), 'video bytes');
    let refused = 0;
    const fs: FileOps = {
      ...realFileOps,
      rename: (async (from: string, to: string) => {
        if (path.basename(from) === 'finished') {
          refused++;
          throw errno('EXDEV');
        }
        return realFileOps.rename(from, to);
      }) as FileOps['rename'],
    };
    await placeFile(path.join(root, 'finished'), path.join(root, 'out', 'a.mp4'), {
      within: root,
      fs,
    });
    expect(refused).toBe(1);
    expect(await listFiles(root)).toEqual(['out/a.mp4']);
    expect(await readFile(path.join(root, 'out', 'a.mp4'), 'utf8')).toBe('video bytes');
  });

  it.each(['ENOSPC', 'EDQUOT', 'EROFS'])(
    'a %s while writing is a DiskError, and no temporary file is left',
    async (code) => {
      const root = await fresh();
      const fs: FileOps = {
        ...realFileOps,
        writeFile: (async (file: string, data: string) => {
          await realFileOps.writeFile(file, data.slice(0, 3));
          throw errno(code);
        }) as FileOps['writeFile'],
      };
      const error = await writeFileAtomic(path.join(root, 'manifest.json'), '{"a":1}', {
        fs,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiskError);
      expect(error).toMatchObject({ code: 'disk_error', errno: code });
      expect((error as Error).message).toContain('manifest.json');
      expect(await listFiles(root)).toEqual([]);
    },
  );

  it('redacts before writing', async () => {
    const root = await fresh();
    const key = 'sk-test/"key"&more';
    await writeFileAtomic(path.join(root, 'f.json'), JSON.stringify({ m: `bad ${key}` }), {
      redact: secretRedactor([key]),
    });
    expect(await readFile(path.join(root, 'f.json'), 'utf8')).toBe('{"m":"bad ***"}');
  });

  it('redacts text written in chunks, a secret split between chunks included', async () => {
    const root = await fresh();
    const key = 'sk-chunked-key-1234';
    const chunks = ['<p>one</p>\n<p>a sk-chunk', 'ed-key-1234 b</p>', '\n<p>', key, '</p>\n'];
    await writeFileAtomic(path.join(root, 'index.html'), chunks, {
      redact: secretRedactor([key]),
    });
    expect(await readFile(path.join(root, 'index.html'), 'utf8')).toBe(
      '<p>one</p>\n<p>a *** b</p>\n<p>***</p>\n',
    );
  });

  it('writes many small chunks as a few groups of whole lines, each redacted', async () => {
    const root = await fresh();
    const key = 'sk-grouped-key-5678';
    // 3,000 lines of one chunk each, a key split across two chunks on every 100th.
    const chunks: string[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i % 100 === 0) chunks.push(`<p>${i} sk-grouped`, `-key-5678 ${'x'.repeat(60)}</p>\n`);
      else chunks.push(`<p>${i} ${'y'.repeat(70)}</p>\n`);
    }
    const groups: string[] = [];
    const fs: FileOps = {
      ...realFileOps,
      writeFile: async (file, data) => {
        for await (const group of data as AsyncIterable<string>) groups.push(String(group));
        await realFileOps.writeFile(file, groups.join(''));
      },
    };
    await writeFileAtomic(path.join(root, 'index.html'), chunks, {
      redact: secretRedactor([key]),
      fs,
    });
    const expected = chunks.join('').replaceAll(key, '***');
    expect(await readFile(path.join(root, 'index.html'), 'utf8')).toBe(expected);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.length).toBeLessThanOrEqual(Math.ceil(expected.length / (64 * 1024)) + 1);
    expect(groups.every((g) => g.endsWith('\n'))).toBe(true);
  });

  it('redacts a secret holding a line break over the whole chunked text', async () => {
    const root = await fresh();
    const secret = '-----BEGIN KEY-----\nabcdef\n-----END KEY-----';
    const redact = secretRedactor([secret]);
    expect(redact.spansLines).toBe(true);
    const chunks = ['x -----BEGIN KEY-----\n', 'abcdef\n', '-----END KEY----- y\n'];
    await writeFileAtomic(path.join(root, 'f.txt'), chunks, { redact });
    expect(await readFile(path.join(root, 'f.txt'), 'utf8')).toBe('x *** y\n');
  });
});
