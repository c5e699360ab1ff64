import catalogFile from '../data/catalog.json' with { type: 'json' };
import paramsFile from '../data/params.json' with { type: 'json' };
import pricingFile from '../data/pricing.json' with { type: 'json' };
import type {
  CatalogFile,
  CatalogModel,
  FieldValue,
  ModelParams,
  ModelPrice,
  ParamsFile,
  PricingFile,
  RateRow,
  Source,
} from './types.ts';

export { deriveModels, inferConditions, skuRates } from './derive-prices.ts';
export type * from './types.ts';
export { type VendorBodies, vendorBodies } from './vendor-bodies.ts';

// The data files are imported as JSON modules, not read from disk by path: a bundle (the
// action's, the CLI's) then carries them inline, and a path relative to a bundled chunk would
// point nowhere.
const files = {
  'catalog.json': catalogFile,
  'pricing.json': pricingFile,
  'params.json': paramsFile,
} as const;

/** One data file, typed. */
function load<T>(name: keyof typeof files): T {
  return files[name] as unknown as T;
}

/** The committed snapshot: three files, their date and every source they cite. */
export const snapshot = {
  get catalog(): CatalogFile {
    return load<CatalogFile>('catalog.json');
  },
  get pricing(): PricingFile {
    return load<PricingFile>('pricing.json');
  },
  get params(): ParamsFile {
    return load<ParamsFile>('params.json');
  },
  /** The oldest `retrieved` date of the three files (ISO date). */
  get retrieved(): string {
    const dates = [this.catalog.retrieved, this.pricing.retrieved, this.params.retrieved];
    return dates.sort()[0] ?? '';
  },
  /** Every source the three files cite at file level, de-duplicated by URL. */
  get sources(): Source[] {
    const all = [...this.catalog.sources, ...this.pricing.sources, ...this.pricing.units.sources];
    const byUrl = new Map<string, Source>();
    for (const source of all) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
    return [...byUrl.values()];
  },
};

/** A catalog entry by model id, then alias, then case-insensitive id. */
export function findModel(id: string): CatalogModel | undefined {
  const models = snapshot.catalog.models;
  const lower = id.toLowerCase();
  return (
    models.find((model) => model.model_id === id) ??
    models.find((model) => model.aliases.includes(id)) ??
    models.find((model) => model.model_id.toLowerCase() === lower)
  );
}

/** The published price of a model (or its explicit `unpriced` marker), by canonical id, in `pricing` (default: the snapshot's). */
export function findPrice(
  modelId: string,
  pricing: PricingFile = snapshot.pricing,
): ModelPrice | undefined {
  return pricing.models[modelId];
}

/** The request rules of a model, by canonical id. */
export function findParams(modelId: string): ModelParams | undefined {
  return snapshot.params.models[modelId];
}

/**
 * The published rates of `modelId` that apply to a request's `values`: every rate whose
 * `when` agrees with them (a key absent from `when` means any value). Empty when the model
 * is unpriced or no published rate covers these values. `pricing`: the snapshot's by default.
 */
export function findRates(
  modelId: string,
  values: Readonly<Record<string, unknown>>,
  pricing: PricingFile = snapshot.pricing,
): RateRow[] {
  const price = findPrice(modelId, pricing);
  if (price?.status !== 'priced') return [];
  return price.rates.filter((rate) =>
    Object.entries(rate.when).every(([field, value]) => sameValue(values[field], value)),
  );
}

/** A request value and a rate's condition agree (`'8'` and `8` too: prompt files give text). */
function sameValue(given: unknown, wanted: FieldValue): boolean {
  return given === wanted || (given !== undefined && String(given) === String(wanted));
}
