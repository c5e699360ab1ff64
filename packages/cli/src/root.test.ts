import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';

const checkout = fileURLToPath(new URL('../../..', import.meta.url));
let repo: string;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'clipwright-root-'));
  await writeFile(join(repo, 'bad.prompt.md'), '---\nduration: "8"\n---\nA quiet harbour.\n');
  await writeFile(join(repo, 'tab.prompt.md'), '---\nmodel: sora-2\n\tduration: 8\n---\nDusk.\n');
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('the root the CLI reads', () => {
  it('`pnpm -C <checkout> clipwright validate` from another repository reports its errors, exit 2', async () => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      // INIT_CWD from the test runner's own pnpm must not leak: pnpm sets it afresh.
      if (v !== undefined && !/^(EVOLINK_|INIT_CWD$|npm_)/.test(k)) env[k] = v;
    }
    const child = spawn('pnpm', ['-C', checkout, '--silent', 'clipwright', 'validate'], {
      cwd: repo,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise<number | null>((done, fail) => {
      child.once('error', fail);
      child.once('close', done);
    });
    expect(out).toContain(`Root: ${repo}`);
    expect(out).toMatch(/bad\.prompt\.md:2:\d+ duration: .*got "8" \(fix: write it as a number/);
    expect(out).toMatch(/tab\.prompt\.md:3:\d+ .*\(fix: YAML does not allow tabs/);
    expect(code).toBe(exitCodes.invalidInput);
  }, 60_000);

  it('validate and plan --json carry the root', async () => {
    for (const command of ['validate', 'plan']) {
      const io = testIo({ cwd: repo });
      expect(await runCli([command, '--json'], io)).toBe(exitCodes.invalidInput);
      expect((JSON.parse(io.out()) as { root: string }).root).toBe(repo);
    }
  });

  describe('generate', () => {
    let sim: Simulator;
    let good: string;
    beforeAll(async () => {
      sim = await startSimulator({ port: 0, timeScale: 1000 });
      good = await mkdtemp(join(tmpdir(), 'clipwright-root-good-'));
      await writeFile(
        join(good, 'one.prompt.md'),
        '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA lighthouse.\n',
      );
    });
    afterAll(async () => {
      await sim.close();
      await rm(good, { recursive: true, force: true });
    });

    it('writes to <root>/out by default and says so, in plain mode and in the --json stream', async () => {
      const env = { EVOLINK_API_KEY: DEFAULT_API_KEY, EVOLINK_BASE_URL: sim.url };
      const plain = testIo({ cwd: tmpdir(), env });
      expect(await runCli(['generate', '--root', good], plain)).toBe(exitCodes.ok);
      expect(plain.err()).toContain(`Root: ${good} (out: ${join(good, 'out')})`);

      const json = testIo({ cwd: good, env });
      expect(await runCli(['generate', '--json'], json)).toBe(exitCodes.ok);
      const first = JSON.parse(json.out().split('\n')[0] ?? '') as Record<string, unknown>;
      expect(first).toEqual({
        schemaVersion: 1,
        type: 'start',
        root: good,
        out: join(good, 'out'),
      });
    }, 60_000);
  });
});
