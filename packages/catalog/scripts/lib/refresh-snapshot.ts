import { join } from 'node:path';
import { deriveModels } from '../../src/derive-prices.ts';
import type { CatalogFile, ParamsFile, PricingFile } from '../../src/types.ts';
import { type FetchJsonOptions, fetchJson } from './fetch-json.ts';
import { readJson, readJsonIfExists, writeJson } from './json-file.ts';
import { mergeCatalog, readLiveModels, upsertSource } from './merge-catalog.ts';
import { mergeSkus, readLiveCatalogPrices, readLiveSkus } from './merge-pricing.ts';

export interface RefreshOptions extends FetchJsonOptions {
  /** Base of `/v1/catalog/*`. @default 'https://api.evolink.ai' */
  baseUrl: string;
  /** Base of the public price list `/web/api/models/pricing`. @default baseUrl */
  webBaseUrl?: string;
  /** Folder holding catalog.json, pricing.json and params.json. */
  dataDir: string;
  /** ISO date stamped on what changes and on the files. @example '2026-12-07' */
  retrieved: string;
}

export interface RefreshSummary {
  /** One line per change, `+` new, `~` changed, `-` gone or unlisted. */
  changes: string[];
  /** Endpoints that could not be read; their part of the snapshot is kept as it was. */
  failed: string[];
  notices: string[];
  unchanged: { models: number; skus: number };
}

function endpoint(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/**
 * Reads the live catalog, catalog pricing and public price list and rewrites catalog.json and
 * pricing.json in the same shapes. Hand-written parts (unpriced markers, disagreements,
 * lifecycle evidence, successors, SKU conditions) are kept. Health is never read or written.
 */
export async function refreshSnapshot(options: RefreshOptions): Promise<RefreshSummary> {
  const summary: RefreshSummary = {
    changes: [],
    failed: [],
    notices: [],
    unchanged: { models: 0, skus: 0 },
  };
  const catalogPath = join(options.dataDir, 'catalog.json');
  const pricingPath = join(options.dataDir, 'pricing.json');
  let catalog = await readJson<CatalogFile>(catalogPath);
  let pricing = await readJson<PricingFile>(pricingPath);
  const params = await readJsonIfExists<ParamsFile>(join(options.dataDir, 'params.json'));
  const context = (url: string) => ({ url, retrieved: options.retrieved });

  const modelsUrl = endpoint(options.baseUrl, '/v1/catalog/models?capability=video');
  try {
    const live = readLiveModels(await fetchJson(modelsUrl, options), summary.notices);
    const merged = mergeCatalog(catalog, live, context(modelsUrl));
    catalog = merged.file;
    summary.changes.push(...merged.changes);
    summary.unchanged.models = merged.unchanged;
  } catch (error) {
    summary.failed.push((error as Error).message);
  }

  const listUrl = endpoint(options.webBaseUrl ?? options.baseUrl, '/web/api/models/pricing');
  try {
    const live = readLiveSkus(await fetchJson(listUrl, options), summary.notices);
    const merged = mergeSkus(pricing, live, context(listUrl));
    const sources =
      merged.changes.length > 0 ? upsertSource(pricing.sources, context(listUrl)) : pricing.sources;
    pricing = { ...pricing, skus: merged.skus, disagreements: merged.disagreements, sources };
    summary.changes.push(...merged.changes);
    summary.unchanged.skus = merged.unchanged;
  } catch (error) {
    summary.failed.push((error as Error).message);
  }

  const pricesUrl = endpoint(options.baseUrl, '/v1/catalog/pricing');
  try {
    const live = readLiveCatalogPrices(await fetchJson(pricesUrl, options));
    const ids = new Set(catalog.models.map((model) => model.model_id));
    const next = {
      meta: live.meta,
      prices: live.prices.filter((price) => ids.has(price.model_id)),
    };
    if (JSON.stringify(next) !== JSON.stringify(pricing.catalog_pricing)) {
      summary.changes.push(
        `~ catalog pricing: ${next.prices.length} video prices (${live.meta.catalog_version})`,
      );
      pricing = {
        ...pricing,
        catalog_pricing: next,
        sources: upsertSource(pricing.sources, context(pricesUrl)),
      };
    }
  } catch (error) {
    summary.failed.push((error as Error).message);
  }

  const models = deriveModels({
    skus: pricing.skus,
    modelIds: catalog.models.map((model) => model.model_id),
    creditsPerCny: pricing.units.credits_per_cny,
    existing: pricing.models,
    params,
  });
  for (const [id, model] of Object.entries(models)) {
    const before = pricing.models[id];
    if (JSON.stringify(before) !== JSON.stringify(model)) {
      const rate =
        model.status === 'priced'
          ? `${model.max_credits_per_second} credits/s at most`
          : 'unpriced';
      summary.changes.push(`${before ? '~' : '+'} price ${id}: ${rate}`);
    }
  }
  pricing = { ...pricing, retrieved: options.retrieved, models };
  if (summary.failed.length < 3) {
    await writeJson(catalogPath, catalog);
    await writeJson(pricingPath, pricing);
  }
  return summary;
}

/** The summary as printed by `catalog:refresh`. */
export function formatSummary(summary: RefreshSummary): string {
  const lines = [...summary.changes];
  lines.push(
    `= ${summary.unchanged.models} models and ${summary.unchanged.skus} SKUs unchanged, ${summary.changes.length} changes`,
  );
  for (const notice of summary.notices) lines.push(`notice: ${notice}`);
  for (const failure of summary.failed) lines.push(`not refreshed: ${failure}`);
  return lines.join('\n');
}
