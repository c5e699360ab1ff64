import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileHead } from './read-file-head.ts';

describe('readFileHead', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'file-head-'));
  const file = path.join(dir, 'video.mp4');
  writeFileSync(file, Buffer.from('\0\0\0\x18ftypisom rest', 'latin1'));

  it('reads the first bytes of a regular file', () => {
    expect(readFileHead(file, 8)?.toString('latin1')).toBe('\0\0\0\x18ftyp');
  });

  it('gives nothing for a file shorter than asked, a folder or a missing path', () => {
    expect(readFileHead(file, 64)).toBeUndefined();
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    expect(readFileHead(folder, 3)).toBeUndefined();
    expect(readFileHead(path.join(dir, 'missing'), 3)).toBeUndefined();
  });

  it('never follows a symlink, even to a readable file', () => {
    const link = path.join(dir, 'link.mp4');
    symlinkSync(file, link);
    expect(readFileHead(link, 8)).toBeUndefined();
  });

  it('does not block on a FIFO nobody writes to', () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(readFileHead(fifo, 3)).toBeUndefined();
  });
});
