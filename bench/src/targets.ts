/** A target from issue 8: `key` compared with `value` by `op`. */
export interface Target {
  key: string;
  op: '<=' | '<' | '>=' | '=';
  value: number;
  /** What the figure is, for the table. */
  what: string;
}

export const targets: readonly Target[] = [
  { key: 'polling.pollsRatio', op: '<=', value: 0.33, what: 'polls per task ÷ fixed 8 s loop' },
  { key: 'polling.lagP95Ratio', op: '<=', value: 0.25, what: 'p95 detection lag ÷ 8 s loop' },
  { key: 'polling.lagP95Seconds', op: '<=', value: 2, what: 'p95 detection lag (simulated s)' },
  { key: 'batch.makespanRatio', op: '<=', value: 1.15, what: 'makespan ÷ (N/R + longest task)' },
  { key: 'batch.failures', op: '=', value: 0, what: 'jobs not completed' },
  { key: 'batch.rateLimitedShare', op: '<=', value: 0.05, what: '429 answers ÷ all requests' },
  { key: 'download.throughputRatio', op: '>=', value: 0.9, what: 'our throughput ÷ curl -o' },
  { key: 'download.rssDeltaMiB', op: '<', value: 16, what: 'peak RSS 1 GiB − 100 MiB (MiB)' },
  { key: 'coldStart.medianMs', op: '<=', value: 200, what: 'action bundle start → 1st request' },
  { key: 'cli.coldStartMs', op: '<=', value: 150, what: '`clipwright validate`, 10 files (ms)' },
  { key: 'scale.rssMiB', op: '<=', value: 200, what: '1,000 prompts: peak RSS (MiB)' },
  { key: 'scale.cpuSeconds', op: '<=', value: 5, what: '1,000 prompts: CPU user+sys (s)' },
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
