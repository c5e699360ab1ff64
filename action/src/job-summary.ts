import {
  formatBytes,
  type JobResult,
  modelLabel,
  type Outcome,
  outcomes,
  type Problem,
} from '@clipwright/pipeline';

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
}

const cell = (text: string) =>
  text
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

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
    `${o.results.length} videos: ${tally}. Credits ${o.dryRun ? 'estimated' : 'spent'}: ${o.credits}.`,
    '',
    '| name | model | duration | status | credits | size | link |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = o.results.map((r) => {
    const link = o.links.get(r.name);
    const duration =
      r.parameters.duration === undefined ? '' : `${String(r.parameters.duration)} s`;
    return `| ${cell(r.name)} | ${cell(modelLabel(r))} | ${duration} | ${r.status} | ${r.credits} | ${size(r.bytes)} | ${link ? `[download](${link})` : ''} |`;
  });
  const errors = o.results
    .filter((r) => r.error && r.status !== 'invalid')
    .map((r) => `- **${cell(r.name)}** (${r.error?.code}): ${cell(r.error?.message ?? '')}`);
  const problems = o.problems.map(
    (p) =>
      `- \`${cell(`${p.file}:${p.line}:${p.column}`)}\` ${cell(p.field ? `${p.field}: ` : '')}${cell(p.message)}${p.fix ? ` (fix: ${cell(p.fix)})` : ''}`,
  );
  const tail = [
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
