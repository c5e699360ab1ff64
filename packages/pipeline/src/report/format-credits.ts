import { roundCredits } from '../model/credits.ts';

/** Credits as every report prints them: {@link roundCredits}, or `?` when not a number. */
export function formatCredits(credits: number): string {
  return Number.isFinite(credits) ? String(roundCredits(credits)) : '?';
}
