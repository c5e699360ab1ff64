import os from 'node:os';
import { batchScenario } from './batch-scenario.ts';
import { type BenchSizes, fullSizes, smokeSizes } from './bench-sizes.ts';
import { cliStartScenario } from './cli-start-scenario.ts';
import { coldStartScenario } from './cold-start-scenario.ts';
import { downloadScenario } from './download-scenario.ts';
import { pollingScenario } from './polling-scenario.ts';
import { posterScenario } from './poster-scenario.ts';
import { scaleScenario } from './scale-scenario.ts';
import { notMeasured, type ScenarioResult } from './scenario-result.ts';
import { shardsScenario } from './shards-scenario.ts';
import { storyboardScenario } from './storyboard-scenario.ts';
import { round } from './summary-stats.ts';
import { targets } from './targets.ts';

export const scenarioNames = [
  'polling',
  'batch',
  'shards',
  'download',
  'coldStart',
  'cli',
  'scale',
  'storyboard',
  'poster',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export interface BenchResults {
  mode: 'full' | 'smoke';
  generatedAt: string;
  durationSeconds: number;
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  scenarios: Record<ScenarioName, ScenarioResult>;
}

export interface RunBenchOptions {
  /** Tiny sizes, no targets. Default false. */
  smoke?: boolean;
  /** Scenarios to run; the others report null. Default all. */
  only?: readonly ScenarioName[];
  /** Override sizes (tests). Default: full or smoke sizes. */
  sizes?: BenchSizes;
  /** Progress lines. Default: none. */
  log?: (line: string) => void;
  /** The action bundle for coldStart. Default action/dist/index.js. */
  actionBundle?: string;
}

/** Runs the scenarios one after another (never in parallel: they would measure each other). */
export async function runBench(options: RunBenchOptions = {}): Promise<BenchResults> {
  const smoke = options.smoke ?? false;
  const sizes = options.sizes ?? (smoke ? smokeSizes : fullSizes);
  const log = options.log ?? (() => {});
  const only = new Set(options.only ?? scenarioNames);
  const started = performance.now();
  const run: Record<ScenarioName, () => Promise<ScenarioResult>> = {
    polling: () => pollingScenario(sizes.polling),
    batch: () => batchWithSweep(sizes.batch, log),
    shards: () => shardsScenario(sizes.shards),
    download: () => downloadScenario(sizes.download),
    coldStart: () =>
      coldStartScenario(sizes.coldStart, {
        ...(options.actionBundle !== undefined && { bundle: options.actionBundle }),
      }),
    cli: () => cliStartScenario(sizes.cli),
    scale: () => scaleScenario(sizes.scale),
    storyboard: () => storyboardScenario(sizes.storyboard),
    poster: () => posterScenario(sizes.poster),
  };
  const scenarios = {} as Record<ScenarioName, ScenarioResult>;
  for (const name of scenarioNames) {
    const metricNames = metricNamesOf(name);
    if (!only.has(name)) {
      scenarios[name] = notMeasured(metricNames, 'not selected (--only)');
      continue;
    }
    log(`${name}: running`);
    const t = performance.now();
    try {
      scenarios[name] = await run[name]();
    } catch (error) {
      scenarios[name] = notMeasured(metricNames, `failed: ${(error as Error).message}`);
    }
    log(`${name}: ${round((performance.now() - t) / 1000, 1)} s`);
  }
  return {
    mode: smoke ? 'smoke' : 'full',
    generatedAt: new Date().toISOString(),
    durationSeconds: round((performance.now() - started) / 1000, 1),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
    },
    scenarios,
  };
}

/** The target keys of a scenario, without its prefix (`polling` → `pollsRatio`, ...). */
export function metricNamesOf(scenario: ScenarioName): string[] {
  return targets
    .filter((t) => t.key.startsWith(`${scenario}.`))
    .map((t) => t.key.slice(scenario.length + 1));
}

/** The batch at its stated concurrency, then (details only) at the sweep's concurrencies. */
async function batchWithSweep(
  sizes: BenchSizes['batch'],
  log: (line: string) => void,
): Promise<ScenarioResult> {
  const { sweep, ...main } = sizes;
  const result = await batchScenario(main);
  if (sweep.length === 0) return result;
  const rows: Array<Record<string, unknown>> = [];
  for (const concurrency of sweep) {
    log(`batch: sweep, concurrency ${concurrency}`);
    try {
      const r = await batchScenario({ ...main, concurrency });
      rows.push({ concurrency, ...r.metrics, makespanSeconds: r.details?.makespanSeconds });
    } catch (error) {
      rows.push({ concurrency, error: (error as Error).message });
    }
  }
  return { ...result, details: { ...result.details, sweep: rows } };
}
