import { chainModels } from './fallbacks.ts';
import type { Plan, Problem } from './types.ts';

/** `prompts/a.md:3:11 duration: sora-2-beta-max accepts 10 or 15, got 8 (fix: use one of 10, 15)` */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}:${p.line}:${p.column} ` : '';
  const field = p.field ? `${p.field}: ` : '';
  return `${where}${field}${p.message} (fix: ${p.fix})`;
}

/** The plan as a plain-text table (one row per job), then totals and problems. */
export function formatPlanTable(plan: Plan): string {
  const header = ['name', 'model', 'duration', 'aspect', 'quality', 'credits', 'hash', 'source'];
  const rows = plan.jobs.map((j) => [
    j.name,
    chainModels(j).join(' > '),
    j.request.duration === undefined ? '' : `${j.request.duration}s`,
    String(j.request.aspect_ratio ?? ''),
    String(j.request.quality ?? ''),
    j.credits.toFixed(2),
    j.hash.slice(0, 12),
    `${j.source.file}:${j.source.line}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 5 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  if (plan.jobs.some((j) => j.chain))
    out.push(
      '',
      '`a > b`: b is tried only when a is unavailable; such a video is priced at its dearest model',
    );
  const skipped = plan.skipped ?? { shard: 0, unchanged: 0 };
  const extras = [
    skipped.shard ? `${skipped.shard} in other shards` : '',
    skipped.unchanged ? `${skipped.unchanged} unchanged` : '',
    plan.invalid.length ? `${plan.invalid.length} invalid` : '',
  ].filter(Boolean);
  out.push(
    '',
    `${plan.jobs.length} video${plan.jobs.length === 1 ? '' : 's'}, ${plan.totalCredits.toFixed(2)} credits estimated` +
      (extras.length ? ` (${extras.join(', ')})` : ''),
  );
  if (plan.problems.length > 0) {
    out.push('', `${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}:`);
    for (const p of plan.problems) out.push(`  ${formatProblem(p)}`);
  }
  return out.join('\n');
}

/** The plan as plain JSON (paths relative to the root; no absolute paths). */
export function planToJson(plan: Plan): unknown {
  return {
    jobs: plan.jobs.map((j) => ({
      name: j.name,
      output: j.output,
      source: j.source,
      hash: j.hash,
      credits: j.credits,
      request: j.request,
      ...(j.chain && {
        chain: j.chain.map((m) => ({ model: m.request.model, hash: m.hash, credits: m.credits })),
      }),
    })),
    invalid: plan.invalid,
    problems: plan.problems,
    totalCredits: plan.totalCredits,
    skipped: plan.skipped ?? { shard: 0, unchanged: 0 },
  };
}
