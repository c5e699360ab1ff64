import { pollingProfileNames } from './polling-profiles.ts';

/** A target from issues 8 and 17: `key` compared with `value` by `op`. */
export interface Target {
  key: string;
  op: '<=' | '<' | '>=' | '=';
  value: number;
  /** What the figure is, for the table. */
  what: string;
}

const profileTargets: Target[] = pollingProfileNames.flatMap((name) => {
  const linear = name === 'linear';
  return [
    {
      key: `polling.profiles.${name}.pollsRatio`,
      op: '<=',
      value: linear ? 0.33 : 1,
      what: `${name}: polls per task ÷ fixed 8 s loop`,
    },
    {
      key: `polling.profiles.${name}.lagP95Ratio`,
      op: '<=',
      value: linear ? 0.25 : 1,
      what: `${name}: p95 detection lag ÷ 8 s loop`,
    },
  ];
});

export const targets: readonly Target[] = [
  ...profileTargets,
  {
    key: 'polling.worstPollsRatio',
    op: '<=',
    value: 1,
    what: 'the highest pollsRatio of all profiles',
  },
  {
    key: 'polling.worstLagP95Ratio',
    op: '<=',
    value: 1,
    what: 'the highest lagP95Ratio of all profiles',
  },
  {
    key: 'polling.meanPollsRatio',
    op: '<=',
    value: 0.4,
    what: 'the mean pollsRatio of the profiles',
  },
  {
    key: 'polling.meanLagP95Ratio',
    op: '<=',
    value: 0.25,
    what: 'the mean lagP95Ratio of the profiles',
  },
  {
    key: 'polling.lagP95Seconds',
    op: '<=',
    value: 2,
    what: 'linear: p95 detection lag (simulated s)',
  },
  { key: 'batch.makespanRatio', op: '<=', value: 1.15, what: 'makespan ÷ (N/R + longest task)' },
  { key: 'batch.failures', op: '=', value: 0, what: 'jobs not completed' },
  { key: 'batch.rateLimitedShare', op: '<=', value: 0.05, what: '429 answers ÷ all requests' },
  {
    key: 'shards.makespanRatio',
    op: '<=',
    value: 1.25,
    what: '3 shards, 1 key: makespan ÷ batch bound',
  },
  { key: 'shards.failures', op: '=', value: 0, what: '3 shards, 1 key: jobs not completed' },
  { key: 'download.throughputRatio', op: '>=', value: 0.9, what: 'our throughput ÷ curl -o' },
  { key: 'download.rssDeltaMiB', op: '<', value: 16, what: 'peak RSS 1 GiB − 100 MiB (MiB)' },
  { key: 'coldStart.medianMs', op: '<=', value: 200, what: 'action bundle start → 1st request' },
  { key: 'cli.coldStartMs', op: '<=', value: 150, what: '`clipwright validate`, 10 files (ms)' },
  { key: 'scale.rssMiB', op: '<=', value: 150, what: '10,000 prompts: peak RSS (MiB)' },
  { key: 'scale.cpuSeconds', op: '<=', value: 10, what: '10,000 prompts: CPU user+sys (s)' },
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
