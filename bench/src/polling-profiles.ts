import type { ProgressProfile } from '@clipwright/simulator';

/**
 * The progress shapes of issue 17, each run as a simulator-wide `progressProfile` and
 * `estimateFactor` (`estimateLong`: the estimate is 5 times the truth; `estimateShort`: a fifth).
 */
export const pollingProfiles = {
  linear: { progressProfile: 'linear', estimateFactor: 1 },
  sCurve: { progressProfile: 's-curve', estimateFactor: 1 },
  fastThenCrawl: { progressProfile: 'fast-then-crawl', estimateFactor: 1 },
  mostlyPending: { progressProfile: 'mostly-pending', estimateFactor: 1 },
  noProgress: { progressProfile: 'silent', estimateFactor: 1 },
  bigSteps: { progressProfile: 'steps', estimateFactor: 1 },
  estimateLong: { progressProfile: 'linear', estimateFactor: 5 },
  estimateShort: { progressProfile: 'linear', estimateFactor: 0.2 },
} as const satisfies Record<string, { progressProfile: ProgressProfile; estimateFactor: number }>;

export type PollingProfileName = keyof typeof pollingProfiles;
export const pollingProfileNames = Object.keys(pollingProfiles) as PollingProfileName[];
