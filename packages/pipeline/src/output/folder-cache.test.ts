import { createHash } from 'node:crypto';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { folderCache } from './folder-cache.ts';

const hash = 'a'.repeat(64);

describe('folderCache serves only what it recorded', () => {
  it('hits a file it put, and misses once the file changes', async () => {
    const root = await writeRepo({ 'video.mp4': 'mp4 bytes' });
    const cache = folderCache(path.join(root, 'cache'));
    await cache.put(hash, path.join(root, 'video.mp4'));
    expect(await cache.get(hash)).toEqual({
      path: path.join(root, 'cache', `${hash}.mp4`),
      bytes: 9,
      sha256: createHash('sha256').update('mp4 bytes').digest('hex'),
    });
    await writeFile(path.join(root, 'cache', `${hash}.mp4`), 'mp4 bytez');
    expect(await cache.get(hash)).toBeUndefined();
  });

  it('misses a committed entry: a symlink, or a file with no record', async () => {
    const root = await writeRepo({ 'secret.txt': 'token', 'cache/.keep': '' });
    const cache = folderCache(path.join(root, 'cache'));
    await symlink(path.join(root, 'secret.txt'), path.join(root, 'cache', `${hash}.mp4`));
    expect(await cache.get(hash)).toBeUndefined();
    // Even with a matching record, a symlink is not a hit.
    await writeFile(
      path.join(root, 'cache', `${hash}.json`),
      JSON.stringify({
        bytes: 5,
        sha256: '3c469e9d6c5875d37a43f353d4f88e61fcf812c66eee3457465a40b0da4153e0',
      }),
    );
    expect(await cache.get(hash)).toBeUndefined();
    const other = 'b'.repeat(64);
    await mkdir(path.join(root, 'cache'), { recursive: true });
    await writeFile(path.join(root, 'cache', `${other}.mp4`), 'unrecorded');
    expect(await cache.get(other)).toBeUndefined();
  });

  it('replaces a planted symlink on put instead of writing through it', async () => {
    const root = await writeRepo({
      'target.txt': 'keep me',
      'video.mp4': 'mp4',
      'cache/.keep': '',
    });
    await symlink(path.join(root, 'target.txt'), path.join(root, 'cache', `${hash}.mp4`));
    const cache = folderCache(path.join(root, 'cache'));
    await cache.put(hash, path.join(root, 'video.mp4'));
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path.join(root, 'target.txt'), 'utf8')).toBe('keep me');
    expect(await cache.get(hash)).toMatchObject({ path: path.join(root, 'cache', `${hash}.mp4`) });
  });
});
