/**
 * `@clipwright/pipeline/report`: the plan, a diff, a balance and a run's results as text,
 * Markdown, HTML and JSON, worded the same in the CLI, the action and the gallery.
 */
export { outcomes } from '../model/outcome.ts';
export { formatProblem } from '../model/problem.ts';
export { fallbackMessage } from './fallback-message.ts';
export { formatBalance } from './format-balance.ts';
export { formatBytes } from './format-bytes.ts';
export {
  formatCredits,
  formatCreditsUsd,
  formatPriceSource,
  formatUsd,
  snapshotPrices,
} from './format-credits.ts';
export {
  changedEntries,
  type DiffReportOptions,
  diffToJson,
  formatDiffMarkdown,
  formatDiffSummary,
  formatDiffTable,
  markdownCell,
  signedCredits,
} from './format-diff.ts';
export {
  creditsMark,
  formatAssumptions,
  formatDefaultModelChange,
  formatPlanTable,
  formatSetting,
  type PlanTableOptions,
  planToJson,
} from './format-plan.ts';
export { type GalleryItem, type GalleryOptions, renderGallery } from './gallery.ts';
export { modelLabel } from './model-label.ts';
