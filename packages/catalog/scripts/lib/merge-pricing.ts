import { inferConditions } from '../../src/derive-prices.ts';
import type {
  CatalogMeta,
  CatalogPrice,
  Disagreement,
  PriceSource,
  PricingFile,
  PricingSku,
} from '../../src/types.ts';
import { upsertSource } from './merge-catalog.ts';

/** Our fields on a SKU; every other field is the vendor's and is compared on refresh. */
const OUR_FIELDS = new Set(['conditions', 'conditions_inferred', 'sources']);

function vendorPart(sku: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sku)
      .filter(([key]) => !OUR_FIELDS.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Checks a live `/web/api/models/pricing` answer and keeps its valid video SKUs. */
export function readLiveSkus(body: unknown, notices: string[]): Record<string, unknown>[] {
  const data = (body as { data?: unknown })?.data;
  if (!Array.isArray(data)) throw new Error('the price list has no "data" array');
  const skus: Record<string, unknown>[] = [];
  for (const [index, raw] of data.entries()) {
    const sku = raw as Record<string, unknown>;
    if (sku?.model_type !== 'video') continue;
    const price = sku.cny_price;
    if (
      (typeof sku.sku_id !== 'string' && typeof sku.sku_id !== 'number') ||
      typeof sku.model_name !== 'string' ||
      typeof sku.billing_rule !== 'string' ||
      (price !== undefined && (typeof price !== 'number' || !Number.isFinite(price) || price < 0))
    ) {
      notices.push(
        `data[${index}]: skipped (no valid sku_id, model_name, billing_rule or cny_price)`,
      );
      continue;
    }
    skus.push({ ...sku, sku_id: String(sku.sku_id) });
  }
  return skus;
}

function highest(sources: PriceSource[]): number | undefined {
  const figures = sources.map((source) => source.cny_price).filter(Number.isFinite);
  return figures.length > 0 ? Math.max(...figures) : undefined;
}

function disagreementFor(sku: PricingSku): Disagreement | undefined {
  const figures = new Set(sku.sources.map((source) => source.cny_price));
  if (figures.size < 2) return undefined;
  return {
    model_id: sku.model_name,
    subject: `SKU ${sku.sku_id} cny_price`,
    values: sku.sources.map(({ cny_price, ...source }) => ({ value: `${cny_price} CNY`, source })),
    resolution: `highest wins: ${sku.cny_price} CNY`,
  };
}

/** Hand-written disagreements first, then one per SKU whose sources give different figures. */
export function withSkuDisagreements(current: Disagreement[], skus: PricingSku[]): Disagreement[] {
  const kept = current.filter((item) => !item.subject.startsWith('SKU '));
  return [...kept, ...skus.flatMap((sku) => disagreementFor(sku) ?? [])];
}

/**
 * Merges the live SKUs into the snapshot. A SKU whose vendor fields are unchanged keeps its
 * sources; a changed or new one records the live figure as one more source, and its
 * `cny_price` becomes the highest of all its sources. A SKU that only the live list gave
 * and that left it is removed; SKUs from published pages stay.
 */
export function mergeSkus(
  current: PricingFile,
  live: Record<string, unknown>[],
  context: { url: string; retrieved: string },
): { skus: PricingSku[]; disagreements: Disagreement[]; changes: string[]; unchanged: number } {
  const changes: string[] = [];
  let unchanged = 0;
  const byId = new Map(current.skus.map((sku) => [sku.sku_id, sku]));
  const liveIds = new Set(live.map((sku) => String(sku.sku_id)));
  const skus: PricingSku[] = [];
  for (const raw of live) {
    const id = String(raw.sku_id);
    const previous = byId.get(id);
    const vendor = vendorPart(raw);
    if (previous && JSON.stringify(vendorPart(previous as never)) === JSON.stringify(vendor)) {
      skus.push(previous);
      unchanged += 1;
      continue;
    }
    const figure = typeof raw.cny_price === 'number' ? raw.cny_price : undefined;
    const sources =
      figure === undefined
        ? (previous?.sources ?? [])
        : upsertSource(previous?.sources ?? [], {
            url: context.url,
            retrieved: context.retrieved,
            cny_price: figure,
          });
    const inferred = previous ? undefined : inferConditions(String(raw.sku_name ?? ''));
    const sku = {
      ...(vendor as unknown as PricingSku),
      conditions: previous?.conditions ?? inferred ?? {},
      ...(inferred && Object.keys(inferred).length > 0 ? { conditions_inferred: true } : {}),
      sources,
    } as PricingSku;
    const top = highest(sources);
    if (top !== undefined) sku.cny_price = top;
    skus.push(sku);
    changes.push(
      previous
        ? `~ sku ${id} (${sku.model_name}): cny_price ${previous.cny_price} -> ${sku.cny_price}`
        : `+ sku ${id} (${sku.model_name}): ${sku.cny_price} CNY ${sku.billing_rule}`,
    );
  }
  for (const previous of current.skus) {
    if (liveIds.has(previous.sku_id)) continue;
    const fromLiveOnly = previous.sources.every((source) => source.url === context.url);
    if (fromLiveOnly && previous.sources.length > 0) {
      changes.push(`- sku ${previous.sku_id} (${previous.model_name}): no longer in the live list`);
      continue;
    }
    skus.push(previous);
    unchanged += 1;
  }
  skus.sort((a, b) => a.model_name.localeCompare(b.model_name) || a.sku_id.localeCompare(b.sku_id));
  return {
    skus,
    disagreements: withSkuDisagreements(current.disagreements, skus),
    changes,
    unchanged,
  };
}

/** Checks a live `/v1/catalog/pricing` answer. */
export function readLiveCatalogPrices(body: unknown): {
  meta: CatalogMeta;
  prices: CatalogPrice[];
} {
  const envelope = body as { meta?: CatalogMeta; prices?: unknown };
  if (!envelope?.meta || typeof envelope.meta.catalog_version !== 'string') {
    throw new Error('the catalog pricing answer has no versioned "meta"');
  }
  if (!Array.isArray(envelope.prices))
    throw new Error('the catalog pricing answer has no "prices" array');
  const prices = envelope.prices.filter(
    (price): price is CatalogPrice =>
      typeof price?.sku_id === 'string' &&
      typeof price?.model_id === 'string' &&
      typeof price?.price === 'string' &&
      typeof price?.unit === 'string',
  );
  return { meta: envelope.meta, prices };
}
