/** What `resultsMarkdown` reads from results.json. */
export interface ResultsFile {
  mode: string;
  generatedAt: string;
  durationSeconds: number;
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  table: Array<{ key: string; value: number | null; target: string; result: string }>;
}

export const START = '<!-- bench-table:start -->';
export const END = '<!-- bench-table:end -->';

/** The run's date and machine, then one row per key (as `pnpm bench` printed it). */
export function resultsMarkdown(r: ResultsFile): string {
  const m = r.machine;
  const passed = r.table.filter((row) => row.result === 'pass').length;
  return [
    `A \`pnpm bench\` run (${r.mode}) on ${r.generatedAt.slice(0, 10)} (${r.generatedAt.slice(11, 16)} UTC): Node ${m.node.replace(/^v/, '')}, ${m.platform}, ${m.cpus} × ${m.cpuModel}; ${Math.round(r.durationSeconds / 60)} minutes in all. ${passed} of ${r.table.length} targets met.`,
    '',
    '| key | value | target | result |',
    '| --- | ---: | --- | --- |',
    ...r.table.map(
      (row) => `| \`${row.key}\` | ${row.value ?? 'null'} | ${row.target} | ${row.result} |`,
    ),
  ].join('\n');
}

/** `text` with what lies between the markers replaced by `content`; an error without them. */
export function spliceBetweenMarkers(text: string, content: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`no ${START} … ${END} markers`);
  return `${text.slice(0, start + START.length)}\n${content}\n${text.slice(end)}`;
}
