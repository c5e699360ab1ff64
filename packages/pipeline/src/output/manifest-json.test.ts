import { describe, expect, it } from 'vitest';
import { manifestJson } from './manifest-json.ts';

describe('manifestJson', () => {
  const head = { version: 1, credits: 21, counts: { completed: 2 } };
  const videos = [
    { name: 'a', parameters: { duration: 10 }, prompt: 'line one\nline two "quoted"' },
    { name: 'b', parameters: {}, error: { code: 'x', message: 'y' } },
  ];

  it.each([
    ['two videos', videos],
    ['one video', videos.slice(0, 1)],
    ['no video', []],
  ])('writes what JSON.stringify(..., null, 2) writes, a video at a time (%s)', (_n, list) => {
    const chunks = [...manifestJson(head, list)];
    expect(chunks.join('')).toBe(`${JSON.stringify({ ...head, videos: list }, null, 2)}\n`);
    expect(chunks).toHaveLength(list.length === 0 ? 1 : list.length + 2);
    // Each chunk ends a line, so redaction may go chunk by chunk.
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
  });
});
