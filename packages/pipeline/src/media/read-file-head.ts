import { closeSync, constants, openSync, readSync } from 'node:fs';

/**
 * The first `length` bytes of `file`, to tell its kind (an MP4's `ftyp` box, a JPEG's marker),
 * or undefined when it has fewer or is not a file we may read: a symlink (never followed:
 * O_NOFOLLOW, so a link planted in a state folder cannot make us read what it points at), a
 * FIFO or device (opened without blocking: O_NONBLOCK, then the read fails), a folder, or a
 * path that cannot be opened. Read synchronously: a few bytes take microseconds, where
 * thread-pool round trips cost more per file.
 */
export function readFileHead(file: string, length: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(length);
    return readSync(fd, head, 0, length, 0) === length ? head : undefined;
  } catch {
    return undefined; // a folder, a FIFO: nothing to read
  } finally {
    closeSync(fd);
  }
}
