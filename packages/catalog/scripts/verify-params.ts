/**
 * Checks data/params.json against a copy of the vendor's generated parameter catalog and exits
 * 1 naming every model and field that differs (0 when they agree). With `--record`, a passing
 * check writes today's date (or `--verified`) into `generated_from.verified`.
 *
 * The vendor file is `packages/core/src/data/model-params.generated.ts` of EvoLinkAI/evolink-mcp
 * at the commit params.json names; it is never committed here.
 *
 * @example node packages/catalog/scripts/verify-params.ts /tmp/model-params.generated.ts \
 *   --commit 48a8fe9a44948a4534866a691ccccd52fb9d55b9
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { priceFieldsFromRates } from '../src/derive-prices.ts';
import type { ParamsFile, PricingFile } from '../src/types.ts';
import { isoDate, readJson, readJsonIfExists, writeJson } from './lib/json-file.ts';
import { parseVendorParams } from './lib/vendor-params.ts';
import { formatDifference, verifyParams } from './lib/verify-params.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    commit: { type: 'string' },
    'data-dir': { type: 'string', default: fileURLToPath(new URL('../data/', import.meta.url)) },
    record: { type: 'boolean', default: false },
    verified: { type: 'string', default: isoDate() },
  },
});

const input = positionals[0];
if (!input) {
  console.error(
    'usage: verify-params.ts <model-params.generated.ts> [--commit <vendor commit>] [--data-dir <dir>] [--record]',
  );
  process.exit(2);
}

const index = parseVendorParams(await readFile(input, 'utf8'), input);
const paramsPath = join(values['data-dir'], 'params.json');
const file = await readJson<ParamsFile>(paramsPath);
const pricing = await readJsonIfExists<PricingFile>(join(values['data-dir'], 'pricing.json'));
const differences = verifyParams(
  index,
  file,
  pricing ? { priceFields: priceFieldsFromRates(pricing.models) } : {},
);
const problems = differences.map(formatDifference);
if (values.commit && values.commit !== file.generated_from.commit) {
  problems.unshift(
    `generated_from.commit: params.json names ${file.generated_from.commit}, the vendor file given is ${values.commit}; re-import it (pnpm catalog:import-params)`,
  );
}
if (index.meta.commit !== file.generated_from.docs_commit) {
  problems.unshift(
    `generated_from.docs_commit: params.json names ${file.generated_from.docs_commit}, the vendor file was made from docs commit ${index.meta.commit}`,
  );
}
if (problems.length > 0) {
  console.error(`${paramsPath} differs from ${input} in ${problems.length} place(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(
    'Fix: re-import with pnpm catalog:import-params, or correct the hand-written rule.',
  );
  process.exit(1);
}
const count = Object.values(index.models).filter((model) => model.kind === 'video').length;
if (values.record) {
  file.generated_from.verified = values.verified;
  await writeJson(paramsPath, file);
}
console.log(
  `${paramsPath} matches ${input}: ${count} video models${values.record ? `, verified ${values.verified}` : ''}`,
);
