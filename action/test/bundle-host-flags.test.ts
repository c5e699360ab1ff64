import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRepo } from '../../packages/pipeline/test/repo.ts';
import { bundlePath, runnerEnv } from './run-action.ts';

const KEY = 'sk-host-flags-never-leak-0b7e';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000, apiKeys: [KEY], resultBytes: 600_000 });
});
afterAll(() => sim.close());

/**
 * The committed bundle (dist/index.js: core's client, its download and its SHA-256 worker,
 * bundled by esbuild) started the way another program might: `node --input-type=module -e`
 * importing it, so the host process carries flags of its own. The worker that hashes each
 * download must not take its module kind from them.
 */
function runBundleUnderHostFlags(env: Record<string, string>, cwd: string) {
  const source = `await import(${JSON.stringify(pathToFileURL(bundlePath).href)});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('the bundled action in a host process started with node --input-type=module', () => {
  it('downloads a video and its SHA-256 is the hash of the bytes on disk', async () => {
    const workspace = await writeRepo({
      'prompts/promo.md':
        '---\nmodel: sora-2-pro-preview\n---\nA lighthouse at dusk. sim:seconds=2\n',
    });
    const { env, temp } = await runnerEnv({
      workspace,
      inputs: { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'false' },
    });
    const run = await runBundleUnderHostFlags(env, workspace);
    expect(run.stderr).not.toMatch(/require is not defined|ReferenceError/);
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const outDir = join(temp, 'clipwright', 'out');
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as {
      videos: Array<{ path: string; status: string; sha256?: string }>;
    };
    const [video] = manifest.videos;
    expect(video?.status).toBe('completed');
    const bytes = await readFile(join(outDir, video?.path ?? ''));
    expect(bytes.length).toBe(600_000);
    expect(video?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  }, 60_000);
});
