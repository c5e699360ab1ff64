/**
 * The shapes of the three snapshot files. Vendor fields keep the vendor's names (snake_case,
 * as `GET /v1/catalog/models` and `GET /web/api/models/pricing` send them); fields we add
 * (provenance, derived rates) are marked "ours".
 */

/** A value a request field can take (enums mix strings, numbers and booleans). */
export type FieldValue = string | number | boolean;

/** Where a fact was read, and when (ISO date). */
export interface Source {
  /** A URL, or `owner/repo/path@commit` for a file in a public repository. */
  url: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  retrieved: string;
  /** The sentence the fact rests on, quoted. */
  quote?: string;
  note?: string;
}

/** `meta` of the vendor's versioned catalog envelope. */
export interface CatalogMeta {
  schema_version: string;
  catalog_version: string;
  updated_at: string;
  fresh_until: string;
}

export type Lifecycle = 'preview' | 'active' | 'deprecated' | 'retired';

/** One `/v1/catalog/models` entry, plus our provenance. */
export interface CatalogModel {
  model_id: string;
  display_name: string;
  provider: string;
  aliases: string[];
  capabilities: string[];
  protocols: string[];
  /** `null` when no source states a lifecycle (ours: the vendor field is never null). */
  lifecycle: Lifecycle | null;
  deprecates_at: string | null;
  /** Ours: a successor, only where a vendor document names one. */
  successor: string | null;
  /** Ours: whether the newest vendor catalog we could read lists the model. */
  listed: boolean;
  /** Ours: where the entry comes from. */
  source: string;
  /** Ours: ISO date the entry was read. */
  retrieved: string;
  /** Ours: what the sources say about lifecycle and listing. */
  evidence: Source[];
}

export interface CatalogFile {
  schema: 1;
  /** ISO date of the last refresh or hand review of this file. */
  retrieved: string;
  meta: CatalogMeta;
  sources: Source[];
  models: CatalogModel[];
}

/** A price figure as one source gave it (ours). */
export interface PriceSource extends Source {
  /** The figure in CNY per billing unit that this source implies. */
  cny_price: number;
}

/** One SKU of the public price list (`GET /web/api/models/pricing`), plus our fields. */
export interface PricingSku {
  sku_id: string;
  sku_name: string;
  model_name: string;
  model_type: string;
  description?: string;
  vendor_slug?: string;
  billing_rule: string;
  /** CNY per billing unit; the highest of `sources` when they disagree. */
  cny_price?: number;
  min_charge_uc?: number;
  metadata?: string;
  resolution_multipliers?: Record<string, number>;
  price_range?: { min_usd?: number; max_usd?: number };
  routing_note?: string;
  /** Ours: the request values this SKU applies to (e.g. `{ sound: 'on' }`); empty = any. */
  conditions: Record<string, FieldValue>;
  /** Ours: `true` when `conditions` were read from the SKU name rather than written by hand. */
  conditions_inferred?: boolean;
  /** Ours: every source of this figure. */
  sources: PriceSource[];
}

/** One `/v1/catalog/pricing` entry (vendor shape). */
export interface CatalogPrice {
  sku_id: string;
  model_id: string;
  role: string;
  currency: string;
  unit: string;
  price: string;
  official_price?: string | null;
  effective_at: string;
  source_url?: string | null;
}

/** One rate derived from a SKU for a set of request values (ours). */
export interface RateRow {
  /** The request values this rate applies to; a key absent means "any value". */
  when: Record<string, FieldValue>;
  /** Credits per second of output, or `null` when the SKU is not time-based and has no duration. */
  credits_per_second: number | null;
  /** Credits per request, for per-call SKUs. */
  credits_per_call: number | null;
  sku_id: string;
}

/** A model with at least one published price (ours). */
export interface PricedModel {
  status: 'priced';
  billing_rule: string;
  rates: RateRow[];
  /** Lowest and highest credits/second at each resolution that has a price. */
  by_resolution: Record<string, { min_credits_per_second: number; max_credits_per_second: number }>;
  /** The dearest rate of the model (credits/second), `null` when no rate is time-based. */
  max_credits_per_second: number | null;
  /** Documented values of price-relevant fields that have no published price. */
  unpriced_values: Record<string, FieldValue[]>;
}

/** A model with no published price in the sources read (ours). */
export interface UnpricedModel {
  status: 'unpriced';
  reason: string;
  sources_consulted: Source[];
}

export type ModelPrice = PricedModel | UnpricedModel;

/** Two or more sources giving different figures for the same thing (ours). */
export interface Disagreement {
  model_id: string;
  subject: string;
  values: { value: string; source: Source }[];
  resolution: string;
}

export interface PricingFile {
  schema: 1;
  retrieved: string;
  units: {
    credits_per_cny: number;
    cny_per_usd: number;
    credits_per_usd: number;
    /** The gateway's internal units per credit (`min_charge_uc`, some `credits_reserved`). */
    gateway_units_per_credit: number;
    sources: Source[];
  };
  /** How `models[*].rates` are computed from `skus`, in words. */
  formula: string;
  sources: Source[];
  catalog_pricing: { meta: CatalogMeta | null; prices: CatalogPrice[] };
  skus: PricingSku[];
  models: Record<string, ModelPrice>;
  disagreements: Disagreement[];
}

/** The rules of one request field. Bounds appear only where the vendor's file states them. */
export interface FieldRule {
  type: string;
  required: boolean;
  enum?: FieldValue[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  items?: { type?: string; format?: string };
  properties?: Record<string, FieldRule>;
  /** Whether a source says this field changes the price. */
  changes_price: boolean;
  /** The clause that says so (from the field's description or a price page). */
  price_note?: string;
}

export interface PromptLimit {
  field: string;
  /** `null` when the limit is only in prose and differs by language. */
  max: number | null;
  unit: 'characters' | 'tokens' | 'unknown';
  /** `schema`: the vendor's `maxLength`; `description`: a number in the field's description. */
  from: 'schema' | 'description';
  quote?: string;
}

export interface ImageRule {
  field: string;
  min_count: number;
  max_count: number | null;
  max_mb: number | null;
  types: string[];
  /** Size and types are read from the field's description text. */
  from: 'description';
}

/** A rule that exists only in the docs' prose, quoted (hand-written). */
export interface ProseRule {
  field: string;
  /** The rule in our words. */
  rule: string;
  quote: string;
  url: string;
  retrieved: string;
  /** Optional machine form: when every `if` value matches, `then` narrows the named fields. */
  constraint?: {
    if: Record<string, FieldValue>;
    then: Record<string, { enum?: FieldValue[]; minimum?: number; maximum?: number }>;
  };
  /** Marks the field as changing the price. */
  changes_price?: boolean;
  /**
   * The value the API applies when the field is absent, where only the docs' prose states it
   * (the quote says so, e.g. Veo's `n`: "Number of videos, default 1"). The import writes it
   * as the field's `default` when the vendor's schema gives none.
   */
  default?: FieldValue;
}

export interface ModelParams {
  model: string;
  path: string;
  title: string;
  docs: string;
  required: string[];
  fields: Record<string, FieldRule>;
  prompt_limit: PromptLimit | null;
  images: ImageRule[];
  price_fields: string[];
  example?: Record<string, unknown>;
  prose_rules: ProseRule[];
  /** `vendor-generated`: converted by our import script; `hand-written`: from a docs page. */
  origin: 'vendor-generated' | 'hand-written';
  source: string;
  retrieved: string;
}

export interface ParamsFile {
  schema: 1;
  retrieved: string;
  generated_from: {
    source: string;
    commit: string;
    path: string;
    docs_commit: string;
    retrieved: string;
    /**
     * The day `scripts/verify-params.ts --record` found this file equal, model by model, to the
     * vendor file at `commit`. A re-import drops it until the check is run again.
     */
    verified?: string;
  };
  models: Record<string, ModelParams>;
}
