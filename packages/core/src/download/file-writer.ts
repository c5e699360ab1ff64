import { closeSync, openSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { DownloadFile, OpenDownloadFile } from './types.ts';

/**
 * The default file: `fs.writeSync` per chunk. Synchronous on purpose: measured on the bench
 * (1 GiB from a local server), a write stream behind the body ran at about half of `curl -o`,
 * a synchronous write in the sink's own callback at about the same speed as curl. A write
 * lands in the page cache (microseconds per 64 KiB chunk), so the event loop is held no
 * longer than a chunk's copy. Each body chunk (a 64 KiB socket read) is written as it comes:
 * gathering chunks into 1 MiB buffers before writing tripled the kernel's time in `write` on
 * the bench machine (2026-12-08), `fs.writev` of the queued chunks was slower too, and an
 * async `fs.write` per chunk (the main thread hashing while the thread pool writes) was no
 * faster.
 */
export const openDownloadFile: OpenDownloadFile = (path, flags) => {
  const fd = openSync(path, flags);
  let open = true;
  return {
    write(chunk) {
      for (let at = 0; at < chunk.byteLength; ) {
        at += writeSync(fd, chunk, at, chunk.byteLength - at);
      }
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
  };
};

/**
 * A Writable over `file`: `onWritten(chunkBytes)` after each chunk is in the file. The file is
 * closed when the stream finishes or is destroyed (a failed write, an aborted body).
 */
export function fileSink(file: DownloadFile, onWritten: (chunkBytes: number) => void): Writable {
  return new Writable({
    // Each chunk is written before its callback, so nothing queues here; a mark above any
    // body chunk keeps write() returning true, so the body never waits for a 'drain'.
    highWaterMark: 1024 * 1024,
    write(chunk: Buffer, _encoding, done) {
      try {
        file.write(chunk);
      } catch (error) {
        done(error as Error);
        return;
      }
      onWritten(chunk.byteLength);
      done();
    },
    final(done) {
      try {
        file.close();
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    destroy(error, done) {
      try {
        file.close();
      } catch {
        // The stream's own error (or none) is what the caller sees.
      }
      done(error);
    },
  });
}
