import { describe, expect, it } from 'vitest';
import { releaseContext } from './release-context.ts';

describe('releaseContext', () => {
  it('strips a leading v only before a digit', () => {
    expect(releaseContext({ tag: 'v1.2.0' }).version).toBe('1.2.0');
    expect(releaseContext({ tag: 'version-2' }).version).toBe('version-2');
    expect(releaseContext({ tag: 'vNext' }).version).toBe('vNext');
    expect(releaseContext({ tag: 'v2', version: 'x' }).version).toBe('x');
  });
});
