import { z } from 'zod';

/**
 * The shapes of the vendor's catalog endpoints, as its own client reads them
 * (EvoLinkAI/evolink-mcp `services/catalog-client.ts` and `pricing-client.ts`, read
 * 2026-12-07). Every answer is untrusted: one that does not match is not used.
 */

/** The versioned envelope of every `/v1/catalog/*` answer. */
const metaSchema = z.looseObject({
  schema_version: z.string().min(1),
  catalog_version: z.string().min(1),
  updated_at: z.string().optional(),
  fresh_until: z.string().optional(),
});

const lifecycleSchema = z.enum(['preview', 'active', 'deprecated', 'retired']);

/** `GET /v1/catalog/models`. */
export const catalogModelsSchema = z.looseObject({
  meta: metaSchema,
  models: z.array(
    z.looseObject({
      model_id: z.string().min(1).max(200),
      display_name: z.string().optional(),
      provider: z.string().optional(),
      aliases: z.array(z.string()).default([]),
      capabilities: z.array(z.string()).default([]),
      protocols: z.array(z.string()).default([]),
      lifecycle: lifecycleSchema,
      deprecates_at: z.string().nullish(),
    }),
  ),
});

/** `GET /v1/catalog/pricing`. */
export const catalogPricingSchema = z.looseObject({
  meta: metaSchema,
  prices: z.array(
    z.looseObject({
      sku_id: z.string(),
      model_id: z.string(),
      role: z.string().optional(),
      currency: z.string(),
      unit: z.string(),
      price: z.string(),
      official_price: z.string().nullish(),
      effective_at: z.string().optional(),
      source_url: z.string().nullish(),
    }),
  ),
});

/** `GET /v1/catalog/health`: live only, never written to the snapshot. */
export const catalogHealthSchema = z.looseObject({
  meta: metaSchema,
  models: z.array(
    z.looseObject({
      model_id: z.string().min(1),
      status: z.string().min(1).max(100),
      observed_at: z.string().optional(),
    }),
  ),
});

/** One SKU of the public price list; only video SKUs are read. */
export const priceListSkuSchema = z.looseObject({
  sku_id: z.union([z.string().min(1), z.number()]).transform(String),
  sku_name: z.string().default(''),
  model_name: z.string().min(1),
  model_type: z.literal('video'),
  billing_rule: z.string().min(1),
  cny_price: z.number().finite().nonnegative().optional(),
  resolution_multipliers: z.record(z.string(), z.number().finite().positive()).optional(),
  min_charge_uc: z.number().finite().nonnegative().optional(),
});

/** `GET /web/api/models/pricing`: `{ success, data: [SKU] }`; entries are checked one by one. */
export const priceListSchema = z.looseObject({
  success: z.boolean().optional(),
  data: z.array(z.unknown()),
});

export type CatalogModelsBody = z.infer<typeof catalogModelsSchema>;
export type CatalogPricingBody = z.infer<typeof catalogPricingSchema>;
export type CatalogHealthBody = z.infer<typeof catalogHealthSchema>;
export type PriceListBody = z.infer<typeof priceListSchema>;
export type PriceListSku = z.infer<typeof priceListSkuSchema>;

/** Each endpoint: its path (on the API base, or the web base for the price list) and schema. */
export const catalogEndpoints = {
  models: { path: '/v1/catalog/models?capability=video', web: false, schema: catalogModelsSchema },
  pricing: { path: '/v1/catalog/pricing', web: false, schema: catalogPricingSchema },
  health: { path: '/v1/catalog/health', web: false, schema: catalogHealthSchema },
  priceList: { path: '/web/api/models/pricing', web: true, schema: priceListSchema },
} as const;

export type CatalogEndpoint = keyof typeof catalogEndpoints;

/** The body type of each endpoint. */
export interface CatalogBodies {
  models: CatalogModelsBody;
  pricing: CatalogPricingBody;
  health: CatalogHealthBody;
  priceList: PriceListBody;
}
