/**
 * A result file as a virtual byte range: the MP4, then (in large-result mode) a trailing
 * `free` box of zeros, generated while streaming so a large file is never held in memory.
 */
export interface ResultFile {
  size: number;
  /** Bytes [start, end) in chunks of at most `chunk` bytes. */
  chunks(start: number, end: number, chunk?: number): Generator<Uint8Array>;
}

export function resultFile(mp4: Uint8Array, padTo: number | undefined): ResultFile {
  let header = new Uint8Array(0);
  let size = mp4.length;
  if (padTo !== undefined && padTo >= mp4.length + 16) {
    const boxSize = padTo - mp4.length;
    const view = new DataView(new ArrayBuffer(16));
    view.setUint32(0, 1); // size 1: a 64-bit largesize follows
    view.setUint32(4, 0x66726565); // 'free'
    view.setBigUint64(8, BigInt(boxSize));
    header = new Uint8Array(view.buffer);
    size = padTo;
  }
  const prefix = mp4.length + header.length;
  const zeros = new Uint8Array(64 * 1024);
  return {
    size,
    *chunks(start, end, chunk = 64 * 1024) {
      let pos = start;
      while (pos < end) {
        const n = Math.min(chunk, end - pos);
        if (pos < mp4.length) {
          const stop = Math.min(pos + n, mp4.length);
          yield mp4.subarray(pos, stop);
          pos = stop;
        } else if (pos < prefix) {
          const stop = Math.min(pos + n, prefix);
          yield header.subarray(pos - mp4.length, stop - mp4.length);
          pos = stop;
        } else {
          const len = Math.min(n, zeros.length);
          yield zeros.subarray(0, len);
          pos += len;
        }
      }
    },
  };
}

/** Parses a single `Range: bytes=...` header against `size`: a range, 'unsatisfiable', or undefined (serve all). */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return undefined; // multiple or odd ranges: ignore the header and send the whole file
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return undefined;
  if (a === '') {
    const n = Number(b);
    if (n === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size };
  }
  const start = Number(a);
  const end = b === '' ? size : Math.min(size, Number(b) + 1);
  if (start >= size || end <= start) return 'unsatisfiable';
  return { start, end };
}
