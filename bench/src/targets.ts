import { pollingProfileNames } from './polling-profiles.ts';
import { pollingShapeNames } from './polling-shapes.ts';

/** A target from issues 8, 17, 30, 31 and 32: `key` compared with `value` by `op`. */
export interface Target {
  key: string;
  op: '<=' | '<' | '>=' | '=';
  value: number;
  /** What the figure is, for the table. */
  what: string;
}

/** Per shape: never worse than the fixed loop, on polls or on the p95 lag (issue 31). */
const shapeTargets: Target[] = [
  ...pollingProfileNames.map((n) => ['profiles', n] as const),
  ...pollingShapeNames.map((n) => ['shapes', n] as const),
].flatMap(([family, name]) => [
  {
    key: `polling.${family}.${name}.pollsRatio`,
    op: '<=' as const,
    value: 1,
    what: `${name}: polls per task ÷ fixed 8 s loop`,
  },
  {
    key: `polling.${family}.${name}.lagP95Ratio`,
    op: '<=' as const,
    value: 1,
    what: `${name}: p95 detection lag ÷ 8 s loop`,
  },
]);

export const targets: readonly Target[] = [
  ...shapeTargets,
  { key: 'polling.worstPollsRatio', op: '<=', value: 1, what: 'the highest pollsRatio' },
  { key: 'polling.worstLagP95Ratio', op: '<=', value: 1, what: 'the highest lagP95Ratio' },
  {
    key: 'polling.signalMeanPollsRatio',
    op: '<=',
    value: 0.4,
    what: 'mean pollsRatio, shapes with a signal',
  },
  {
    key: 'polling.signalMeanLagP95Ratio',
    op: '<=',
    value: 0.25,
    what: 'mean lagP95Ratio, shapes with a signal',
  },
  { key: 'polling.meanPollsRatio', op: '<=', value: 0.6, what: 'mean pollsRatio, all shapes' },
  { key: 'polling.meanLagP95Ratio', op: '<=', value: 0.5, what: 'mean lagP95Ratio, all shapes' },
  {
    key: 'polling.lagP95Seconds',
    op: '<=',
    value: 2,
    what: 'linear profile: p95 detection lag (s)',
  },
  { key: 'batch.makespanRatio', op: '<=', value: 1.15, what: 'makespan ÷ (N/R + longest task)' },
  { key: 'batch.failures', op: '=', value: 0, what: 'jobs not completed' },
  { key: 'batch.rateLimitedShare', op: '<=', value: 0.05, what: '429 answers ÷ all requests' },
  {
    key: 'shards.makespanRatio',
    op: '<=',
    value: 1.25,
    what: '3 shards, 1 key, no Retry-After, 5 s apart: makespan ÷ tight bound',
  },
  { key: 'shards.failures', op: '=', value: 0, what: '3 shards, 1 key: jobs not completed' },
  {
    key: 'shards.rateLimitedShare',
    op: '<=',
    value: 0.05,
    what: '3 shards, 1 key: 429 answers ÷ all requests',
  },
  {
    key: 'shards.runnerSecondsRatio',
    op: '<=',
    value: 1.25,
    what: '3 shards: runner seconds ÷ (3 × tight bound)',
  },
  { key: 'download.throughputRatio', op: '>=', value: 0.75, what: 'our throughput ÷ curl -o' },
  {
    key: 'download.verifyingPeerRatio',
    op: '>=',
    value: 1,
    what: 'our throughput ÷ (curl -o, then openssl dgst -sha256)',
  },
  { key: 'download.rssDeltaMiB', op: '<', value: 16, what: 'peak RSS 1 GiB − 100 MiB (MiB)' },
  { key: 'coldStart.medianMs', op: '<=', value: 200, what: 'action bundle start → 1st request' },
  { key: 'cli.coldStartMs', op: '<=', value: 150, what: '`clipwright validate`, 10 files (ms)' },
  { key: 'scale.rssMiB', op: '<=', value: 150, what: '10,000 prompts: peak RSS (MiB)' },
  { key: 'scale.cpuSeconds', op: '<=', value: 10, what: '10,000 prompts: CPU user+sys (s)' },
  {
    key: 'storyboard.cpuSecondsPerOutputSecond',
    op: '<=',
    value: 1,
    what: '60 s 1080p storyboard: CPU s per s of output',
  },
  {
    key: 'storyboard.cpuRatio',
    op: '<=',
    value: 1.25,
    what: 'its CPU ÷ ffmpeg concat by hand, same encoder',
  },
  { key: 'storyboard.peakRssMiB', op: '<=', value: 600, what: 'its peak RSS (MiB), any program' },
  { key: 'storyboard.rssRatio', op: '<=', value: 1.5, what: 'its peak RSS ÷ ffmpeg by hand' },
  {
    key: 'poster.hostilePeakRssMiB',
    op: '<=',
    value: 256,
    what: '2880² hostile MP4: poster peak RSS (MiB)',
  },
  {
    key: 'poster.hostileRssRatio',
    op: '<=',
    value: 0.25,
    what: 'its peak ÷ unbounded `-vf thumbnail`',
  },
];

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  switch (target.op) {
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
    case '>=':
      return value >= target.value;
    case '=':
      return value === target.value;
  }
}
