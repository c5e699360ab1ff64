import type { BalanceCheck, JobResult } from '@clipwright/pipeline';
import { formatBalance, modelLabel } from '@clipwright/pipeline/report';
import type { Style } from './style.ts';

/** `0:07`, `3:20`, `1:02:03`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Credits by the pipeline's one rounding rule (`roundCredits`), so every report agrees. */
export { formatCredits } from '@clipwright/pipeline/report';

/** A text bar of `width` cells for 0-100. Hand-written: one line of arithmetic. */
export function progressBar(percent: number, width: number): string {
  const filled = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** ` (made by sora-2-beta-max (fallback for sora-2))` when a fallback made the video, else empty. */
export function madeBy(r: Pick<JobResult, 'model' | 'chain' | 'status'>): string {
  return r.chain && r.chain[0] !== r.model ? ` (made by ${modelLabel(r)})` : '';
}

/** The balance line of `generate` and `doctor`: yellow unless the plan fits a known balance. */
export function balanceLine(check: BalanceCheck, s: Style): string {
  const fine = check.status === 'known' && check.fits;
  return fine ? formatBalance(check) : s.yellow(formatBalance(check));
}
