import { readFileSync } from 'node:fs';
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

export type * from './types.ts';

/** Where the three data files live: `data/` beside `src/` and `dist/`. */
const dataDir = new URL('../data/', import.meta.url);

const cache = new Map<string, unknown>();

/** Reads one data file once (lazily, so importing this module touches no file). */
function load<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
    cache.set(name, value);
  }
  return value as T;
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

/** The published price of a model (or its explicit `unpriced` marker), by canonical id. */
export function findPrice(modelId: string): ModelPrice | undefined {
  return snapshot.pricing.models[modelId];
}

/** The request rules of a model, by canonical id. */
export function findParams(modelId: string): ModelParams | undefined {
  return snapshot.params.models[modelId];
}

/**
 * The published rates of `modelId` that apply to a request's `values`: every rate whose
 * `when` agrees with them (a key absent from `when` means any value). Empty when the model
 * is unpriced or no published rate covers these values.
 */
export function findRates(modelId: string, values: Readonly<Record<string, unknown>>): RateRow[] {
  const price = findPrice(modelId);
  if (price?.status !== 'priced') return [];
  return price.rates.filter((rate) =>
    Object.entries(rate.when).every(([field, value]) => sameValue(values[field], value)),
  );
}

/** A request value and a rate's condition agree (`'8'` and `8` too: prompt files give text). */
function sameValue(given: unknown, wanted: FieldValue): boolean {
  return given === wanted || (given !== undefined && String(given) === String(wanted));
}
