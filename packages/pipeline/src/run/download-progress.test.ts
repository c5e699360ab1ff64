import { describe, expect, it } from 'vitest';
import { type DownloadProgress, throttleDownloadProgress } from './download-progress.ts';

/** A 10 MiB download in 64 KiB chunks, `msPerChunk` of fake time apart. */
function download(options: { msPerChunk: number; total?: number; finishWith?: number }) {
  let now = 1_000;
  const seen: Array<DownloadProgress & { at: number }> = [];
  const progress = throttleDownloadProgress(
    (p) => seen.push({ ...p, at: now }),
    () => now,
  );
  const chunk = 64 * 1024;
  const size = 10 * 1024 * 1024;
  for (let bytes = chunk; bytes <= size; bytes += chunk) {
    progress.report({ bytes, ...(options.total !== undefined && { total: options.total }) });
    now += options.msPerChunk;
  }
  progress.finish(options.finishWith ?? size);
  return seen;
}

describe('throttleDownloadProgress', () => {
  it('passes at most 4 reports a second, then the final 100 %', () => {
    // 160 chunks over 1.6 s of fake time.
    const seen = download({ msPerChunk: 10, total: 10 * 1024 * 1024 });
    const beforeFinal = seen.slice(0, -1);
    expect(beforeFinal.length).toBeLessThanOrEqual(7);
    for (let i = 1; i < beforeFinal.length; i++) {
      expect((beforeFinal[i]?.at ?? 0) - (beforeFinal[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(250);
    }
    expect(seen[0]?.bytes).toBe(64 * 1024);
    expect(seen.at(-1)).toMatchObject({ bytes: 10 * 1024 * 1024, total: 10 * 1024 * 1024 });
    // The final chunk is passed on; finish() does not repeat it.
    expect(seen.filter((p) => p.bytes === 10 * 1024 * 1024)).toHaveLength(1);
  });

  it('reports every chunk when they are further apart than the interval', () => {
    expect(download({ msPerChunk: 300 })).toHaveLength(160);
  });

  it('without a total, finish() gives the final figure as 100 %', () => {
    const seen = download({ msPerChunk: 1 });
    // All 160 chunks fall in 160 ms: the first, then the final from finish().
    expect(seen.map((p) => p.bytes)).toEqual([64 * 1024, 10 * 1024 * 1024]);
    expect(seen.at(-1)).toEqual({ bytes: 10 * 1024 * 1024, total: 10 * 1024 * 1024, at: 1160 });
  });
});
