import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile } from './hash-file.ts';

const fresh = () => mkdtemp(path.join(tmpdir(), 'clipwright-atomic-'));
const _errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('hashFile', () => {
  it('gives the sha256 and size of small (read at once) and large (read in blocks) files', async () => {
    const root = await fresh();
    for (const bytes of [0, 1, 256 * 1024 - 1, 256 * 1024, 3 * 256 * 1024 + 17]) {
      const file = path.join(root, `${bytes}.bin`);
      const data = Buffer.alloc(bytes, bytes % 251);
      await writeFile(file, data);
      expect(await hashFile(file)).toEqual({
        sha256: createHash('sha256').update(data).digest('hex'),
        bytes,
      });
    }
  });

  it('refuses a FIFO or a folder put where a file was expected, without waiting on it', async () => {
    const root = await fresh();
    const fifo = path.join(root, 'video.mp4');
    execFileSync('mkfifo', [fifo]);
    // Opened for reading in the usual way, a FIFO with no writer would block forever.
    await expect(hashFile(fifo)).rejects.toThrow('is not a regular file');
    await mkdir(path.join(root, 'folder.mp4'));
    await expect(hashFile(path.join(root, 'folder.mp4'))).rejects.toThrow('is not a regular file');
  });
});
