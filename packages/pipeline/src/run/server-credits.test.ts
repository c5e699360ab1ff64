import { describe, expect, it } from 'vitest';
import { readServerCredits } from './server-credits.ts';

const job = { name: 'k', credits: 27, creditsLow: 27 };

describe('readServerCredits', () => {
  it('takes a plausible figure as credits', () => {
    expect(readServerCredits(30, job)).toEqual({ credits: 30 });
    expect(readServerCredits(2700, job)).toEqual({ credits: 2700 });
  });

  it('reads a figure over 100x the estimate as 1/10,000-credit units when that matches (Kling docs: 270000 for 27)', () => {
    expect(readServerCredits(270_000, job)).toMatchObject({ credits: 27 });
    expect(readServerCredits(270_000, job).note).toMatch(/1\/10,000-credit units/);
  });

  it('leaves a figure that matches neither unknown, with a note, never a charge', () => {
    const read = readServerCredits(9_000_000, job);
    expect(read.credits).toBeUndefined();
    expect(read.note).toMatch(/not understood, the estimate is counted/);
    expect(readServerCredits(Number.NaN, job)).toEqual({});
    expect(readServerCredits(-1, job)).toEqual({});
    expect(readServerCredits('27', job)).toEqual({});
  });
});
