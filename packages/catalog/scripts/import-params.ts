/**
 * Converts the vendor's generated parameter catalog into data/params.json.
 *
 * The input is the vendor's `packages/core/src/data/model-params.generated.ts` (or its JSON),
 * read from a checkout of EvoLinkAI/evolink-mcp; it is never committed here. Hand-written prose
 * rules and hand-written models already in params.json are kept.
 *
 * @example node packages/catalog/scripts/import-params.ts /tmp/model-params.generated.ts \
 *   --commit 48a8fe9a44948a4534866a691ccccd52fb9d55b9 --retrieved 2026-12-07
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { priceFieldsFromRates } from '../src/derive-prices.ts';
import type { ParamsFile, PricingFile } from '../src/types.ts';
import { isoDate, readJsonIfExists, writeJson } from './lib/json-file.ts';
import { importParams, parseVendorParams } from './lib/vendor-params.ts';

const VENDOR_PATH = 'packages/core/src/data/model-params.generated.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    commit: { type: 'string' },
    repo: { type: 'string', default: 'EvoLinkAI/evolink-mcp' },
    'data-dir': { type: 'string', default: fileURLToPath(new URL('../data/', import.meta.url)) },
    retrieved: { type: 'string', default: isoDate() },
  },
});

const input = positionals[0];
if (!input || !values.commit) {
  console.error(
    'usage: import-params.ts <model-params.generated.ts> --commit <vendor commit> [--retrieved YYYY-MM-DD]',
  );
  process.exit(2);
}

const index = parseVendorParams(await readFile(input, 'utf8'), input);
const paramsPath = join(values['data-dir'], 'params.json');
const pricing = await readJsonIfExists<PricingFile>(join(values['data-dir'], 'pricing.json'));
const existing = await readJsonIfExists<ParamsFile>(paramsPath);
const file = importParams(index, {
  source: `${values.repo}/${VENDOR_PATH}@${values.commit}`,
  commit: values.commit,
  path: VENDOR_PATH,
  retrieved: values.retrieved,
  ...(existing ? { existing } : {}),
  ...(pricing ? { priceFields: priceFieldsFromRates(pricing.models) } : {}),
});
await writeJson(paramsPath, file);
const count = Object.values(file.models).filter(
  (model) => model.origin === 'vendor-generated',
).length;
console.log(
  `${paramsPath}: ${count} video models from ${file.generated_from.source} (docs ${file.generated_from.docs_commit})`,
);
