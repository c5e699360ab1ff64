/**
 * Each input's default as `action.yml` declares it; `inputs.test.ts` holds the two equal, so
 * a default is changed in both or the suite fails. On a runner, an input left out arrives
 * with action.yml's default already; this table gives the same value to an input that is set
 * but empty, and to runs without the runner (tests, a local run). `api-key` has no default;
 * `github-token`'s (`github.token`) exists only on a runner.
 */
export const inputDefaults = {
  root: '.',
  prompts: '',
  manifest: '',
  model: '',
  duration: '',
  'aspect-ratio': '',
  quality: '',
  params: '',
  upload: 'artifact',
  'artifact-name': 'clipwright-videos',
  'artifact-per-video': 'false',
  'retention-days': '',
  'release-tag': '',
  overwrite: 'false',
  'release-posters': 'false',
  concurrency: '2',
  'max-credits': '',
  'pr-comment': 'auto',
  'pr-comment-from': '',
  'max-credits-delta': '',
  'max-credits-per-video': '',
  'preview-label': 'clipwright:preview',
  'dry-run': 'false',
  'changed-only': 'false',
  shard: '',
  'timeout-minutes': '',
  'fail-on': 'failed,invalid,cancelled,suspect',
  'allow-suspect': 'false',
  'retry-suspect': '0',
  vars: '',
  'base-url': 'https://api.evolink.ai',
  cache: 'true',
} as const;

/** An input with a default in `action.yml` (every input but `api-key` and `github-token`). */
export type DefaultedInput = keyof typeof inputDefaults;
