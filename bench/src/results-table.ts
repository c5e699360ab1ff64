import type { BenchResults, ScenarioName } from './run-bench.ts';
import { meets, targets } from './targets.ts';

export interface TableRow {
  key: string;
  value: number | null;
  target: string;
  /** `pass`/`miss` against the target; `null` when not measured; `smoke` when sizes are tiny. */
  result: 'pass' | 'miss' | 'not measured' | 'smoke';
}

/** One row per target key, in the issue's order. */
export function tableRows(results: BenchResults): TableRow[] {
  return targets.map((t) => {
    const dot = t.key.indexOf('.');
    const scenario = t.key.slice(0, dot) as ScenarioName;
    const metric = t.key.slice(dot + 1);
    const value = results.scenarios[scenario]?.metrics[metric] ?? null;
    const target = `${t.op.replace('<=', '≤').replace('>=', '≥')} ${t.value}`;
    const result =
      value === null
        ? 'not measured'
        : results.mode === 'smoke'
          ? 'smoke'
          : meets(value, t)
            ? 'pass'
            : 'miss';
    return { key: t.key, value, target, result };
  });
}

/** The Markdown table, then a line per scenario that was not measured, with its reason. */
export function formatResultsTable(results: BenchResults): string {
  const lines = ['| key | value | target | result |', '| --- | ---: | --- | --- |'];
  for (const row of tableRows(results)) {
    lines.push(
      `| \`${row.key}\` | ${row.value === null ? 'null' : row.value} | ${row.target} | ${row.result} |`,
    );
  }
  const notes = Object.entries(results.scenarios)
    .filter(([, s]) => s.reason !== undefined)
    .map(([name, s]) => `- ${name}: ${s.reason}`);
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

/**
 * results.json: each scenario's figures under its name, a dotted key as nested objects (so
 * `polling.profiles.linear.pollsRatio` is a path),
 * with `reason` when not measured and `details`; then the table rows.
 */
export function resultsJson(results: BenchResults): unknown {
  const scenarios = Object.fromEntries(
    Object.entries(results.scenarios).map(([name, s]) => [
      name,
      {
        ...nested(s.metrics),
        ...(s.reason !== undefined && { reason: s.reason }),
        ...(s.details !== undefined && { details: s.details }),
      },
    ]),
  );
  return {
    mode: results.mode,
    generatedAt: results.generatedAt,
    durationSeconds: results.durationSeconds,
    machine: results.machine,
    ...scenarios,
    table: tableRows(results),
  };
}

/** `{ 'profiles.linear.pollsRatio': 1 }` → `{ profiles: { linear: { pollsRatio: 1 } } }`. */
function nested(metrics: Record<string, number | null>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metrics)) {
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[path.at(-1) as string] = value;
  }
  return out;
}

/**
 * JSON as Biome formats it (2 spaces, arrays of scalars on one line when they fit in 100
 * columns), so that a fresh results.json passes `pnpm lint` as written.
 */
export function formatJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  const collapsed = text.replace(
    /^( *)(.*)\[\n((?:\1 {2}(?:"(?:[^"\\]|\\.)*"|-?[\d.eE+-]+|true|false|null),?\n)+)\1\]/gm,
    (block, indent: string, head: string, items: string) => {
      const line = `${indent}${head}[${items
        .trim()
        .split(/,?\n */)
        .join(', ')}]`;
      return line.length <= 100 ? line : block;
    },
  );
  return `${collapsed}\n`;
}
