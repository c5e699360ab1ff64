import path from 'node:path';
import {
  catalogLifecycle,
  type LiveCatalog,
  lifecycleChanged,
  loadCatalog,
  snapshotCatalog,
  staleSnapshotWarning,
  systemClock,
} from '@clipwright/core/internal';
import type { NoticeCode } from '../model/events.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanOptions } from '../model/plan-options.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { modelWarnings } from '../plan/model-warnings.ts';
import type { SessionOptions } from './session-options.ts';

/**
 * The catalog of one session (see `SessionOptions.catalog`): read live, with the state
 * folder's copies, when the session knows where the API is and has a key; the committed
 * snapshot when it does not, and when `catalog: false` (nothing is asked then). A dry run
 * writes nothing, so it keeps no copies either.
 */
export async function sessionCatalog(options: SessionOptions): Promise<LiveCatalog> {
  const given = options.catalog;
  const client = options.clientOptions;
  if (given === false) return snapshotCatalog();
  const env = client?.env ?? process.env;
  // By default, without a key nothing is sent, the catalog's free reads included; a caller
  // that gives `catalog` options has decided for itself.
  if (given === undefined && (client === undefined || !(client.apiKey ?? env.EVOLINK_API_KEY)))
    return snapshotCatalog();
  const baseUrl = given?.baseUrl ?? client?.baseUrl ?? env.EVOLINK_BASE_URL;
  const root = path.resolve(options.plan.root);
  const stateDir = path.resolve(
    options.plan.stateDir ?? options.stateDir ?? path.join(root, '.clipwright'),
  );
  return loadCatalog({
    ...(baseUrl && { baseUrl }),
    ...(!options.dryRun && { stateDir }),
    ...(options.clock && { clock: options.clock }),
    // Timeouts in real time: a session on a simulated clock still waits for a real server.
    timeoutClock: systemClock,
    ...(given?.fetch && { fetch: given.fetch }),
    ...(given?.timeoutMs !== undefined && { timeoutMs: given.timeoutMs }),
    ...(client?.dispatcher && { dispatcher: client.dispatcher }),
  });
}

/**
 * The notices a session prints about its catalog: each endpoint that fell back, and under a
 * credit cap, a committed snapshot older than `SNAPSHOT_MAX_AGE_DAYS` when prices come from it
 * alone.
 */
export function catalogNotices(
  catalog: LiveCatalog,
  options: SessionOptions,
): { message: string; code: NoticeCode }[] {
  const notices: { message: string; code: NoticeCode }[] = catalog.notices.map((message) => ({
    message,
    code: 'catalog_fallback',
  }));
  if (options.maxCredits !== undefined && catalog.priceSource.kind === 'snapshot') {
    const now = options.clock?.now() ?? Date.now();
    const stale = staleSnapshotWarning(catalog.priceSource.snapshotDate, now);
    if (stale) notices.push({ message: stale, code: 'snapshot_old' });
  }
  return notices;
}

/**
 * The plan against the session's catalog. Planned again when the live price list changed a
 * price or the live (or cached) catalog says something else than the snapshot about a model
 * the plan uses (a model retired since the snapshot is then a problem: nothing is sent);
 * else the same plan with the catalog's price source, its lifecycle warnings saying where the
 * lifecycle comes from.
 */
export async function planWithCatalog(
  plan: Plan,
  catalog: LiveCatalog,
  planOptions: PlanOptions,
): Promise<Plan> {
  const names = new Set(
    plan.jobs.flatMap((job) =>
      job.chain ? job.chain.map((m) => m.request.model) : [job.request.model],
    ),
  );
  if (catalog.pricesChanged || lifecycleChanged(catalog, names))
    return loadPlan({ ...planOptions, catalog });
  return {
    ...plan,
    priceSource: catalog.priceSource,
    ...(catalog.lifecycleSource.kind !== 'snapshot' && {
      warnings: modelWarnings(plan.jobs, catalogLifecycle(catalog)),
    }),
  };
}
