#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFaultSpec } from './faults/faults.ts';
import { parseRateLimit } from './http/rate-limiter.ts';
import { DEFAULT_API_KEY, type SimulatorOptions } from './options.ts';
import { startSimulator } from './simulator.ts';
import { type ProgressProfile, progressProfiles } from './tasks/progress-profiles.ts';

const usage = `usage: simulator [--port 8787] [--host 127.0.0.1] [--time-scale 1] [--api-key KEY ...]
  [--seed N] [--faults FILE.json] [--rate-limit create=10/60,query=120/60] [--no-retry-after]
  [--balance N] [--result-bytes N] [--allow-insecure-callbacks]
  [--progress linear|s-curve|fast-then-crawl|mostly-pending|silent|steps] [--estimate K]`;

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got ${value}`);
  return n;
}

function profile(value: string | undefined): ProgressProfile | undefined {
  if (value === undefined) return undefined;
  if (!(progressProfiles as readonly string[]).includes(value)) {
    throw new Error(`--progress must be one of ${progressProfiles.join(', ')}, got ${value}`);
  }
  return value as ProgressProfile;
}

/**
 * Where a relative `--faults` path starts: `pnpm simulator` runs in the checkout, but the user
 * meant the directory they typed it in, which pnpm passes as INIT_CWD (as `clipwright
 * simulator` resolves it from the current directory).
 */
const from = process.env.INIT_CWD ?? process.cwd();

function parse(argv: string[]): SimulatorOptions {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'time-scale': { type: 'string' },
      'api-key': { type: 'string', multiple: true },
      seed: { type: 'string' },
      faults: { type: 'string' },
      'rate-limit': { type: 'string' },
      'no-retry-after': { type: 'boolean' },
      balance: { type: 'string' },
      'result-bytes': { type: 'string' },
      'allow-insecure-callbacks': { type: 'boolean' },
      progress: { type: 'string' },
      estimate: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return {
    port: number('port', values.port) ?? 8787,
    host: values.host ?? '127.0.0.1',
    timeScale: number('time-scale', values['time-scale']),
    apiKeys: values['api-key'],
    seed: number('seed', values.seed),
    faults: values.faults
      ? parseFaultSpec(JSON.parse(readFileSync(resolve(from, values.faults), 'utf8')))
      : undefined,
    rateLimit: values['rate-limit'] ? parseRateLimit(values['rate-limit']) : undefined,
    retryAfterHeader: values['no-retry-after'] ? false : undefined,
    balance: number('balance', values.balance),
    resultBytes: number('result-bytes', values['result-bytes']),
    allowInsecureCallbacks: values['allow-insecure-callbacks'],
    progressProfile: profile(values.progress),
    estimateFactor: number('estimate', values.estimate),
  };
}

let options: SimulatorOptions;
try {
  options = parse(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`simulator: ${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}
const sim = await startSimulator(options);
// The first line stays exactly `listening on URL` for scripts that wait for it.
const keys = Array.isArray(options.apiKeys)
  ? options.apiKeys
  : options.apiKeys
    ? Object.keys(options.apiKeys)
    : [DEFAULT_API_KEY];
process.stdout.write(
  `listening on ${sim.url}\n${keys.map((k) => `export EVOLINK_API_KEY=${k}`).join('\n')}\nexport EVOLINK_BASE_URL=${sim.url}\n`,
);
const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
