/**
 * Checks data/params.json against the vendor's generated parameter catalog: every video model
 * of the vendor file must be in params.json exactly as our importer makes it from that file
 * (fields, types, enums, min/max, defaults, required, prompt limit, image counts/sizes/types,
 * price fields and notes, path, title, docs link, example). Hand-written parts are not
 * differences: prose rules are fed back into the conversion the way a re-import keeps them,
 * and hand-written models (not in the vendor file) are left alone.
 */
import type { ModelParams, ParamsFile } from '../../src/types.ts';
import { convertModel, type PriceFieldsByModel, type VendorParamsIndex } from './vendor-params.ts';

/** One place where params.json does not say what the vendor file says. */
export interface ParamsDifference {
  model: string;
  /** Dotted path inside the model, e.g. `fields.duration.maximum`; `''` for the whole model. */
  path: string;
  /** What the vendor file gives (through our conversion); `undefined` when it has nothing. */
  vendor: unknown;
  /** What params.json has; `undefined` when it has nothing. */
  ours: unknown;
}

export interface VerifyOptions {
  /** Fields whose value selects a different published rate (from pricing.json), as the import uses. */
  priceFields?: PriceFieldsByModel;
}

/** Provenance is stamped per import, not read from the vendor file, so it is not compared. */
const PROVENANCE = new Set(['source', 'retrieved']);

/** Every difference between params.json and what the vendor file gives, model by model. */
export function verifyParams(
  index: VendorParamsIndex,
  file: ParamsFile,
  options: VerifyOptions = {},
): ParamsDifference[] {
  const differences: ParamsDifference[] = [];
  const video = Object.values(index.models).filter((model) => model.kind === 'video');
  const vendorIds = new Set(video.map((model) => model.model));
  for (const vendor of [...video].sort((a, b) => a.model.localeCompare(b.model))) {
    const ours = file.models[vendor.model];
    if (!ours) {
      differences.push({ model: vendor.model, path: '', vendor: 'video model', ours: undefined });
      continue;
    }
    if (ours.origin !== 'vendor-generated') {
      differences.push({
        model: vendor.model,
        path: 'origin',
        vendor: 'vendor-generated',
        ours: ours.origin,
      });
    }
    const expected = convertModel(vendor, {
      source: ours.source,
      retrieved: ours.retrieved,
      prose: ours.prose_rules ?? [],
      priceFields: options.priceFields?.[vendor.model] ?? [],
    });
    compare(vendor.model, '', withoutProvenance(expected), withoutProvenance(ours), differences);
  }
  for (const [id, model] of Object.entries(file.models).sort(([a], [b]) => a.localeCompare(b))) {
    if (model.origin === 'vendor-generated' && !vendorIds.has(id)) {
      differences.push({ model: id, path: '', vendor: undefined, ours: 'vendor-generated model' });
    }
  }
  return differences;
}

function withoutProvenance(model: ModelParams): Record<string, unknown> {
  return Object.fromEntries(Object.entries(model).filter(([key]) => !PROVENANCE.has(key)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list of rules about named fields (`images`) as an object keyed by field, else `undefined`. */
function byField(value: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries = value.map((item) =>
    isRecord(item) && typeof item.field === 'string' ? ([item.field, item] as const) : undefined,
  );
  if (entries.some((entry) => entry === undefined)) return undefined;
  const keyed = Object.fromEntries(entries as [string, unknown][]);
  return Object.keys(keyed).length === value.length ? keyed : undefined;
}

/**
 * Walks objects key by key so a difference names its field (lists of per-field rules, like
 * `images`, by their field); other arrays and scalars are compared whole (an enum that lost a
 * value is one difference, reported with both lists).
 */
function compare(
  model: string,
  path: string,
  vendor: unknown,
  ours: unknown,
  out: ParamsDifference[],
): void {
  const vendorByField = byField(vendor);
  const oursByField = byField(ours);
  if (vendorByField && oursByField) {
    compare(model, path, vendorByField, oursByField, out);
    return;
  }
  if (isRecord(vendor) && isRecord(ours)) {
    const keys = new Set([...Object.keys(vendor), ...Object.keys(ours)]);
    for (const key of [...keys].sort()) {
      compare(model, path ? `${path}.${key}` : key, vendor[key], ours[key], out);
    }
    return;
  }
  if (JSON.stringify(vendor) !== JSON.stringify(ours)) out.push({ model, path, vendor, ours });
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

/** One line per difference: `model: path: vendor X, params.json Y`. */
export function formatDifference(difference: ParamsDifference): string {
  const where = difference.path ? `${difference.model}: ${difference.path}` : difference.model;
  return `${where}: vendor ${show(difference.vendor)}, params.json ${show(difference.ours)}`;
}
