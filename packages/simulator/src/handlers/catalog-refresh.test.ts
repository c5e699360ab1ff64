import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSummary, refreshSnapshot } from '../../../catalog/scripts/lib/refresh-snapshot.ts';
import { sim } from '../../test/test-helpers.ts';

/** `pnpm catalog:refresh` against the simulator, which serves the committed snapshot. */
const committed = fileURLToPath(new URL('../../../catalog/data/', import.meta.url));

async function copyOfSnapshot(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'catalog-refresh-sim-'));
  await cp(committed, dir, { recursive: true });
  return dir;
}

describe('catalog:refresh against the simulator', () => {
  it('reads the three endpoints and writes the same files back, dated', async () => {
    const s = await sim();
    const dir = await copyOfSnapshot();
    const summary = await refreshSnapshot({
      baseUrl: s.url,
      dataDir: dir,
      retrieved: '2026-12-08',
    });
    expect(summary.failed).toEqual([]);
    expect(summary.changes).toEqual([]);
    expect(formatSummary(summary)).toMatch(/= \d+ models and 16 SKUs unchanged, 0 changes/);
    const read = async (folder: string, name: string) =>
      JSON.parse(await readFile(join(folder, name), 'utf8'));
    const catalog = await read(dir, 'catalog.json');
    const pricing = await read(dir, 'pricing.json');
    // The date of the read is stamped on the files; nothing else moved.
    expect(catalog.retrieved).toBe('2026-12-08');
    expect(pricing.retrieved).toBe('2026-12-08');
    expect(catalog.models).toEqual((await read(committed, 'catalog.json')).models);
    expect(pricing.skus).toEqual((await read(committed, 'pricing.json')).skus);
    expect(pricing.models).toEqual((await read(committed, 'pricing.json')).models);
    for (const sku of pricing.skus) expect(sku.sources.length).toBeGreaterThan(0);
    expect(s.stats().catalog.served).toBe(3);
  });

  it('keeps every file when the endpoints fail', async () => {
    const s = await sim({
      faults: { rules: [{ on: 'catalog', fault: 'status', status: 404, every: 1 }] },
    });
    const dir = await copyOfSnapshot();
    const summary = await refreshSnapshot({
      baseUrl: s.url,
      dataDir: dir,
      retrieved: '2026-12-08',
    });
    expect(summary.failed).toHaveLength(3);
    for (const name of ['catalog.json', 'pricing.json'])
      expect(await readFile(join(dir, name), 'utf8')).toBe(
        await readFile(join(committed, name), 'utf8'),
      );
  });
});
