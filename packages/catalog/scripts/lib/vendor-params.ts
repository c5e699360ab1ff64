/**
 * Reading the vendor's generated parameter catalog (`model-params.generated.ts` in the
 * vendor's MCP client: `export const MODEL_PARAMS_JSON: string = "<JSON>";`) and turning its
 * video models into our `ParamsFile`. The parsing of description text is ours; only the
 * facts (bounds, enums, the quoted clauses) come from the vendor's file.
 */
import type {
  FieldRule,
  FieldValue,
  ImageRule,
  ModelParams,
  ParamsFile,
  PromptLimit,
  ProseRule,
} from '../../src/types.ts';

/** One parameter as the vendor's file describes it (the subset we read). */
export interface VendorParamSpec {
  type?: string;
  description?: string;
  enum?: FieldValue[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  items?: { type?: string; format?: string; properties?: Record<string, VendorParamSpec> };
  properties?: Record<string, VendorParamSpec>;
  required?: boolean;
}

export interface VendorModelParams {
  model: string;
  kind: string;
  path: string;
  title: string;
  docs: string;
  required: string[];
  params: Record<string, VendorParamSpec>;
  example?: Record<string, unknown>;
}

export interface VendorParamsIndex {
  meta: { source: string; commit: string; files?: number; endpoints?: number; models?: number };
  models: Record<string, VendorModelParams>;
}

/** Parses either the vendor's `.ts` module (a JSON string constant) or a plain JSON index. */
export function parseVendorParams(text: string, name: string): VendorParamsIndex {
  const trimmed = text.trim();
  let json: string;
  if (trimmed.startsWith('{')) {
    json = trimmed;
  } else {
    const match = /MODEL_PARAMS_JSON\s*(?::\s*string)?\s*=\s*("(?:[^"\\]|\\.)*")\s*;/s.exec(text);
    if (!match?.[1]) {
      throw new Error(
        `${name}: no "MODEL_PARAMS_JSON = "...";" constant found; pass the vendor's model-params.generated.ts or its JSON`,
      );
    }
    json = JSON.parse(match[1]) as string;
  }
  const index = JSON.parse(json) as VendorParamsIndex;
  if (!index || typeof index !== 'object' || !index.models || !index.meta) {
    throw new Error(`${name}: expected an object with "meta" and "models"`);
  }
  return index;
}

const UNIT = /(\d[\d,]*)\s*(characters|chars|tokens)\b/gi;

/** The prompt's length limit: the schema's `maxLength` with the unit its description names. */
export function promptLimit(field: string, spec: VendorParamSpec): PromptLimit | null {
  const description = spec.description ?? '';
  const mentions = [...description.matchAll(UNIT)].map((match) => ({
    value: Number((match[1] ?? '').replaceAll(',', '')),
    unit: (match[2] ?? '').toLowerCase().startsWith('char')
      ? ('characters' as const)
      : ('tokens' as const),
    quote: match[0],
    recommended: recommendedAt(description, match.index ?? 0),
  }));
  if (typeof spec.maxLength === 'number') {
    const same = mentions.find((mention) => mention.value === spec.maxLength);
    const only = new Set(mentions.map((mention) => mention.unit));
    const unit = same?.unit ?? (only.size === 1 ? mentions[0]?.unit : undefined) ?? 'unknown';
    return {
      field,
      max: spec.maxLength,
      unit,
      from: 'schema',
      ...(same ? { quote: same.quote } : {}),
    };
  }
  if (mentions.length === 0) return null;
  // A recommendation ("recommended no more than 500 characters ... Maximum prompt length: 10000
  // tokens") is not the limit: when the description also states a figure that is not one,
  // only those count.
  const stated = mentions.filter((mention) => !mention.recommended);
  const limits = stated.length > 0 ? stated : mentions;
  const units = new Set(limits.map((mention) => mention.unit));
  const values = new Set(limits.map((mention) => mention.value));
  // Several different figures (e.g. per language) are kept as prose: no single maximum.
  const single = values.size === 1 && units.size === 1 ? limits[0] : undefined;
  return {
    field,
    max: single ? single.value : null,
    unit: units.size === 1 ? (limits[0]?.unit ?? 'unknown') : 'unknown',
    from: 'description',
    quote: limits.map((mention) => mention.quote).join('; '),
  };
}

/** Whether the clause (since the last `.`, `;` or line break) before `at` recommends. */
function recommendedAt(description: string, at: number): boolean {
  const before = description.slice(0, at);
  const start = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf(';'),
    before.lastIndexOf('\n'),
  );
  return /recommend/i.test(before.slice(start + 1));
}

const MB = /(\d+(?:\.\d+)?)\s*MB\b/i;
const IMAGE_TYPE = /\b(jpe?g|png|webp|heic|heif|gif|bmp|tiff?)\b/gi;

/** Size and type limits of an image field, read from its description. */
export function imageRule(field: string, spec: VendorParamSpec): ImageRule {
  const description = spec.description ?? '';
  const isArray = spec.type === 'array';
  const formats = /format[^:;]*:?([^;]*)/i.exec(description)?.[1] ?? '';
  let types = [...formats.matchAll(IMAGE_TYPE)].map((match) => (match[1] ?? '').toLowerCase());
  if (types.length === 0) {
    types = [...description.matchAll(IMAGE_TYPE)].map((match) => (match[1] ?? '').toLowerCase());
  }
  const size = MB.exec(description)?.[1];
  return {
    field,
    min_count: isArray ? (spec.minItems ?? 0) : spec.required ? 1 : 0,
    max_count: isArray ? (spec.maxItems ?? null) : 1,
    max_mb: size === undefined ? null : Number(size),
    types: [...new Set(types)],
    from: 'description',
  };
}

const PRICE_WORD = /\b(bill(?:ed|ing|able)?|pric(?:e|ed|ing)|costs?|charged?|charges)\b/i;
const NO_PRICE =
  /no (?:additional|extra) charge|cost the same|not billable|not billed|no image charge|not included in billable/i;

/** The clause of a description that says the field changes the price, if any. */
export function priceClause(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const clauses = description.split(/;|\.\s|\n/).map((clause) => clause.trim());
  return clauses.find((clause) => PRICE_WORD.test(clause) && !NO_PRICE.test(clause));
}

function isImageField(name: string): boolean {
  return /^image_(urls|start|end)$|^image_url$/.test(name);
}

/** One vendor parameter as our field rule; only machine-readable bounds are kept. */
export function fieldRule(spec: VendorParamSpec): FieldRule {
  const rule: FieldRule = {
    type: spec.type ?? 'unknown',
    required: spec.required === true,
    changes_price: false,
  };
  if (spec.enum) rule.enum = spec.enum;
  if (spec.default !== undefined) rule.default = spec.default;
  for (const key of [
    'minimum',
    'maximum',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
  ] as const) {
    const value = spec[key];
    if (typeof value === 'number') rule[key] = value;
  }
  if (spec.format) rule.format = spec.format;
  if (spec.items && (spec.items.type || spec.items.format)) {
    rule.items = {
      ...(spec.items.type ? { type: spec.items.type } : {}),
      ...(spec.items.format ? { format: spec.items.format } : {}),
    };
  }
  if (spec.properties) {
    rule.properties = Object.fromEntries(
      Object.entries(spec.properties).map(([name, child]) => [name, fieldRule(child)]),
    );
  }
  const clause = priceClause(spec.description);
  rule.changes_price = clause !== undefined;
  if (clause) rule.price_note = clause;
  return rule;
}

/** Fields whose value selects a different published rate (from pricing.json). */
export type PriceFieldsByModel = Record<string, string[]>;

/** One vendor video model as our `ModelParams`, keeping hand-written prose rules. */
export function convertModel(
  vendor: VendorModelParams,
  options: { source: string; retrieved: string; prose: ProseRule[]; priceFields: string[] },
): ModelParams {
  const fields: Record<string, FieldRule> = {};
  const images: ImageRule[] = [];
  let prompt: PromptLimit | null = null;
  for (const [name, spec] of Object.entries(vendor.params)) {
    const required = spec.required === true || vendor.required.includes(name);
    fields[name] = { ...fieldRule(spec), required };
    if (name === 'prompt') prompt = promptLimit(name, spec);
    if (isImageField(name)) images.push(imageRule(name, { ...spec, required }));
  }
  for (const rule of options.prose) {
    const field = fields[rule.field];
    if (field && rule.default !== undefined && field.default === undefined)
      field.default = rule.default;
    if (rule.changes_price && field && !field.changes_price) {
      field.changes_price = true;
      field.price_note = rule.quote;
    }
  }
  for (const name of options.priceFields) {
    const field = fields[name];
    if (field && !field.changes_price) {
      field.changes_price = true;
      field.price_note = 'selects a different published rate (pricing.json)';
    }
  }
  const priceFields = Object.entries(fields)
    .filter(([, field]) => field.changes_price)
    .map(([name]) => name);
  return {
    model: vendor.model,
    path: vendor.path,
    title: vendor.title,
    docs: vendor.docs,
    required: vendor.required,
    fields,
    prompt_limit: prompt,
    images,
    price_fields: priceFields,
    ...(vendor.example ? { example: vendor.example } : {}),
    prose_rules: options.prose,
    origin: 'vendor-generated',
    source: options.source,
    retrieved: options.retrieved,
  };
}

export interface ImportOptions {
  /** Where the vendor file came from, e.g. `EvoLinkAI/evolink-mcp/packages/...@<commit>`. */
  source: string;
  /** The vendor repository commit the file was read at. */
  commit: string;
  path: string;
  retrieved: string;
  /** The current params.json: its prose rules and hand-written models are kept. */
  existing?: ParamsFile;
  priceFields?: PriceFieldsByModel;
}

/** The vendor's video models as our params file; hand-written parts of `existing` survive. */
export function importParams(index: VendorParamsIndex, options: ImportOptions): ParamsFile {
  const models: Record<string, ModelParams> = {};
  const existing = options.existing?.models ?? {};
  const video = Object.values(index.models).filter((model) => model.kind === 'video');
  for (const vendor of video.sort((a, b) => a.model.localeCompare(b.model))) {
    models[vendor.model] = convertModel(vendor, {
      source: options.source,
      retrieved: options.retrieved,
      prose: existing[vendor.model]?.prose_rules ?? [],
      priceFields: options.priceFields?.[vendor.model] ?? [],
    });
  }
  for (const [id, model] of Object.entries(existing)) {
    if (model.origin === 'hand-written' && !models[id]) models[id] = model;
  }
  const sorted = Object.fromEntries(Object.entries(models).sort(([a], [b]) => a.localeCompare(b)));
  return {
    schema: 1,
    retrieved: options.retrieved,
    generated_from: {
      source: options.source,
      commit: options.commit,
      path: options.path,
      docs_commit: index.meta.commit,
      retrieved: options.retrieved,
    },
    models: sorted,
  };
}
