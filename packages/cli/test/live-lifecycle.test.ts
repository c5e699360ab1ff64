import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_API_KEY,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from '@clipwright/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../src/exit-codes.ts';
import { runCli } from '../src/run-cli.ts';
import { type TestIo, testIo } from './test-io.ts';

// A model's lifecycle as the vendor's live catalog states it, through the CLI: both models
// are active in the committed snapshot; the simulator's catalog says otherwise.
const start = Date.parse('2026-12-10T12:00:00Z');
let root: string;
let sim: Simulator | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'clipwright-live-lifecycle-'));
  await writeFile(join(root, 'a.prompt.md'), '---\nmodel: kling-v3-text-to-video\n---\nA car.\n');
  await writeFile(join(root, 'b.prompt.md'), '---\nmodel: sora-2-pro-preview\n---\nA boat.\n');
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function generate(options: SimulatorOptions, ...extra: string[]) {
  sim = await startSimulator({ port: 0, timeScale: 1000, startTime: start, ...options });
  const io = testIo({ env: { EVOLINK_API_KEY: DEFAULT_API_KEY }, cwd: root });
  const run = `run-${Math.random().toString(36).slice(2)}`;
  const code = await runCli(
    [
      'generate',
      '--base-url',
      sim.url,
      '--root',
      root,
      '--out',
      join(root, run, 'out'),
      '--state-dir',
      join(root, run, 'state'),
      ...extra,
    ],
    io,
    { clock: sim.clock },
  );
  return { code, io, stats: sim.stats() };
}

const all = (io: TestIo) => io.out() + io.err();

describe('model lifecycle from the live catalog (generate against the simulator)', () => {
  it('refuses a model retired since the snapshot: exit 2, a live model suggested, no create at all', async () => {
    const { code, io, stats } = await generate({
      modelLifecycle: {
        'sora-2-pro-preview': { lifecycle: 'retired', deprecates_at: '2026-12-09' },
      },
    });
    expect(code).toBe(exitCodes.invalidInput);
    expect(all(io)).toMatch(
      /b\.prompt\.md:\d+:\d+.*model "sora-2-pro-preview" is retired \(the vendor's live catalog, read 2026-12-10\); it stopped on 2026-12-09/,
    );
    expect(all(io)).toMatch(/use "[\w.-]+"/);
    expect(io.err()).toContain('Nothing was sent.');
    // Not even the other, valid video was made, nor the balance asked.
    expect(stats.creates).toBe(0);
    expect(stats.catalog.served).toBeGreaterThan(0);
  });

  it('warns on a model deprecated since the snapshot, with its date and where it was read', async () => {
    const { code, io, stats } = await generate({
      modelLifecycle: {
        'kling-v3-text-to-video': { lifecycle: 'deprecated', deprecates_at: '2027-01-31' },
      },
    });
    expect(code).toBe(exitCodes.ok);
    expect(io.err()).toMatch(
      /warning a\.prompt\.md:1: model "kling-v3-text-to-video" is deprecated \(the vendor's live catalog, read 2026-12-10\): it stops working on 2027-01-31/,
    );
    expect(stats.creates).toBe(2);
  });

  it('with the catalog down, checks the snapshot’s lifecycle and says so', async () => {
    const { code, io, stats } = await generate({
      modelLifecycle: { 'sora-2-pro-preview': { lifecycle: 'retired' } },
      faults: { rules: [{ on: 'catalog', fault: 'status', status: 503, every: 1 }] },
    });
    // The snapshot has it active: the run goes on, on the committed lifecycle, with a notice.
    expect(code).toBe(exitCodes.ok);
    expect(io.err()).toMatch(/\/v1\/catalog\/models.*using the committed snapshot/);
    expect(stats.creates).toBe(2);
  });

  it('a model in neither catalog validates with a warning naming the live catalog', async () => {
    await writeFile(join(root, 'c.prompt.md'), '---\nmodel: brand-new-video-9\n---\nA kite.\n');
    try {
      const { code, io } = await generate({}, 'c.prompt.md');
      // Validated and sent: the server (here, the simulator) is the one to refuse it.
      expect(code).toBe(exitCodes.someFailed);
      expect(io.out()).toContain('404 model_not_found');
      expect(io.err()).toMatch(
        /model "brand-new-video-9" is not in the vendor's catalog \(the vendor's live catalog, read 2026-12-10\)/,
      );
      await sim?.close();
      // Under a credit cap it needs a stated price, as before: nothing is sent.
      const capped = await generate({}, 'c.prompt.md', '--max-credits', '1000');
      expect(capped.code).toBe(exitCodes.invalidInput);
      expect(capped.io.err()).toMatch(
        /c\.prompt\.md:1:1 model: brand-new-video-9 is not in the price list, so a run capped at max-credits 1000 cannot count it/,
      );
      expect(capped.stats.creates).toBe(0);
    } finally {
      await rm(join(root, 'c.prompt.md'));
    }
  });

  it('plan (the dry run, without a key) keeps to the snapshot and asks nothing', async () => {
    sim = await startSimulator({
      port: 0,
      startTime: start,
      modelLifecycle: { 'sora-2-pro-preview': { lifecycle: 'retired' } },
    });
    const io = testIo({ env: { EVOLINK_BASE_URL: sim.url }, cwd: root });
    expect(await runCli(['plan', '--root', root], io)).toBe(exitCodes.ok);
    expect(sim.stats().catalog.served).toBe(0);
  });
});
