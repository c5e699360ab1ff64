import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePromptRepo } from './prompt-repo.ts';
import { notMeasured, type ScenarioResult } from './scenario-result.ts';
import { median, round } from './summary-stats.ts';

/** The action's bundle, as the runner executes it. */
export const defaultActionBundle = fileURLToPath(
  new URL('../../action/dist/index.js', import.meta.url),
);

export interface ColdStartSizes {
  runs: number;
}

/**
 * `node action/dist/index.js` with the default inputs (cache on, no cache service reachable)
 * and INPUT_* variables pointing base-url at a loopback listener,
 * from just before spawn to the listener seeing the first request (the create), median of
 * `runs`. The child is killed at that request: only the start-up is measured.
 */
export async function coldStartScenario(
  sizes: ColdStartSizes,
  options: { bundle?: string } = {},
): Promise<ScenarioResult> {
  const bundle = options.bundle ?? defaultActionBundle;
  if (!existsSync(bundle)) {
    return notMeasured(
      ['medianMs'],
      `no action bundle at ${bundle}: run \`pnpm --filter @clipwright/action build\``,
    );
  }
  const workspace = await writePromptRepo(['Cold start benchmark clip.'], { prefix: 'cold' });
  const runner = await mkdtemp(path.join(tmpdir(), 'clipwright-bench-runner-'));
  const eventPath = path.join(runner, 'event.json');
  await writeFile(eventPath, '{}');
  await Promise.all(['output', 'summary'].map((name) => writeFile(path.join(runner, name), '')));
  let firstRequest: (() => void) | undefined;
  const server = createServer((req, res) => {
    firstRequest?.();
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end('{"error":{"code":"service_unavailable","message":"benchmark listener"}}');
    req.resume();
  });
  try {
    const port = await listen(server);
    const samples: number[] = [];
    for (let i = 0; i < sizes.runs; i++) {
      samples.push(
        await timeToFirstRequest(bundle, {
          PATH: process.env.PATH ?? '',
          HOME: runner,
          RUNNER_TEMP: runner,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_OUTPUT: path.join(runner, 'output'),
          GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_EVENT_NAME: 'workflow_dispatch',
          GITHUB_REPOSITORY: 'acme/site',
          GITHUB_SHA: 'b'.repeat(40),
          'INPUT_API-KEY': 'sk-bench-cold-start',
          'INPUT_BASE-URL': `http://127.0.0.1:${port}`,
          INPUT_UPLOAD: 'none',
          // The default inputs otherwise: cache on, and no cache service reachable (no
          // ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL), as on a runner without one.
        }),
      );
    }
    // For the reader: what a bare Node start (spawn to exit, nothing loaded) costs here.
    const bare: number[] = [];
    for (let i = 0; i < Math.min(3, sizes.runs); i++) bare.push(await bareNodeMs());
    return {
      metrics: { medianMs: round(median(samples), 1) },
      details: {
        runs: sizes.runs,
        samplesMs: samples.map((s) => round(s, 1)),
        bareNodeMedianMs: round(median(bare), 1),
        bundleMiB: round((await stat(bundle)).size / 1024 / 1024, 2),
        node: process.version,
      },
    };
  } finally {
    server.close();
    server.closeAllConnections();
    await rm(workspace, { recursive: true, force: true });
    await rm(runner, { recursive: true, force: true });
  }

  function timeToFirstRequest(script: string, env: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      let stderr = '';
      const started = performance.now();
      const child = spawn(process.execPath, [script], {
        env,
        cwd: env.GITHUB_WORKSPACE,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      let elapsed: number | undefined;
      firstRequest = () => {
        elapsed ??= performance.now() - started;
        child.kill('SIGKILL');
      };
      child.on('error', reject);
      child.on('exit', () => {
        clearTimeout(timer);
        firstRequest = undefined;
        if (elapsed === undefined) {
          reject(new Error(`the action exited before any request: ${stderr.slice(-500)}`));
        } else resolve(elapsed);
      });
    });
  }
}

function bareNodeMs(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
