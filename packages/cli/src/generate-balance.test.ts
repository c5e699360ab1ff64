import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';

// `generate`'s balance preflight (the pipeline's `balanceCheck`), seen from the terminal.
let root: string;
const sims: Simulator[] = [];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'clipwright-balance-'));
  // sora-2-beta-max, 10 s: 5.76 credits, the published price.
  await writeFile(
    join(root, 'a.prompt.md'),
    '---\nmodel: sora-2-beta-max\n---\nA paper boat. sim:seconds=1\n',
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});

type SimOptions = Parameters<typeof startSimulator>[0];

/** `clipwright generate` on a fresh simulator; `options.key` is the key in the environment. */
async function generate(options: SimOptions & { key?: string }, ...args: string[]) {
  const { key = DEFAULT_API_KEY, ...simOptions } = options;
  const s = await startSimulator({ port: 0, timeScale: 1000, ...simOptions });
  sims.push(s);
  const dir = await mkdtemp(join(root, 'run-'));
  const io = testIo({ env: { EVOLINK_API_KEY: key }, cwd: root });
  const code = await runCli(
    [
      'generate',
      '--base-url',
      s.url,
      '--out',
      join(dir, 'out'),
      '--state-dir',
      join(dir, 'state'),
      ...args,
    ],
    io,
    { clock: s.clock },
  );
  return { code, io, s, dir };
}

describe('generate checks the balance before the first create', () => {
  it('refuses to start when the balance is below the first video: exit 1, no create', async () => {
    const { code, io, s, dir } = await generate({ balance: 3 });
    expect(code).toBe(exitCodes.someFailed);
    expect(io.err()).toMatch(
      /^Balance: 3 credits \(0\.04 USD\), below the cheapest video to make \(5\.76 credits\)/m,
    );
    expect(io.out()).toMatch(/^Not started, nothing was sent: Balance: 3 credits/m);
    expect(s.stats().creates).toBe(0);
    expect(existsSync(join(dir, 'out', 'manifest.json'))).toBe(false);
  });

  it('--json: a balance event, and the summary carries it', async () => {
    const { code, io, s } = await generate({ balance: 3 }, '--json');
    expect(code).toBe(exitCodes.someFailed);
    const events = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.find((e) => e.type === 'balance')).toMatchObject({
      status: 'known',
      enough: false,
      cheapest: 5.76,
    });
    expect(events.at(-1)).toMatchObject({
      type: 'summary',
      balance: { status: 'known', enough: false },
      exitCode: 1,
    });
    expect(s.stats().creates).toBe(0);
  });

  it('prints the balance and runs when it fits', async () => {
    const { code, io, s } = await generate({ balance: 100 });
    expect(code).toBe(exitCodes.ok);
    expect(io.err()).toContain(
      "Balance: 100 credits (1.47 USD); the plan's estimate of 5.76 credits (0.08 USD) fits.",
    );
    expect(s.stats().creates).toBe(1);
  });

  it('a balance it cannot read only warns: the run goes on', async () => {
    const { code, io, s } = await generate({
      faults: { rules: [{ on: 'credits', fault: 'status', status: 404, at: [1], count: 5 }] },
    });
    expect(code).toBe(exitCodes.ok);
    expect(io.err()).toMatch(
      /The balance could not be read \(.*\); going on without the balance check/,
    );
    expect(s.stats().creates).toBe(1);
  });

  it('a refused key: exit 3 after the one free request, no create', async () => {
    const { code, io, s } = await generate({ key: 'sk-wrong' });
    expect(code).toBe(exitCodes.notConfigured);
    expect(io.out()).toMatch(/EvoLink refused the API key \(401/);
    // The catalog's four reads (free, keyless: prices and health) aside.
    const { requests, catalog } = s.stats();
    expect(requests - catalog.served - catalog.notModified).toBe(1);
    expect(catalog.served).toBe(4);
    expect(s.stats().creates).toBe(0);
  });
});
