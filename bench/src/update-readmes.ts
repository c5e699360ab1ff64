// `pnpm --filter @clipwright/bench readmes`: writes the table of bench/results.json (its run's
// date, machine and every key with its target and result) into the root README and
// bench/README.md, between the markers `<!-- bench-table:start -->` and `<!-- bench-table:end -->`.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resultsMarkdown, spliceBetweenMarkers } from './readme-table.ts';

const results = JSON.parse(
  await readFile(fileURLToPath(new URL('../results.json', import.meta.url)), 'utf8'),
);
const table = resultsMarkdown(results);
for (const file of ['../../README.md', '../README.md']) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  await writeFile(path, spliceBetweenMarkers(await readFile(path, 'utf8'), table));
  console.error(`updated ${path}`);
}
