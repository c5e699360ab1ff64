// `pnpm bench` (full sizes, writes bench/results.json) or `pnpm bench -- --smoke`.
// Options: --smoke, --only polling,batch,shards,download,coldStart,cli,scale,storyboard,poster,
// --out FILE (--out - for none).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatJson, formatResultsTable, resultsJson } from './results-table.ts';
import { runBench, type ScenarioName, scenarioNames } from './run-bench.ts';

// `pnpm run bench -- --smoke` passes the `--` through: drop it.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((s) => !(scenarioNames as readonly string[]).includes(s));
if (unknown && unknown.length > 0) {
  console.error(`unknown scenario ${unknown.join(', ')}: expected ${scenarioNames.join(', ')}`);
  process.exit(2);
}
const results = await runBench({
  smoke: values.smoke,
  ...(only && { only: only as ScenarioName[] }),
  log: (line) => console.error(line),
});
console.log(formatResultsTable(results));
const defaultOut = values.smoke
  ? undefined
  : fileURLToPath(new URL('../results.json', import.meta.url));
const out = values.out === '-' ? undefined : (values.out ?? defaultOut);
if (out) {
  await writeFile(out, formatJson(resultsJson(results)));
  console.error(`wrote ${out}`);
}
