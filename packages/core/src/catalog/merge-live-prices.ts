import {
  type CatalogPrice,
  deriveModels,
  inferConditions,
  type ParamsFile,
  type PricingFile,
  type PricingSku,
} from '@clipwright/catalog';
import { type CatalogPriceUse, catalogPriceSkus, MIN_LIVE_CNY } from './catalog-price-skus.ts';
import { catalogEndpoints, type PriceListSku, priceListSkuSchema } from './catalog-schemas.ts';

export interface LivePrices {
  /** Video SKUs of the public price list (entries that do not match the documented shape are skipped). */
  skus?: readonly unknown[];
  /**
   * `/v1/catalog/pricing`, kept as it came; its entries that read as a per-second or per-video
   * price are laid beside the list's (see `catalogPriceSkus`).
   */
  catalogPricing?: { meta: PricingFile['catalog_pricing']['meta']; prices: CatalogPrice[] };
  /** ISO date `/v1/catalog/pricing` was read. @default retrieved */
  catalogPricingRetrieved?: string;
  /** Where the SKUs were read, recorded as each live figure's source. */
  url: string;
  /** ISO date the SKUs were read. */
  retrieved: string;
}

/**
 * The snapshot's prices with the live price list laid over them, so that an estimate is never
 * lower than the snapshot's: a live SKU is added beside the snapshot's SKU of the same id (with
 * the snapshot's request conditions) rather than replacing it, and the estimate takes the
 * dearest rate that applies, so per SKU the higher of live and snapshot wins. A SKU only the
 * live list has is added with the conditions its name states. A live price below one gateway unit
 * (`MIN_LIVE_CNY`) is skipped with a notice: a figure that would make a video free is not taken
 * from a server. The catalog pricing endpoint's
 * entries are added the same way where they read as a price (`catalogPriceSkus`; `catalogPrices`
 * says which were used, and why the others were not). `notices` names skipped entries.
 */
export function mergeLivePrices(
  snapshot: PricingFile,
  live: LivePrices,
  context: { modelIds: readonly string[]; params?: ParamsFile },
): { pricing: PricingFile; notices: string[]; added: number; catalogPrices: CatalogPriceUse[] } {
  const notices: string[] = [];
  const byId = new Map(snapshot.skus.map((sku) => [sku.sku_id, sku]));
  const extra: PricingSku[] = [];
  for (const [index, raw] of (live.skus ?? []).entries()) {
    if ((raw as { model_type?: unknown } | null)?.model_type !== 'video') continue;
    const parsed = priceListSkuSchema.safeParse(raw);
    if (!parsed.success) {
      notices.push(`price list entry ${index} skipped: not the documented shape`);
      continue;
    }
    if (parsed.data.cny_price !== undefined && parsed.data.cny_price < MIN_LIVE_CNY) {
      notices.push(`price list entry ${index} skipped: a price below 1/10,000 credit`);
      continue;
    }
    // A snapshot SKU of the same id lends its conditions only to the same model's price.
    const same = byId.get(parsed.data.sku_id);
    const sku = asSku(
      parsed.data,
      same?.model_name === parsed.data.model_name ? same : undefined,
      live,
    );
    if (sku) extra.push(sku);
  }
  const known = new Map(snapshot.skus.map((sku) => [sku.sku_id, sku]));
  for (const sku of extra) known.set(sku.sku_id.replace(/ \(live\)$/, ''), sku);
  const fromCatalog = catalogPriceSkus(live.catalogPricing?.prices ?? [], {
    known,
    videoModels: new Set([
      ...context.modelIds,
      ...[...known.values()].filter((s) => s.model_type === 'video').map((s) => s.model_name),
    ]),
    url: catalogEndpoints.pricing.path,
    retrieved: live.catalogPricingRetrieved ?? live.retrieved,
  });
  extra.push(...fromCatalog.skus);
  const catalogPrices = fromCatalog.uses;
  const catalog_pricing = live.catalogPricing ?? snapshot.catalog_pricing;
  if (extra.length === 0)
    return { pricing: { ...snapshot, catalog_pricing }, notices, added: 0, catalogPrices };
  const skus = [...snapshot.skus, ...extra];
  const models = deriveModels({
    skus,
    modelIds: context.modelIds as string[],
    creditsPerCny: snapshot.units.credits_per_cny,
    existing: snapshot.models,
    ...(context.params && { params: context.params }),
  });
  return {
    pricing: { ...snapshot, skus, models, catalog_pricing },
    notices,
    added: extra.length,
    catalogPrices,
  };
}

/** A live SKU as a snapshot SKU; `undefined` when it has no price or says exactly what the snapshot says. */
function asSku(
  live: PriceListSku,
  known: PricingSku | undefined,
  where: LivePrices,
): PricingSku | undefined {
  if (live.cny_price === undefined) return undefined;
  if (
    known &&
    known.cny_price === live.cny_price &&
    known.billing_rule === live.billing_rule &&
    JSON.stringify(known.resolution_multipliers ?? {}) ===
      JSON.stringify(live.resolution_multipliers ?? {})
  )
    return undefined;
  const { sku_id, sku_name, model_name, billing_rule, cny_price, resolution_multipliers } = live;
  return {
    sku_id: `${sku_id} (live)`,
    sku_name,
    model_name,
    model_type: 'video',
    billing_rule,
    cny_price,
    ...(resolution_multipliers && { resolution_multipliers }),
    ...(live.min_charge_uc !== undefined && { min_charge_uc: live.min_charge_uc }),
    conditions: known?.conditions ?? inferConditions(sku_name),
    sources: [{ url: where.url, retrieved: where.retrieved, cny_price }],
  };
}
