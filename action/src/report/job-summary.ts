import type { Job, JobResult, Outcome, PipelineTypes, Problem } from '@clipwright/pipeline';
import {
  creditsMark,
  formatAssumptions,
  formatBytes,
  formatPriceSource,
  formatSetting,
  formatUsd,
  modelLabel,
  outcomes,
} from '@clipwright/pipeline/report';
import { neutralizeMentions } from '../github/mentions.ts';

/** GitHub shows at most 1 MiB of summary per step; stay well below. */
const SUMMARY_LIMIT = 900 * 1024;

/** Options for {@link renderJobSummary}. */
export interface JobSummaryOptions {
  results: JobResult[];
  /** Videos per outcome; a missing outcome counts 0. */
  counts: Partial<Record<Outcome, number>>;
  credits: number;
  problems: Problem[];
  /** Link per video name (artifact or release asset). */
  links: Map<string, string>;
  dryRun?: boolean;
  /** Extra lines (skips, upload errors). */
  notes?: string[];
  /**
   * The plan's jobs, in a dry run: the table marks defaults (`*`) and estimates made at the
   * dearest value of an unset field (`^`) as `clipwright plan` does, and lists them.
   */
  jobs?: readonly Job[];
  /** Where the prices come from. @default the committed snapshot of the vendor's prices */
  prices?: PipelineTypes.PriceSource;
  /** The time (ms) the prices' age counts to. @default none: their date alone */
  now?: number;
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Repository and server text (names, paths, messages, notes) as inert Markdown for the job
 * summary: HTML's characters as entities (no tag, comment or entity of theirs survives), every
 * other Markdown punctuation backslash-escaped (CommonMark allows it for any ASCII punctuation:
 * no emphasis, link, image, code span or table cell of theirs), autolinks (`https://`, `www.`)
 * and mentions broken by a zero-width space, one line. Hand-written: @actions/core's summary
 * escapes nothing, and no maintained library escapes Markdown for GitHub's dialect.
 */
export function summaryText(text: string): string {
  // Mentions first: the escapes below write `&#39;`, whose `#39` is not a reference.
  return (
    neutralizeMentions(text)
      .replace(/\r\n|\r|\n/g, ' ')
      .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
      // What starts a block only at the start of a line (a note is `> text`): lists, headings.
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
      .replace(/[&<>"']/g, (c) => entities[c] ?? c)
      .replace(/:(?=\/\/)/g, ':\u200B')
      .replace(/\b(www)(?=\.)/gi, '$1\u200B')
  );
}
const cell = summaryText;

const size = (bytes?: number) => (bytes === undefined ? '' : formatBytes(bytes));

/** The job summary in Markdown: a table of videos and the errors. `<video>` is stripped by GitHub, so it links. */
export function renderJobSummary(o: JobSummaryOptions): string {
  const tally = outcomes
    .filter((k) => k !== 'planned' || (o.counts[k] ?? 0) > 0)
    .map((k) => `${o.counts[k] ?? 0} ${k}`)
    .join(', ');
  const head = [
    `## Clipwright${o.dryRun ? ' (dry run)' : ''}`,
    '',
    `${o.results.length} videos: ${tally}. Credits ${o.dryRun ? 'estimated' : 'spent'}: ${o.credits} (${formatUsd(o.credits)}).`,
    '',
    cell(formatPriceSource(o.prices, o.now)),
    '',
    '| name | model | duration | status | credits | size | link |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const jobs = new Map(o.jobs?.map((j) => [j.name, j]));
  const rows = o.results.map((r) => {
    const link = o.links.get(r.name);
    const job = jobs.get(r.name);
    // With fallbacks: the model that made it (or, planned, the chain).
    const model = r.chain ? modelLabel(r) : job ? formatSetting(job, 'model') : r.model;
    const duration = job
      ? formatSetting(job, 'duration', ' s')
      : r.parameters.duration === undefined
        ? ''
        : `${String(r.parameters.duration)} s`;
    // A dry run charges nothing: its column is the estimate, as in `clipwright plan`.
    const credits = `${o.dryRun ? r.estimate : r.credits}${job ? creditsMark(job) : ''}`;
    return `| ${cell(r.name)} | ${cell(model)} | ${cell(duration)} | ${r.status} | ${credits} | ${size(r.bytes)} | ${link ? `[download](${link})` : ''} |`;
  });
  // The legends and the grouped lists, as `clipwright plan` prints them under its table.
  const assumptions = formatAssumptions(o.jobs ?? []).map((line) =>
    line.startsWith('  ') ? `- ${cell(line.trim())}` : cell(line),
  );
  const errors = o.results
    .filter((r) => r.error && r.status !== 'invalid')
    .map(
      (r) =>
        `- **${cell(r.name)}** (${cell(r.error?.code ?? '')}): ${cell(r.error?.message ?? '')}`,
    );
  const problems = o.problems.map(
    (p) =>
      `- ${cell(`${p.file}:${p.line}:${p.column}`)}: ${cell(p.field ? `${p.field}: ` : '')}${cell(p.message)}${p.fix ? ` (fix: ${cell(p.fix)})` : ''}`,
  );
  const tail = [
    ...(assumptions.length ? ['', '### Assumed settings', '', ...assumptions] : []),
    ...(errors.length ? ['', '### Errors', '', ...errors] : []),
    ...(problems.length ? ['', '### Problems in prompt files', '', ...problems] : []),
    ...(o.notes?.length ? ['', ...o.notes.map((n) => `> ${cell(n)}`)] : []),
  ];
  let text = [...head, ...rows, ...tail, ''].join('\n');
  // Keep the step's summary under GitHub's limit: drop rows from the end and say so.
  while (Buffer.byteLength(text) > SUMMARY_LIMIT && rows.length > 0) {
    rows.splice(Math.floor(rows.length / 2));
    text = [
      ...head,
      ...rows,
      `| … | | | | | | see manifest.json for the rest |`,
      ...tail.slice(0, 50),
      '',
    ].join('\n');
  }
  return text;
}
