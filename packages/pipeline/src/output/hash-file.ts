import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** Read blocks `hashFile` reuses; at most one per hash in flight (the run's concurrency). */
const spareBlocks: Buffer[] = [];
const BLOCK_BYTES = 256 * 1024;

/**
 * sha256 (hex) and size of a file, read in blocks. Written by hand rather than with a read
 * stream: a stream allocates a fresh buffer per read, and a cached run of 10,000 videos
 * hashed 10,000 files whose dropped buffers grew the process by over 100 MiB before the
 * collector ran; here a few blocks are reused. A file under one block (a poster, a short
 * clip) is read synchronously: well under a millisecond, where the four thread-pool round
 * trips of open, read, read and close cost more (10,000 cached videos: 1 s of CPU, measured).
 * Anything but a regular file is refused.
 */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  const block = spareBlocks.pop() ?? Buffer.allocUnsafeSlow(BLOCK_BYTES);
  try {
    const small = hashSmallFile(file, hash, block);
    if (small !== undefined) return { sha256: hash.digest('hex'), bytes: small };
    const handle = await fsp.open(file, READ_FLAGS);
    let bytes = 0;
    try {
      for (;;) {
        const { bytesRead } = await handle.read(block, 0, block.length, null);
        if (bytesRead === 0) break;
        hash.update(block.subarray(0, bytesRead));
        bytes += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    spareBlocks.push(block);
  }
}

/** Files are opened without blocking: a FIFO put where a file was expected never holds a thread. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Hashes `file` into `hash` synchronously when it is smaller than `block`; its size, or
 * `undefined` (nothing read). Throws when it is not a regular file (a FIFO, a device, a
 * folder): nothing but a file is hashed.
 */
function hashSmallFile(file: string, hash: ReturnType<typeof createHash>, block: Buffer) {
  const fd = openSync(file, READ_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(`${file} is not a regular file, so it is not read`);
    if (info.size >= block.length) return undefined;
    let bytes = 0;
    for (;;) {
      const bytesRead = readSync(fd, block, 0, block.length, null);
      if (bytesRead === 0) return bytes;
      hash.update(block.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}
