import { type CatalogModel, findModel, snapshot } from '@clipwright/catalog';
import { didYouMean } from '../validation/did-you-mean.ts';

/** What the vendor's catalog says about a model name, for validation. */
export interface LifecycleNotice {
  /** `error`: refused before anything is paid (retired); `warning`: validates, with a note. */
  level: 'error' | 'warning';
  message: string;
  fix: string;
}

/** Looks a name up in the catalog (by id, alias or case-insensitive id). @default findModel */
export type FindCatalogModel = (name: string) => CatalogModel | undefined;

/**
 * The catalog lifecycle checks read, and where it comes from: the committed snapshot by
 * default, a run's live (or cached) catalog when it has one (`lifecycleCatalog`).
 */
export interface LifecycleCatalog {
  find: FindCatalogModel;
  /** The usable model ids, for a did-you-mean. */
  live: readonly string[];
  /**
   * Where the lifecycle comes from, as messages say it.
   * @example "the vendor's live catalog, read 2026-12-08"
   */
  source: string;
  /** Notices by name, kept for this catalog (a plan of 10,000 jobs asks for a handful of names). */
  kept?: Map<string, LifecycleNotice | undefined>;
}

/** How messages name the committed snapshot as a lifecycle source. */
export function snapshotLifecycleSource(date = snapshot.catalog.retrieved): string {
  return `the committed snapshot of the vendor's catalog, ${date}`;
}

/** A {@link LifecycleCatalog} over `models` (a run's live catalog), named `source` in messages. */
export function lifecycleCatalog(
  models: readonly CatalogModel[],
  source: string,
): LifecycleCatalog {
  const byId = new Map(models.map((m) => [m.model_id, m]));
  const find: FindCatalogModel = (name) => {
    const exact = byId.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return (
      models.find((m) => m.aliases.includes(name)) ??
      models.find((m) => m.model_id.toLowerCase() === lower)
    );
  };
  return { find, live: liveModels(models), source, kept: new Map() };
}

/** The models the catalog lists as usable (`active` or `preview`, and listed). */
export function liveModels(catalog: readonly CatalogModel[] = snapshot.catalog.models): string[] {
  return catalog
    .filter((m) => m.listed && (m.lifecycle === 'active' || m.lifecycle === 'preview'))
    .map((m) => m.model_id);
}

/** A live model to suggest instead of `name`: its successor, else the nearest live name. */
function instead(name: string, entry: CatalogModel | undefined, live: readonly string[]) {
  if (entry?.successor) return entry.successor;
  return didYouMean(name, live, { maxDistance: (t) => Math.max(3, Math.floor(t.length / 2)) });
}

/**
 * The lifecycle of a model name as the vendor's catalog states it:
 * - `retired`: an error, with a live model to use instead;
 * - `deprecated`: a warning with the date it stops (`deprecates_at`) and a successor if named;
 * - in the snapshot but not listed by the vendor's newest catalog (e.g. `sora-2`): a warning
 *   (not listed is not retired);
 * - not in the catalog at all: a warning that only the common checks apply.
 * `undefined` for a listed `active` or `preview` model.
 */
export function lifecycleNotice(
  name: string,
  options: Partial<LifecycleCatalog> = {},
): LifecycleNotice | undefined {
  if (options.kept) {
    if (options.kept.has(name)) return options.kept.get(name);
    const notice = noticeFor(name, options);
    if (options.kept.size < MAX_KEPT) options.kept.set(name, notice);
    return notice;
  }
  if (options.find || options.live) return noticeFor(name, options);
  // With the shipped catalog the answer depends on the name alone: kept, so a plan of 10,000
  // jobs of one model does not list the live models and measure edit distances to each of
  // them 10,000 times (4 % of a 10,000-file plan's CPU, and its garbage; the bench's scale run).
  if (notices.has(name)) return notices.get(name);
  const notice = noticeFor(name, {});
  if (notices.size >= MAX_KEPT) notices.clear();
  notices.set(name, notice && Object.freeze(notice));
  return notice;
}

/** Notices of the shipped catalog by name (a handful: one per model name a plan uses). */
const notices = new Map<string, LifecycleNotice | undefined>();
const MAX_KEPT = 256;

function noticeFor(name: string, options: Partial<LifecycleCatalog>): LifecycleNotice | undefined {
  const find = options.find ?? findModel;
  const live = options.live ?? liveModels();
  const entry = find(name);
  const from = options.source ?? snapshotLifecycleSource();
  const other = instead(name, entry, live);
  const use = other
    ? `use ${JSON.stringify(other)}`
    : 'use a live model (`clipwright models` lists them)';
  if (!entry) {
    return {
      level: 'warning',
      message: `model ${JSON.stringify(name)} is not in the vendor's catalog (${from}): only the common checks apply`,
      fix: `check the name; ${other ? `did you mean ${JSON.stringify(other)}?` : '`clipwright models` lists the known models'}`,
    };
  }
  if (entry.lifecycle === 'retired') {
    return {
      level: 'error',
      message: `model ${JSON.stringify(name)} is retired (${from})${entry.deprecates_at ? `; it stopped on ${entry.deprecates_at}` : ''}`,
      fix: use,
    };
  }
  if (entry.lifecycle === 'deprecated') {
    return {
      level: 'warning',
      message: `model ${JSON.stringify(name)} is deprecated (${from})${entry.deprecates_at ? `: it stops working on ${entry.deprecates_at}` : ''}${entry.successor ? `; its successor is ${JSON.stringify(entry.successor)}` : ''}`,
      fix: use,
    };
  }
  if (!entry.listed) {
    return {
      level: 'warning',
      message: `model ${JSON.stringify(name)} is no longer listed in the vendor's newest catalog (${from}); it may stop working`,
      fix: `move to a listed model, e.g. ${other ? JSON.stringify(other) : '"sora-2-pro-preview"'}`,
    };
  }
  return undefined;
}

/** A model's lifecycle as the vendor's catalog states it (`not listed` when its newest omits it). */
export function modelLifecycle(name: string, find: FindCatalogModel = findModel) {
  const entry = find(name);
  return {
    lifecycle: entry ? (entry.listed ? (entry.lifecycle ?? 'unknown') : 'not listed') : 'unknown',
    deprecates_at: entry?.deprecates_at ?? null,
    successor: entry?.successor ?? null,
  };
}
