import { describe, expect, it } from 'vitest';
import { formatJson, formatResultsTable, resultsJson, tableRows } from './results-table.ts';
import type { BenchResults } from './run-bench.ts';
import { seededIntegers } from './seeded-random.ts';
import { percentile } from './summary-stats.ts';
import { targets } from './targets.ts';

function fullResults(): BenchResults {
  return {
    mode: 'full',
    generatedAt: '2026-01-01T00:00:00.000Z',
    durationSeconds: 1,
    machine: { node: 'v24', platform: 'linux x64', cpus: 2, cpuModel: 'x' },
    scenarios: {
      polling: {
        metrics: {
          'profiles.linear.pollsRatio': 0.33,
          'profiles.linear.lagP95Ratio': 1.2,
          'profiles.noProgress.pollsRatio': 1,
          worstPollsRatio: 1,
          meanLagP95Ratio: 0.25,
          lagP95Seconds: 1,
        },
      },
      batch: { metrics: { makespanRatio: 1.1, failures: 1, rateLimitedShare: 0.01 } },
      shards: { metrics: { makespanRatio: 1.25, failures: 0 } },
      download: { metrics: { throughputRatio: 0.9, rssDeltaMiB: 16 } },
      coldStart: { metrics: { medianMs: null }, reason: 'no action bundle' },
      cli: { metrics: { coldStartMs: 151 } },
      scale: { metrics: { rssMiB: 150, cpuSeconds: 10.01 } },
      storyboard: { metrics: { cpuRatio: 1.25, peakRssMiB: 601 } },
      poster: { metrics: { hostilePeakRssMiB: null }, reason: 'no GNU time' },
    },
  };
}

describe('tableRows', () => {
  it('judges each figure against its target, boundaries included as the issue states them', () => {
    const rows = Object.fromEntries(tableRows(fullResults()).map((r) => [r.key, r.result]));
    expect(rows).toMatchObject({
      'polling.profiles.linear.pollsRatio': 'pass', // ≤ 1
      'polling.profiles.linear.lagP95Ratio': 'miss', // ≤ 1
      'polling.profiles.noProgress.pollsRatio': 'pass', // ≤ 1
      'polling.profiles.sCurve.pollsRatio': 'not measured',
      'polling.worstPollsRatio': 'pass',
      'polling.meanLagP95Ratio': 'pass',
      'polling.lagP95Seconds': 'pass',
      'batch.makespanRatio': 'pass',
      'batch.failures': 'miss', // = 0
      'batch.rateLimitedShare': 'pass',
      'shards.makespanRatio': 'pass', // ≤ 1.25
      'shards.failures': 'pass',
      'download.throughputRatio': 'pass', // ≥ 0.9
      'download.rssDeltaMiB': 'miss', // < 16, strictly
      'coldStart.medianMs': 'not measured',
      'cli.coldStartMs': 'miss', // > 150
      'scale.rssMiB': 'pass', // ≤ 150
      'scale.cpuSeconds': 'miss', // ≤ 10
      'storyboard.cpuRatio': 'pass', // ≤ 1.25
      'storyboard.peakRssMiB': 'miss', // ≤ 600
      'poster.hostilePeakRssMiB': 'not measured',
    });
    expect(Object.keys(rows)).toHaveLength(targets.length);
  });

  it('writes dotted figures as nested objects in results.json', () => {
    const json = resultsJson(fullResults()) as { polling: Record<string, unknown> };
    expect(json.polling).toMatchObject({
      profiles: { linear: { pollsRatio: 0.33, lagP95Ratio: 1.2 }, noProgress: { pollsRatio: 1 } },
      worstPollsRatio: 1,
    });
  });

  it('prints null figures and their reasons under the table', () => {
    const table = formatResultsTable(fullResults());
    expect(table).toContain('| `coldStart.medianMs` | null | ≤ 200 | not measured |');
    expect(table).toContain('- coldStart: no action bundle');
  });
});

describe('formatJson', () => {
  it('writes results.json as Biome formats it: scalar arrays on one line, objects expanded', () => {
    const text = formatJson({ a: ['x', 'y"z'], b: [1, -2.5], c: [{ d: [true, null] }] });
    expect(text).toBe(
      '{\n  "a": ["x", "y\\"z"],\n  "b": [1, -2.5],\n  "c": [\n    {\n      "d": [true, null]\n    }\n  ]\n}\n',
    );
    expect(JSON.parse(text)).toEqual({ a: ['x', 'y"z'], b: [1, -2.5], c: [{ d: [true, null] }] });
  });
});

describe('helpers', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([], 95)).toBeNaN();
  });

  it('draws the same task lengths for the same seed, within the range', () => {
    const a = seededIntegers(8, 100, 30, 600);
    expect(seededIntegers(8, 100, 30, 600)).toEqual(a);
    expect(seededIntegers(9, 100, 30, 600)).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...a)).toBeLessThanOrEqual(600);
  });
});
