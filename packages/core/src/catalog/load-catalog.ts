import { type CatalogModel, type PricingFile, snapshot } from '@clipwright/catalog';
import { systemClock } from '../client/system-clock.ts';
import {
  type LifecycleCatalog,
  lifecycleCatalog,
  snapshotLifecycleSource,
} from '../models/lifecycle.ts';
import type { Clock } from '../types.ts';
import { CatalogCache, type CatalogFs } from './catalog-cache.ts';
import type { CatalogPriceUse } from './catalog-price-skus.ts';
import {
  type CatalogBodies,
  type CatalogEndpoint,
  type CatalogModelsBody,
  catalogEndpoints,
} from './catalog-schemas.ts';
import { mergeLivePrices } from './merge-live-prices.ts';
import { healthByModel, type ModelHealth } from './model-health.ts';
import {
  type CatalogDocument,
  type DocumentKind,
  readCatalogDocument,
} from './read-catalog-document.ts';

/** Where the prices of a run come from, for reports (the plan, the summary, the PR comment, `models`). */
export interface PriceSource {
  /** `live`: the vendor's price list, read now; `cache`: its copy in the state folder; `snapshot`: the committed snapshot only. */
  kind: DocumentKind;
  /** ISO time the price list was read from the vendor; for `snapshot`, the snapshot's date. */
  fetchedAt: string;
  /** ISO date of the committed snapshot: the floor under every estimate. */
  snapshotDate: string;
}

/** Where the models' lifecycle (preview, active, deprecated, retired) of a run comes from. */
export interface LifecycleSource {
  /** `live`: `/v1/catalog/models` read now; `cache`: its copy in the state folder; `snapshot`: the committed one. */
  kind: DocumentKind;
  /** ISO time the models list was read; for `snapshot`, the snapshot's date. */
  fetchedAt: string;
}

/** The catalog a run uses: prices (never below the snapshot's), models, health and their sources. */
export interface LiveCatalog {
  /** The snapshot's prices with the live price list laid over them (see `mergeLivePrices`). */
  pricing: PricingFile;
  /** The snapshot's models, with the live catalog's lifecycle where it was read. */
  models: CatalogModel[];
  /** Where `models`' lifecycle comes from (the snapshot's when `/v1/catalog/models` fell back to it). */
  lifecycleSource: LifecycleSource;
  /** Live (or cached) health by model id; empty when it could not be read (never from the snapshot). */
  health: ReadonlyMap<string, ModelHealth>;
  priceSource: PriceSource;
  /**
   * The live price list gave a figure the snapshot does not have (a dearer price, a new SKU):
   * estimates may differ from the snapshot's. `false`: they are the snapshot's.
   */
  pricesChanged: boolean;
  /**
   * `/v1/catalog/pricing`: where it came from and what became of each entry (laid beside the
   * price list's rates, or why not: see `catalogPriceSkus`).
   */
  catalogPricing: { kind: DocumentKind; fetchedAt?: string; entries: CatalogPriceUse[] };
  /** Where each endpoint's answer came from. */
  documents: Record<CatalogEndpoint, { kind: DocumentKind; fetchedAt?: string }>;
  /** One line per fallback or skipped entry, for the run's log. */
  notices: string[];
}

export interface LoadCatalogOptions {
  /** Base of `/v1/catalog/*`. @default 'https://api.evolink.ai' */
  baseUrl?: string;
  /** Base of the public price list `/web/api/models/pricing`. @default baseUrl */
  webBaseUrl?: string;
  /** Sent as `Authorization: Bearer` when given; never written anywhere. */
  apiKey?: string;
  /** The state folder: copies are kept in `<stateDir>/catalog/`. @default none (no copies) */
  stateDir?: string;
  /** Ask nothing: the committed snapshot only (a dry run without a key). @default false */
  offline?: boolean;
  /** Ages of the cached copies (five minutes fresh, a day of stale use). @default the system clock */
  clock?: Clock;
  /**
   * The clock the per-endpoint timeout runs on: a run on a simulated clock (many times faster
   * than real time) keeps real timeouts for its real connections.
   * @default clock
   */
  timeoutClock?: Clock;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** An undici dispatcher passed to `fetch` (proxies, tests). @default none */
  dispatcher?: unknown;
  /** @default node:fs/promises */
  fs?: CatalogFs;
  /** Per endpoint, on `clock`. @default 10_000 */
  timeoutMs?: number;
}

const endpoints = Object.keys(catalogEndpoints) as CatalogEndpoint[];

/** The committed snapshot as a {@link LiveCatalog}: what a run without network uses. */
export function snapshotCatalog(notices: string[] = []): LiveCatalog {
  const date = snapshot.pricing.retrieved;
  return {
    pricing: snapshot.pricing,
    models: snapshot.catalog.models,
    lifecycleSource: { kind: 'snapshot', fetchedAt: snapshot.catalog.retrieved },
    health: new Map(),
    priceSource: { kind: 'snapshot', fetchedAt: date, snapshotDate: date },
    pricesChanged: false,
    catalogPricing: { kind: 'snapshot', entries: [] },
    documents: Object.fromEntries(endpoints.map((e) => [e, { kind: 'snapshot' }])) as never,
    notices,
  };
}

/**
 * Reads the vendor's catalog, catalog pricing, health and public price list (each optional,
 * each cached with ETags, see `readCatalogDocument`) and lays them over the committed snapshot.
 * Never throws for the network: what cannot be read is the cached copy's or the snapshot's.
 */
export async function loadCatalog(options: LoadCatalogOptions = {}): Promise<LiveCatalog> {
  if (options.offline) return snapshotCatalog();
  const clock = options.clock ?? systemClock;
  const base = (options.baseUrl ?? 'https://api.evolink.ai').replace(/\/+$/, '');
  const web = (options.webBaseUrl ?? base).replace(/\/+$/, '');
  for (const url of [base, web]) {
    const refused = unsafeBase(url);
    if (refused)
      return snapshotCatalog([`catalog not read from ${refused}; using the committed snapshot`]);
  }
  const cache = options.stateDir ? new CatalogCache(options.stateDir, options.fs) : undefined;
  const read = <E extends CatalogEndpoint>(endpoint: E) =>
    readCatalogDocument(endpoint, {
      url: `${catalogEndpoints[endpoint].web ? web : base}${catalogEndpoints[endpoint].path}`,
      ...(options.apiKey && { apiKey: options.apiKey }),
      ...(cache && { cache }),
      clock,
      timeoutClock: options.timeoutClock ?? clock,
      fetch: options.fetch ?? globalThis.fetch,
      ...(options.dispatcher !== undefined && { init: { dispatcher: options.dispatcher } }),
      timeoutMs: options.timeoutMs ?? 10_000,
    });
  const [models, pricing, health, priceList] = await Promise.all([
    read('models'),
    read('pricing'),
    read('health'),
    read('priceList'),
  ]);
  return assemble({ models, pricing, health, priceList });
}

function assemble(docs: { [E in CatalogEndpoint]: CatalogDocument<E> }): LiveCatalog {
  const notices = Object.values(docs).flatMap((d) => (d.notice ? [d.notice] : []));
  const modelList = overlayModels(snapshot.catalog.models, docs.models.body);
  const list = docs.priceList;
  const listUrl = `${catalogEndpoints.priceList.path}`;
  const fetchedAt = list.fetchedAt === undefined ? undefined : new Date(list.fetchedAt);
  const merged = mergeLivePrices(
    snapshot.pricing,
    {
      ...(list.body && { skus: list.body.data }),
      ...(docs.pricing.body && { catalogPricing: catalogPricingOf(docs.pricing.body) }),
      ...(docs.pricing.fetchedAt !== undefined && {
        catalogPricingRetrieved: new Date(docs.pricing.fetchedAt).toISOString().slice(0, 10),
      }),
      url: listUrl,
      retrieved: fetchedAt?.toISOString().slice(0, 10) ?? snapshot.pricing.retrieved,
    },
    { modelIds: modelList.map((m) => m.model_id), params: snapshot.params },
  );
  notices.push(...merged.notices);
  const date = snapshot.pricing.retrieved;
  return {
    pricing: merged.pricing,
    models: modelList,
    lifecycleSource:
      docs.models.body && docs.models.fetchedAt !== undefined
        ? { kind: docs.models.kind, fetchedAt: new Date(docs.models.fetchedAt).toISOString() }
        : { kind: 'snapshot', fetchedAt: snapshot.catalog.retrieved },
    health: healthByModel(docs.health.body),
    pricesChanged: merged.added > 0,
    catalogPricing: {
      kind: docs.pricing.kind,
      ...(docs.pricing.fetchedAt !== undefined && {
        fetchedAt: new Date(docs.pricing.fetchedAt).toISOString(),
      }),
      entries: merged.catalogPrices,
    },
    priceSource: {
      kind: list.kind,
      fetchedAt: fetchedAt?.toISOString() ?? date,
      snapshotDate: date,
    },
    documents: Object.fromEntries(
      Object.values(docs).map((d) => [
        d.endpoint,
        {
          kind: d.kind,
          ...(d.fetchedAt !== undefined && { fetchedAt: new Date(d.fetchedAt).toISOString() }),
        },
      ]),
    ) as LiveCatalog['documents'],
    notices,
  };
}

function catalogPricingOf(body: CatalogBodies['pricing']): PricingFile['catalog_pricing'] {
  return body as unknown as PricingFile['catalog_pricing'];
}

/**
 * The snapshot's models with the live catalog's word on each: its lifecycle and date, `listed`
 * as the live list says; a model only the live list has is added. Without a live list, the
 * snapshot's as they are.
 */
function overlayModels(
  known: readonly CatalogModel[],
  live: CatalogModelsBody | undefined,
): CatalogModel[] {
  if (!live) return [...known];
  const byId = new Map(live.models.map((m) => [m.model_id, m]));
  const out = known.map((model): CatalogModel => {
    const entry = byId.get(model.model_id);
    if (!entry) return { ...model, listed: false };
    byId.delete(model.model_id);
    return {
      ...model,
      aliases: entry.aliases,
      lifecycle: entry.lifecycle,
      deprecates_at: entry.deprecates_at ?? null,
      listed: true,
    };
  });
  for (const entry of byId.values()) {
    out.push({
      model_id: entry.model_id,
      display_name: entry.display_name ?? entry.model_id,
      provider: entry.provider ?? '',
      aliases: entry.aliases,
      capabilities: entry.capabilities,
      protocols: entry.protocols,
      lifecycle: entry.lifecycle,
      deprecates_at: entry.deprecates_at ?? null,
      successor: null,
      listed: true,
      source: catalogEndpoints.models.path,
      retrieved: live.meta.updated_at?.slice(0, 10) ?? '',
      evidence: [],
    });
  }
  return out;
}

/**
 * Why a base URL is not asked (as the vendor's client rules): HTTPS only, except plain HTTP to
 * this machine (a local simulator); no credentials in it. `undefined` when it may be asked.
 */
function unsafeBase(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return 'a base URL that is not a URL';
  }
  if (url.username || url.password) return 'a base URL with credentials in it';
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return undefined;
  return `${url.protocol}//${url.host} (HTTPS only, except to this machine)`;
}

/**
 * The lifecycle checks of a run over its catalog's models, named in messages by where they come
 * from (the live catalog and when it was read, its cached copy, or the committed snapshot).
 */
export function catalogLifecycle(
  catalog: Pick<LiveCatalog, 'models' | 'lifecycleSource'>,
): LifecycleCatalog {
  const { kind, fetchedAt } = catalog.lifecycleSource;
  const date = fetchedAt.slice(0, 10);
  const source =
    kind === 'live'
      ? `the vendor's live catalog, read ${date}`
      : kind === 'cache'
        ? `the vendor's catalog as cached on ${date}`
        : snapshotLifecycleSource(date);
  return lifecycleCatalog(catalog.models, source);
}

/**
 * Whether the live (or cached) catalog says something else than the committed snapshot about
 * any of `names` (lifecycle, date, successor, listed, known at all): the plan's checks must then
 * be made again against it.
 */
export function lifecycleChanged(
  catalog: Pick<LiveCatalog, 'models' | 'lifecycleSource'>,
  names: Iterable<string>,
): boolean {
  if (catalog.lifecycleSource.kind === 'snapshot') return false;
  const live = lifecycleCatalog(catalog.models, '').find;
  const committed = lifecycleCatalog(snapshot.catalog.models, '').find;
  for (const name of names) {
    const [a, b] = [committed(name), live(name)];
    if (a === b) continue;
    if (!a || !b) return true;
    if (
      a.lifecycle !== b.lifecycle ||
      (a.deprecates_at ?? null) !== (b.deprecates_at ?? null) ||
      a.listed !== b.listed ||
      (a.successor ?? null) !== (b.successor ?? null)
    )
      return true;
  }
  return false;
}
