/**
 * `@clipwright/pipeline/internal`: for Clipwright's own adapters (the CLI, the GitHub Action)
 * and test suites. No semver promise: anything here may change or go in any release.
 */
export { diffPlans } from './diff/plan-diff.ts';
export { chainModels } from './model/chain.ts';
export type { FileOps } from './model/file-ops.ts';
export { isProblem } from './model/outcome.ts';
export { realFileOps } from './output/file-ops.ts';
export { folderCache } from './output/folder-cache.ts';
export { type Redact, secretRedactor } from './output/secret-redactor.ts';
export { isTempName } from './output/temp-files.ts';
export { callerParamProblem, parseParamPair, parseParamsText } from './plan/params-text.ts';
export { parseShard, type Shard } from './plan/shard.ts';
export { mediaToolWarnings } from './run/storyboard-tools.ts';
export { failingOutcomes, nothingMatched } from './session/verdict.ts';
