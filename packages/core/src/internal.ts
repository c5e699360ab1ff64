// `@clipwright/core/internal`: what Clipwright's own packages (pipeline, CLI, action, tests)
// need from core beyond its public surface. Not for other programs: no semver promise, any
// of these may change or go in any release.

export {
  CATALOG_FRESH_MS,
  CATALOG_STALE_MS,
  type CatalogFs,
} from './catalog/catalog-cache.ts';
export { type CatalogPriceUse, catalogPriceSkus } from './catalog/catalog-price-skus.ts';
export { type CatalogEndpoint, catalogEndpoints } from './catalog/catalog-schemas.ts';
export {
  catalogLifecycle,
  type LifecycleSource,
  type LiveCatalog,
  type LoadCatalogOptions,
  lifecycleChanged,
  loadCatalog,
  type PriceSource,
  snapshotCatalog,
} from './catalog/load-catalog.ts';
export {
  healthUnavailable,
  type ModelHealth,
  UNAVAILABLE_HEALTH_STATUSES,
} from './catalog/model-health.ts';
export { ageInDays, SNAPSHOT_MAX_AGE_DAYS, staleSnapshotWarning } from './catalog/snapshot-age.ts';
export { systemClock } from './client/system-clock.ts';
export { IDEMPOTENCY_CONFLICT } from './errors/api-error.ts';
export { asDiskError } from './errors/disk-error.ts';
export { modelUnavailable } from './errors/model-unavailable.ts';
export { taskFailureCodes } from './errors/task-failure-codes.ts';
export { applyDefaults } from './models/apply-defaults.ts';
export { estimatePrice, pricedAtDearest } from './models/estimate-credits.ts';
export {
  type LifecycleCatalog,
  type LifecycleNotice,
  lifecycleCatalog,
  lifecycleNotice,
  liveModels,
  modelLifecycle,
  snapshotLifecycleSource,
} from './models/lifecycle.ts';
export { getModel } from './models/models.ts';
export { roundCredits } from './models/price-table.ts';
export { type CreditEstimate, priceList } from './models/published-price.ts';
export { didYouMean } from './validation/did-you-mean.ts';
export { imageIssues, imageSizeIssues, MAX_IMAGE_BYTES } from './validation/image-issues.ts';
