import type { DiffEntry, PlanDiff } from '../model/plan-diff.ts';
import type { PriceSource } from '../model/price-source.ts';
import { formatPriceSource, formatUsd } from './format-credits.ts';

/** Options of the diff's reports: where the prices come from, and the time their age counts to. */
export interface DiffReportOptions {
  /** @default the committed snapshot of the vendor's published prices */
  prices?: PriceSource;
  /** @default none: the prices' date without their age */
  now?: number;
}

/** `+12.50`, `-4.00`, `0.00`: credits with their sign. */
export function signedCredits(n: number): string {
  const fixed = Math.abs(n).toFixed(2);
  return n > 0 ? `+${fixed}` : n < 0 ? `-${fixed}` : fixed;
}

function note(e: DiffEntry): string {
  const parts: string[] = [];
  if (e.changes.length > 0) parts.push(`${e.changes.join(', ')} changed`);
  if (e.cached && (e.status === 'added' || e.status === 'changed')) parts.push('already made');
  return parts.join('; ');
}

const credits = (n: number | undefined) => (n === undefined ? '' : n.toFixed(2));

/** The rows that matter in a review: everything but unchanged videos. */
export function changedEntries(diff: PlanDiff): DiffEntry[] {
  return diff.entries.filter((e) => e.status !== 'unchanged');
}

/** One line: `1 added, 2 changed, 0 removed, 3 unchanged; delta +12.00 credits (base 8.00 → head 20.00)`. */
export function formatDiffSummary(diff: PlanDiff, options: DiffReportOptions = {}): string {
  const c = diff.counts;
  return (
    `${c.added} added, ${c.changed} changed, ${c.removed} removed, ${c.unchanged} unchanged; ` +
    `delta ${signedCredits(diff.delta)} credits (base ${diff.base.totalCredits.toFixed(2)} → head ` +
    `${diff.head.totalCredits.toFixed(2)}); generating the change costs ${diff.toGenerate.toFixed(2)} ` +
    `(${formatUsd(diff.toGenerate)})`
  );
}

/** The diff as a plain-text table for a terminal. */
export function formatDiffTable(diff: PlanDiff, options: DiffReportOptions = {}): string {
  const header = ['status', 'name', 'base', 'head', 'delta', 'source', 'note'];
  const rows = changedEntries(diff).map((e) => [
    e.status,
    e.name,
    credits(e.baseCredits),
    credits(e.credits),
    signedCredits(e.delta),
    `${e.source.file}:${e.source.line}`,
    note(e),
  ]);
  const out: string[] = [];
  if (rows.length === 0) out.push('No video changes.');
  else {
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
    );
    const numeric = new Set([2, 3, 4]);
    const line = (cells: string[]) =>
      cells
        .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    out.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  }
  out.push('', formatDiffSummary(diff, options), formatPriceSource(options.prices, options.now));
  if (diff.problems.length > 0) {
    out.push(`${diff.problems.length} problem(s) in the head: run \`clipwright validate\``);
  }
  return out.join('\n');
}

/** Escapes text for a Markdown table cell. */
export function markdownCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** The diff as a GitHub-flavoured Markdown table (for a pull-request comment or job summary). */
export function formatDiffMarkdown(diff: PlanDiff, options: DiffReportOptions = {}): string {
  const rows = changedEntries(diff);
  const source = markdownCell(formatPriceSource(options.prices, options.now));
  const problems =
    diff.problems.length > 0
      ? `${diff.problems.length} problem(s) in the head's prompt files: run \`clipwright validate\`.`
      : undefined;
  if (rows.length === 0)
    return `No video changes.\n\n${formatDiffSummary(diff, options)}\n\n${source}\n${problems ? `\n${problems}\n` : ''}`;
  const lines = [
    '| status | video | base | head | delta | source | note |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map(
      (e) =>
        `| ${e.status} | ${markdownCell(e.name)} | ${credits(e.baseCredits)} | ${credits(e.credits)} | ` +
        `${signedCredits(e.delta)} | ${markdownCell(`${e.source.file}:${e.source.line}`)} | ${markdownCell(note(e))} |`,
    ),
    '',
    `**Total delta: ${signedCredits(diff.delta)} credits** (base ${diff.base.totalCredits.toFixed(2)} → head ` +
      `${diff.head.totalCredits.toFixed(2)}; generating the change costs ${diff.toGenerate.toFixed(2)}, ` +
      `${formatUsd(diff.toGenerate)}). ${diff.counts.unchanged} unchanged.`,
    '',
    source,
  ];
  if (problems) lines.push('', problems);
  return `${lines.join('\n')}\n`;
}

/** The diff as plain JSON. */
export function diffToJson(diff: PlanDiff): unknown {
  return {
    base: diff.base,
    head: diff.head,
    counts: diff.counts,
    delta: diff.delta,
    toGenerate: diff.toGenerate,
    entries: diff.entries,
    problems: diff.problems,
  };
}
