import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';

let sim: Simulator;
let root: string;
const noClient = {
  createClient: () => {
    throw new Error('plan must not create a client');
  },
};

beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
  root = await mkdtemp(join(tmpdir(), 'clipwright-cli-warnings-'));
  // sora-2-beta-max is in the snapshot, but the vendor's newest catalog no longer lists it.
  await writeFile(join(root, 'old.prompt.md'), '---\nmodel: sora-2-beta-max\n---\nA car.\n');
});
afterAll(async () => {
  await sim.close();
  await rm(root, { recursive: true, force: true });
});

describe('model lifecycle warnings, as `validate` gives them', () => {
  it('plan lists them under the estimates, with the file and line, and USD and the prices’ age', async () => {
    const io = testIo({ now: () => Date.parse('2026-12-10T12:00:00Z') });
    expect(await runCli(['plan', '--root', root], io, noClient)).toBe(exitCodes.ok);
    expect(io.out()).toMatch(
      /1 warning:\n {2}old\.prompt\.md:1:1 model: model "sora-2-beta-max" is no longer listed/,
    );
    expect(io.out()).toMatch(/5\.76 credits estimated \(0\.08 USD, at the high end\)/);
    expect(io.out()).toContain(
      '(committed snapshot) of 2026-12-07 (3 days old); 68 credits = 1 USD.',
    );
  });

  it('generate prints them on stderr before the run', async () => {
    const io = testIo({ env: { EVOLINK_API_KEY: DEFAULT_API_KEY }, cwd: root });
    const code = await runCli(
      [
        'generate',
        '--base-url',
        sim.url,
        '--root',
        root,
        '--out',
        join(root, 'out'),
        '--state-dir',
        join(root, 'state'),
      ],
      io,
      { clock: sim.clock },
    );
    expect(code).toBe(exitCodes.ok);
    expect(io.err()).toMatch(
      /warning old\.prompt\.md:1: model "sora-2-beta-max" is no longer listed/,
    );
  });
});
