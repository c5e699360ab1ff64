import { priceList } from '@clipwright/core/internal';
import { chainModels } from '../model/chain.ts';
import type { Job, Plan } from '../model/plan.ts';
import { formatProblem } from '../model/problem.ts';
import { formatPriceSource, formatUsd, snapshotPrices } from './format-credits.ts';

/** Marks a value no file set: the model's documented default (or the default model). */
const DEFAULT = '*';
/** Marks an unset value without a default, and the estimate priced at its dearest value. */
const DEAREST = '^';
/** Marks an estimate that no published price covers: a guess. */
const UNPRICED = '?';

/** Options of {@link formatPlanTable}. */
export interface PlanTableOptions {
  /**
   * The time (ms since the epoch) the prices' age is counted to.
   * @default none: the prices' date is shown without their age
   * @example Date.now()
   */
  now?: number;
}

/**
 * The plan as a plain-text table (one row per job), then totals in credits and US dollars,
 * where the prices come from and how old they are, the videos a change of the default model
 * makes new again, model warnings (deprecated, no longer listed) and problems.
 */
export function formatPlanTable(plan: Plan, options: PlanTableOptions = {}): string {
  const header = ['name', 'model', 'duration', 'aspect', 'quality', 'credits', 'hash', 'source'];
  const rows = plan.jobs.map((j) => [
    j.name,
    j.chain ? chainModels(j).join(' > ') : formatSetting(j, 'model'),
    formatSetting(j, 'duration', 's'),
    formatSetting(j, 'aspect_ratio'),
    formatSetting(j, 'quality'),
    creditsCell(j),
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
  out.push(...storyboardLines(plan));
  const skipped = plan.skipped ?? { shard: 0, unchanged: 0 };
  const extras = [
    skipped.shard ? `${skipped.shard} in other shards` : '',
    skipped.unchanged ? `${skipped.unchanged} unchanged` : '',
    plan.invalid.length ? `${plan.invalid.length} invalid` : '',
  ].filter(Boolean);
  out.push(
    '',
    `${plan.jobs.length} video${plan.jobs.length === 1 ? '' : 's'}, ${plan.totalCredits.toFixed(2)} credits estimated (${formatUsd(plan.totalCredits)}, at the high end)` +
      (extras.length ? ` (${extras.join(', ')})` : ''),
    formatPriceSource(plan.priceSource, options.now),
  );
  if (plan.defaultModelChange) out.push('', formatDefaultModelChange(plan.defaultModelChange));
  const assumptions = formatAssumptions(plan.jobs);
  if (assumptions.length > 0) out.push('', ...assumptions);
  const warnings = plan.warnings ?? [];
  if (warnings.length > 0) {
    out.push('', `${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
    for (const w of warnings) out.push(`  ${formatProblem(w)}`);
  }
  if (plan.problems.length > 0) {
    out.push('', `${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}:`);
    for (const p of plan.problems) out.push(`  ${formatProblem(p)}`);
  }
  return out.join('\n');
}

/** A job's estimate: `207.36-345.67^` for a range, `288.06?` for a guess (no published price). */
function creditsCell(j: Job): string {
  const high = j.credits.toFixed(2);
  const range = j.creditsLow !== undefined ? `${j.creditsLow.toFixed(2)}-${high}` : high;
  return `${range}${j.unpriced !== undefined ? UNPRICED : creditsMark(j) || ' '}`;
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
      ...(j.creditsLow !== undefined && { creditsLow: j.creditsLow }),
      ...(j.unpriced !== undefined && { unpriced: j.unpriced }),
      request: j.request,
      ...(j.chain && {
        chain: j.chain.map((m) => ({ model: m.request.model, hash: m.hash, credits: m.credits })),
      }),
      defaults: j.defaults ?? {},
      pricedAtDearest: j.pricedAtDearest ?? {},
    })),
    invalid: plan.invalid,
    problems: plan.problems,
    totalCredits: plan.totalCredits,
    prices: { ...priceList(), source: plan.priceSource ?? snapshotPrices() },
    warnings: plan.warnings ?? [],
    ...(plan.defaultModelChange && { defaultModelChange: plan.defaultModelChange }),
    skipped: plan.skipped ?? { shard: 0, unchanged: 0 },
    ...(plan.storyboards && { storyboards: plan.storyboards }),
  };
}

/** A request value for a table: `*` when it is a default, `^` when it was priced at its dearest. */
export function formatSetting(job: Job, field: string, unit = ''): string {
  const dearest = job.pricedAtDearest?.[field];
  if (dearest !== undefined) return `${String(dearest)}${unit}${DEAREST}`;
  const value = job.request[field];
  if (value === undefined) return '';
  return `${String(value)}${unit}${job.defaults && field in job.defaults ? DEFAULT : ''}`;
}

/** `duration 10, remove_watermark true` */
function formatSettings(settings: Record<string, unknown>): string {
  return Object.entries(settings)
    .map(([field, value]) => `${field} ${String(value)}`)
    .join(', ');
}

/** Jobs grouped by the same settings, each group on one line: `a, b: duration 10`. */
function groupLines(
  jobs: readonly Job[],
  settingsOf: (j: Job) => Record<string, unknown> | undefined,
) {
  const groups = new Map<string, string[]>();
  for (const j of jobs) {
    const settings = settingsOf(j);
    if (!settings) continue;
    const key = formatSettings(settings);
    groups.set(key, [...(groups.get(key) ?? []), j.name]);
  }
  return [...groups].map(([settings, names]) => {
    const shown =
      names.length > 5
        ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`
        : names.join(', ');
    return `  ${shown}: ${settings}`;
  });
}

/** `^` when the job's estimate priced an unset field at its dearest value, else empty. */
export function creditsMark(job: Job): string {
  return job.pricedAtDearest ? DEAREST : '';
}

/**
 * What the plan assumed for settings no file gave, under a legend each: the defaults used,
 * and the dearest values estimates were made at. Empty when nothing was assumed.
 */
export function formatAssumptions(jobs: readonly Job[]): string[] {
  const defaults = groupLines(jobs, (j) => j.defaults);
  const dearest = groupLines(jobs, (j) => j.pricedAtDearest);
  const unpriced = groupLines(jobs, (j) => (j.unpriced ? { [j.unpriced]: '' } : undefined));
  const out: string[] = [];
  if (unpriced.length > 0)
    out.push(
      `No published price (${UNPRICED}: a guess at the dearest published rate; under max-credits state --max-credits-per-video):`,
      ...unpriced.map((l) => l.trimEnd()),
      '',
    );
  if (defaults.length > 0)
    out.push(
      `Defaults used (${DEFAULT}: set nowhere, so the API's documented default applies):`,
      ...defaults,
    );
  if (dearest.length > 0)
    out.push(
      ...(out.length > 0 && out.at(-1) !== '' ? [''] : []),
      `Priced at the dearest value (${DEAREST}: set nowhere and without a default; the estimate is an upper bound, set the value for an exact price):`,
      ...dearest,
    );
  if (out.at(-1) === '') out.pop();
  return out;
}

/**
 * `3 videos will be generated again: the default model changed from sora-2-beta-max to
 * kling-v3-text-to-video, and they name no model (a, b, c). ...` with how to keep them.
 */
export function formatDefaultModelChange(change: NonNullable<Plan['defaultModelChange']>): string {
  const n = change.videos.length;
  const names =
    n > 5 ? `${change.videos.slice(0, 5).join(', ')} and ${n - 5} more` : change.videos.join(', ');
  return (
    `${n} video${n === 1 ? '' : 's'} will be generated (and paid) again: the default model changed from ` +
    `${change.from} to ${change.to}, and ${n === 1 ? 'it names' : 'they name'} no model (${names}). ` +
    `Their videos made with ${change.from} stay in the state folder's cache; to use them, set ` +
    `\`model: ${change.from}\` (no longer listed by the vendor) in the file or the defaults.`
  );
}

/** One line per storyboard: its output, its shots and how they are joined (no credits of its own). */
function storyboardLines(plan: Plan): string[] {
  const lines = (plan.storyboards ?? []).map((b) => {
    const t = b.settings.transition;
    const join = t?.kind === 'crossfade' ? `crossfades of ${t.seconds} s` : 'cuts';
    const cards = [b.settings.titleCard && 'a title card', b.settings.endCard && 'an end card']
      .filter(Boolean)
      .join(' and ');
    return `  ${b.output} <- ${b.shots.length} shots (${b.shots[0]} ... ${b.shots.at(-1)}), ${join}${cards ? `, ${cards}` : ''}${b.audio ? `, sound ${b.audio.file}` : ''}: ${b.credits.toFixed(2)} credits in its shots`;
  });
  return lines.length > 0
    ? ['', `Storyboards, assembled with ffmpeg once their shots are delivered:`, ...lines]
    : [];
}
