import type { CatalogPrice, PricingSku } from '@clipwright/catalog';

/** What became of one `/v1/catalog/pricing` entry: used in estimates, or why not. */
export interface CatalogPriceUse {
  sku_id: string;
  model_id: string;
  /** As the vendor wrote it, e.g. `USD 0.2 second`. */
  price: string;
  /** Laid beside the price list's rates (the dearest that applies wins). */
  used: boolean;
  /** Why it is not used (`used: false`). */
  reason?: string;
}

/**
 * `/v1/catalog/pricing` entries as price-list SKUs, where they can be read as a per-second or
 * per-video price with confidence; every other entry is reported, not guessed at.
 *
 * The endpoint gives "canonical unit prices, not a request-specific estimate" (the vendor's
 * own client, EvoLinkAI/evolink-mcp `packages/core/src/tools/estimate-cost.ts`@464a872, read
 * 2026-12-08, which only shows them): `{ sku_id, model_id, role, currency, unit, price }`, with `role`, `currency`
 * and `unit` free strings the vendor documents nowhere we could read. So an entry is used only
 * when each of them has one reading:
 * - `role` absent or `output` (the main charge; `add_on`, `token` and the rest are not a
 *   video's price);
 * - `currency` `USD` (x 6.8 CNY), `CNY`, or `credits` (/ 10 CNY), the gateway's display rates;
 * - `unit` a second (`second`, `s`, `per_second`) or one video (`video`, `request`, `call`,
 *   `per_call`, ...); per image, token, minute or anything else is not mapped;
 * - `price` a plain decimal above zero.
 * A used entry takes the request conditions and resolution multipliers of the price-list SKU
 * of the same model with the same `sku_id` (as that SKU's price in another unit); without one, it applies to
 * every request of its model. Either way it only adds a rate: the estimate takes the dearest
 * rate that applies, so an entry can raise an estimate, never lower it below the price list's
 * or the snapshot's (an entry for a dearer setting of a model raises its cheaper settings too:
 * high, never low).
 */
export function catalogPriceSkus(
  prices: readonly CatalogPrice[],
  context: {
    /** Price-list SKUs by id (the snapshot's and the live list's). */
    known: ReadonlyMap<string, PricingSku>;
    /** The video models, by id: entries of other models are not read. */
    videoModels: ReadonlySet<string>;
    url: string;
    retrieved: string;
  },
): { skus: PricingSku[]; uses: CatalogPriceUse[] } {
  const skus: PricingSku[] = [];
  const uses: CatalogPriceUse[] = [];
  for (const entry of prices) {
    if (!context.videoModels.has(entry.model_id)) continue;
    const shown = `${entry.currency} ${entry.price} ${entry.unit}`;
    const read = readEntry(entry);
    if ('reason' in read) {
      uses.push({
        sku_id: entry.sku_id,
        model_id: entry.model_id,
        price: shown,
        used: false,
        ...read,
      });
      continue;
    }
    // A known SKU of the same id lends its conditions only to the same model's entry.
    const sameId = context.known.get(entry.sku_id);
    const known = sameId?.model_name === entry.model_id ? sameId : undefined;
    uses.push({ sku_id: entry.sku_id, model_id: entry.model_id, price: shown, used: true });
    // The same figure as the price list's: nothing to add.
    if (known && known.billing_rule === read.billingRule && known.cny_price === read.cny) continue;
    skus.push({
      sku_id: `${entry.sku_id} (catalog pricing)`,
      sku_name: known?.sku_name ?? entry.sku_id,
      model_name: entry.model_id,
      model_type: 'video',
      billing_rule: read.billingRule,
      cny_price: read.cny,
      ...(known?.resolution_multipliers && {
        resolution_multipliers: known.resolution_multipliers,
      }),
      conditions: known?.conditions ?? {},
      sources: [{ url: context.url, retrieved: context.retrieved, cny_price: read.cny }],
    });
  }
  return { skus, uses };
}

/**
 * The least live price read (CNY per unit): one gateway unit, 1/10,000 credit (10 credits per
 * CNY). A figure below it would make a video free once rounded, so it is not taken from a server.
 */
export const MIN_LIVE_CNY = 0.00001;

/** CNY per unit of each currency the gateway displays (1 USD = 6.8 CNY, 1 CNY = 10 credits). */
const cnyPer: Record<string, number> = { usd: 6.8, cny: 1, credits: 0.1, credit: 0.1 };
const perSecond = new Set(['second', 'seconds', 's', 'sec', 'per_second', 'video_second']);
const perVideo = new Set(['video', 'request', 'call', 'generation', 'task', 'per_call']);

function readEntry(
  entry: CatalogPrice,
): { billingRule: 'per_second' | 'per_call'; cny: number } | { reason: string } {
  const role = entry.role?.trim().toLowerCase();
  if (role && role !== 'output') return { reason: `role "${entry.role}" is not a video's price` };
  const rate = cnyPer[entry.currency.trim().toLowerCase()];
  if (rate === undefined)
    return { reason: `currency "${entry.currency}" is not USD, CNY or credits` };
  const unit = entry.unit
    .trim()
    .toLowerCase()
    .replace(/^(per|1)\s+/, '')
    .replace(/^\//, '');
  const billingRule = perSecond.has(unit)
    ? 'per_second'
    : perVideo.has(unit)
      ? 'per_call'
      : undefined;
  if (!billingRule)
    return { reason: `unit "${entry.unit}" is not a second or one video: not mapped to a price` };
  if (!/^\d+(\.\d+)?$/.test(entry.price.trim()) || Number(entry.price) <= 0)
    return { reason: `price "${entry.price}" is not a decimal above zero` };
  const cny = Math.round(Number(entry.price) * rate * 1e6) / 1e6;
  if (cny < MIN_LIVE_CNY) return { reason: `price "${entry.price}" is below 1/10,000 credit` };
  return { billingRule, cny };
}
