import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { snapshot, type VendorBodies, vendorBodies } from '@clipwright/catalog';
import type { SimContext } from '../context.ts';
import { applyEarlyFaults, countFault, has } from '../faults/apply-faults.ts';
import { sendJson, sendMalformedJson } from '../http/respond.ts';

/** The catalog paths the simulator answers, as the vendor serves them (no key needed). */
export const catalogPaths = [
  '/v1/catalog/models',
  '/v1/catalog/pricing',
  '/v1/catalog/health',
  '/web/api/models/pricing',
] as const;

/**
 * The body of one catalog path: the committed snapshot (`@clipwright/catalog`) in the vendor's
 * shapes, so clients are tested against the vendor's figures, with the lifecycles
 * `modelLifecycle` states and the prices `catalogPrices` adds; health (never in the snapshot) is made up: every listed
 * model `healthy`, unless `modelHealth` says otherwise.
 */
function bodyOf(ctx: SimContext, path: (typeof catalogPaths)[number]): unknown {
  const bodies = vendorBodies(snapshot.catalog, snapshot.pricing);
  if (path === '/v1/catalog/models') return withLifecycles(bodies.models, ctx.modelLifecycle);
  if (path === '/v1/catalog/pricing')
    return {
      ...bodies.catalogPricing,
      prices: [...bodies.catalogPricing.prices, ...structuredClone(ctx.catalogPrices)],
    };
  if (path === '/web/api/models/pricing') return bodies.priceList;
  const now = new Date(ctx.clock.now()).toISOString();
  const statuses: Record<string, string> = {};
  for (const model of bodies.models.models) statuses[String(model.model_id)] = 'healthy';
  Object.assign(statuses, ctx.modelHealth);
  return {
    meta: { ...bodies.models.meta, updated_at: now, fresh_until: now },
    models: Object.entries(statuses).map(([model_id, status]) => ({
      model_id,
      status,
      observed_at: now,
    })),
  };
}

/** The models list with `overrides` laid over it; a model it does not list is added. */
function withLifecycles(body: VendorBodies['models'], overrides: SimContext['modelLifecycle']) {
  const rest = new Map(Object.entries(overrides));
  const models = body.models.map((model) => {
    const over = rest.get(String(model.model_id));
    rest.delete(String(model.model_id));
    return over ? { ...model, ...over, deprecates_at: over.deprecates_at ?? null } : model;
  });
  for (const [model_id, over] of rest)
    models.push({
      model_id,
      display_name: model_id,
      provider: 'simulator',
      aliases: [],
      capabilities: ['video'],
      protocols: [],
      ...over,
      deprecates_at: over.deprecates_at ?? null,
    });
  return { ...body, models };
}

/**
 * `GET` of a catalog path: 200 with a strong ETag (a hash of the body), or 304 when the
 * request's `If-None-Match` names it. Faults on route `catalog`: `status` (e.g. 404),
 * `slow-headers`, `reset`, `malformed-json` (a cut-off body: garbage).
 */
export async function handleCatalog(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: (typeof catalogPaths)[number],
): Promise<void> {
  const rules = await applyEarlyFaults(ctx, 'catalog', res);
  if (!rules) return;
  const body = bodyOf(ctx, path);
  if (has(rules, 'malformed-json')) {
    countFault(ctx, 'malformed-json');
    return sendMalformedJson(res, body);
  }
  const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
  const wanted = req.headers['if-none-match'];
  if (typeof wanted === 'string' && wanted.split(/\s*,\s*/).includes(etag)) {
    ctx.counters.catalog.notModified++;
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  ctx.counters.catalog.served++;
  sendJson(res, 200, body, { etag });
}
