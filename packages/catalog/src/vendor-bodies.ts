import type { CatalogFile, PricingFile } from './types.ts';

/**
 * The answers the vendor's endpoints give for a snapshot, in their own shapes (our fields
 * stripped): `GET /v1/catalog/models` (listed models only), `GET /v1/catalog/pricing` and
 * `GET /web/api/models/pricing`. Health is never in a snapshot, so it has no body here. The
 * simulator serves these, and the refresh tests read them back.
 */
export interface VendorBodies {
  models: { meta: CatalogFile['meta']; models: Record<string, unknown>[] };
  catalogPricing: PricingFile['catalog_pricing'];
  priceList: { success: true; data: Record<string, unknown>[] };
}

/** The vendor-shaped bodies of `catalog` and `pricing` (fresh objects: callers may edit them). */
export function vendorBodies(catalog: CatalogFile, pricing: PricingFile): VendorBodies {
  const models = catalog.models
    .filter((model) => model.listed)
    .map(({ successor, listed, source, retrieved, evidence, ...vendor }) => ({ ...vendor }));
  const skus = pricing.skus.map(({ conditions, conditions_inferred, sources, ...vendor }) => ({
    ...vendor,
  }));
  return structuredClone({
    models: { meta: catalog.meta, models },
    catalogPricing: pricing.catalog_pricing,
    priceList: { success: true as const, data: skus },
  });
}
