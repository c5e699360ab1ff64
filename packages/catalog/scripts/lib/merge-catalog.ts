import type { CatalogFile, CatalogMeta, CatalogModel } from '../../src/types.ts';

/** The fields the vendor's `/v1/catalog/models` sends and a refresh compares. */
const VENDOR_FIELDS = [
  'model_id',
  'display_name',
  'provider',
  'aliases',
  'capabilities',
  'protocols',
  'lifecycle',
  'deprecates_at',
] as const;

const LIFECYCLES = new Set(['preview', 'active', 'deprecated', 'retired']);

type LiveModel = Pick<CatalogModel, (typeof VENDOR_FIELDS)[number]>;

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? value
    : undefined;
}

/** Checks the envelope of a live `/v1/catalog/models` answer; bad entries are reported, not kept. */
export function readLiveModels(
  body: unknown,
  notices: string[],
): { meta: CatalogMeta; models: LiveModel[] } {
  const envelope = body as { meta?: Partial<CatalogMeta>; models?: unknown };
  const meta = envelope?.meta;
  if (
    !meta ||
    typeof meta.catalog_version !== 'string' ||
    typeof meta.schema_version !== 'string'
  ) {
    throw new Error('the catalog answer has no versioned "meta"');
  }
  if (!Array.isArray(envelope.models)) throw new Error('the catalog answer has no "models" array');
  const models: LiveModel[] = [];
  for (const [index, raw] of envelope.models.entries()) {
    const entry = raw as Record<string, unknown>;
    const id = entry?.model_id;
    const aliases = stringList(entry?.aliases);
    const capabilities = stringList(entry?.capabilities);
    const protocols = stringList(entry?.protocols) ?? [];
    const lifecycle = entry?.lifecycle;
    if (typeof id !== 'string' || !/^[\w.:/-]{1,128}$/.test(id) || !aliases || !capabilities) {
      notices.push(`models[${index}]: skipped (no valid model_id, aliases or capabilities)`);
      continue;
    }
    if (typeof lifecycle !== 'string' || !LIFECYCLES.has(lifecycle)) {
      notices.push(`models[${index}] ${id}: skipped (lifecycle ${JSON.stringify(lifecycle)})`);
      continue;
    }
    if (capabilities.length > 0 && !capabilities.includes('video')) continue;
    models.push({
      model_id: id,
      display_name: typeof entry.display_name === 'string' ? entry.display_name : id,
      provider: typeof entry.provider === 'string' ? entry.provider : '',
      aliases,
      capabilities,
      protocols,
      lifecycle: lifecycle as CatalogModel['lifecycle'],
      deprecates_at: typeof entry.deprecates_at === 'string' ? entry.deprecates_at : null,
    });
  }
  return { meta: meta as CatalogMeta, models };
}

function sameVendorFields(a: LiveModel, b: LiveModel): boolean {
  return VENDOR_FIELDS.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/**
 * Merges a live model list into the snapshot. Unchanged entries keep their sources; changed
 * or new ones cite the endpoint; a model that left the list is marked `listed: false` with a
 * note and keeps its lifecycle (leaving the list is not retirement).
 */
export function mergeCatalog(
  current: CatalogFile,
  live: { meta: CatalogMeta; models: LiveModel[] },
  context: { url: string; retrieved: string },
): { file: CatalogFile; changes: string[]; unchanged: number } {
  const changes: string[] = [];
  let unchanged = 0;
  const byId = new Map(current.models.map((model) => [model.model_id, model]));
  const liveIds = new Set(live.models.map((model) => model.model_id));
  const models: CatalogModel[] = [];
  for (const entry of live.models) {
    const previous = byId.get(entry.model_id);
    if (previous?.listed && sameVendorFields(previous, entry)) {
      models.push(previous);
      unchanged += 1;
      continue;
    }
    models.push({
      ...entry,
      successor: previous?.successor ?? null,
      listed: true,
      source: context.url,
      retrieved: context.retrieved,
      evidence: previous?.evidence ?? [],
    });
    changes.push(
      previous
        ? `~ model ${entry.model_id}: ${describe(previous, entry)}`
        : `+ model ${entry.model_id}`,
    );
  }
  for (const previous of current.models) {
    if (liveIds.has(previous.model_id)) continue;
    if (!previous.listed) {
      models.push(previous);
      unchanged += 1;
      continue;
    }
    const note = `not listed in the live catalog ${live.meta.catalog_version}`;
    models.push({
      ...previous,
      listed: false,
      evidence: [...previous.evidence, { url: context.url, retrieved: context.retrieved, note }],
    });
    changes.push(`- model ${previous.model_id}: ${note} (lifecycle kept: ${previous.lifecycle})`);
  }
  models.sort((a, b) => a.model_id.localeCompare(b.model_id));
  const metaChanged = JSON.stringify(current.meta) !== JSON.stringify(live.meta);
  const sources =
    changes.length > 0 || metaChanged
      ? upsertSource(current.sources, { url: context.url, retrieved: context.retrieved })
      : current.sources;
  return {
    file: { ...current, retrieved: context.retrieved, meta: live.meta, sources, models },
    changes,
    unchanged,
  };
}

function describe(previous: CatalogModel, next: LiveModel): string {
  const diffs = VENDOR_FIELDS.filter(
    (key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]),
  );
  if (!previous.listed) diffs.push('listed' as never);
  return diffs
    .map((key) =>
      key === ('listed' as never)
        ? 'listed again'
        : `${key} ${JSON.stringify(previous[key])} -> ${JSON.stringify(next[key])}`,
    )
    .join(', ');
}

/** Replaces the source with the same URL, or appends it. */
export function upsertSource<T extends { url: string }>(sources: T[], source: T): T[] {
  return [...sources.filter((item) => item.url !== source.url), source];
}
