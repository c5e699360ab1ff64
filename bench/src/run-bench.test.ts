import { describe, expect, it } from 'vitest';
import { formatResultsTable, resultsJson } from './results-table.ts';
import { metricNamesOf, runBench, scenarioNames } from './run-bench.ts';
import { targets } from './targets.ts';

// The smoke run: every scenario end to end at tiny sizes, so the benchmark code cannot rot.
// It asserts the shape of the results, never timings (those belong to `pnpm bench`).
describe('runBench --smoke', () => {
  it('measures every scenario and reports every target key', async () => {
    const results = await runBench({ smoke: true });
    expect(results.mode).toBe('smoke');
    for (const name of scenarioNames) {
      const scenario = results.scenarios[name];
      expect(Object.keys(scenario.metrics).sort()).toEqual(metricNamesOf(name).sort());
      for (const [metric, value] of Object.entries(scenario.metrics)) {
        if (value === null) {
          // Only a missing piece may leave a figure out, and then it says why.
          expect(scenario.reason, `${name}.${metric}`).toMatch(/\S/);
          console.warn(`smoke: ${name}.${metric} not measured: ${scenario.reason}`);
        } else {
          expect(Number.isFinite(value), `${name}.${metric} = ${value}`).toBe(true);
          // A difference of two measurements (rssDeltaMiB) may dip below zero by noise.
          if (!metric.includes('Delta')) {
            expect(value, `${name}.${metric}`).toBeGreaterThanOrEqual(0);
          }
        }
      }
    }
    // Every scenario that depends only on packages present must really run.
    for (const name of ['polling', 'batch', 'shards', 'download', 'scale'] as const) {
      expect(results.scenarios[name].reason, name).toBeUndefined();
    }
    // The media scenarios may lack only GNU time (not on macOS); any other reason is a failure.
    for (const name of ['storyboard', 'poster'] as const) {
      const reason = results.scenarios[name].reason;
      if (reason !== undefined) expect(reason, name).toMatch(/GNU time/);
    }
    expect(results.scenarios.batch.metrics.failures).toBe(0);
    expect(results.scenarios.shards.metrics.failures).toBe(0);
    expect(results.scenarios.shards.details).toMatchObject({ prompts: 6, shards: 3 });
    expect(results.scenarios.batch.details).toMatchObject({ counts: { completed: 6 } });
    expect(results.scenarios.scale.details).toMatchObject({ counts: { cached: 20 } });

    const table = formatResultsTable(results);
    for (const t of targets) expect(table).toContain(`\`${t.key}\``);
    expect(table).not.toMatch(/\| (pass|miss) \|/); // smoke sizes are never judged
    const json = resultsJson(results) as Record<string, Record<string, unknown>>;
    for (const t of targets) {
      const scenario = t.key.slice(0, t.key.indexOf('.'));
      const metric = t.key.slice(t.key.indexOf('.') + 1);
      expect(json[scenario]).toHaveProperty(metric);
    }
  }, 120_000);

  it('reports a missing action bundle as null with the reason', async () => {
    const results = await runBench({
      smoke: true,
      only: ['coldStart'],
      actionBundle: '/nonexistent/action/dist/index.js',
    });
    expect(results.scenarios.coldStart.metrics).toEqual({ medianMs: null });
    expect(results.scenarios.coldStart.reason).toContain('no action bundle');
    expect(results.scenarios.polling.reason).toBe('not selected (--only)');
    expect(formatResultsTable(results)).toContain(
      '| `coldStart.medianMs` | null | ≤ 200 | not measured |',
    );
  });
});
