/**
 * `pnpm catalog:refresh`: rewrites data/catalog.json and data/pricing.json from the live
 * endpoints and prints what changed. The key (optional) is read from EVOLINK_API_KEY and
 * only ever sent as a header.
 *
 * @example node packages/catalog/scripts/refresh.ts --base-url https://api.evolink.ai
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isoDate } from './lib/json-file.ts';
import { formatSummary, refreshSnapshot } from './lib/refresh-snapshot.ts';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: 'https://api.evolink.ai' },
    'web-base-url': { type: 'string' },
    'data-dir': { type: 'string', default: fileURLToPath(new URL('../data/', import.meta.url)) },
    retrieved: { type: 'string', default: isoDate() },
  },
});

if (!/^\d{4}-\d{2}-\d{2}$/.test(values.retrieved)) {
  console.error(`--retrieved: "${values.retrieved}" is not a YYYY-MM-DD date`);
  process.exit(2);
}

const summary = await refreshSnapshot({
  baseUrl: values['base-url'],
  ...(values['web-base-url'] ? { webBaseUrl: values['web-base-url'] } : {}),
  dataDir: values['data-dir'],
  retrieved: values.retrieved,
  ...(process.env.EVOLINK_API_KEY ? { apiKey: process.env.EVOLINK_API_KEY } : {}),
});
console.log(formatSummary(summary));
if (summary.failed.length === 3) process.exit(1);
