import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotCatalog } from '@clipwright/core/internal';
import {
  DEFAULT_API_KEY,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from '@clipwright/simulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../src/exit-codes.ts';
import { runCli } from '../src/run-cli.ts';
import { testIo } from './test-io.ts';

// `generate --json`: model warnings, the session's warnings and the prices' source as
// structured entries (the `warnings` line), as `plan --json` has them.
const snapshotDate = snapshotCatalog().priceSource.snapshotDate;
let root: string;
let sim: Simulator | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'clipwright-json-warnings-'));
  await writeFile(join(root, 'a.prompt.md'), '---\nmodel: kling-v3-text-to-video\n---\nA car.\n');
  // In the snapshot, but no longer listed by the vendor's newest catalog.
  await writeFile(join(root, 'old.prompt.md'), '---\nmodel: sora-2-beta-max\n---\nA boat.\n');
  await writeFile(join(root, 'new.prompt.md'), '---\nmodel: brand-new-video-9\n---\nA kite.\n');
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

type Line = Record<string, unknown> & { type: string };

async function generateJson(options: SimulatorOptions, ...extra: string[]) {
  sim = await startSimulator({ port: 0, timeScale: 1000, ...options });
  const io = testIo({ env: { EVOLINK_API_KEY: DEFAULT_API_KEY }, cwd: root });
  const run = `run-${Math.random().toString(36).slice(2)}`;
  const code = await runCli(
    [
      'generate',
      '--json',
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
  const lines = io
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
  return { code, lines, warnings: lines.find((l) => l.type === 'warnings') };
}

describe('generate --json carries the warnings as structured entries', () => {
  it('model warnings (lifecycle, not in the catalog) and the live price source', async () => {
    const { lines, warnings } = await generateJson(
      {
        startTime: Date.parse('2026-12-10T12:00:00Z'),
        modelLifecycle: {
          'kling-v3-text-to-video': { lifecycle: 'deprecated', deprecates_at: '2027-01-31' },
        },
      },
      'a.prompt.md',
      'old.prompt.md',
      'new.prompt.md',
    );
    expect(warnings?.warnings).toEqual([
      {
        file: 'a.prompt.md',
        line: 1,
        column: 1,
        field: 'model',
        message: expect.stringMatching(
          /is deprecated \(the vendor's live catalog, read 2026-12-10\): it stops working on 2027-01-31/,
        ),
        fix: expect.any(String),
      },
      expect.objectContaining({
        file: 'new.prompt.md',
        field: 'model',
        message: expect.stringContaining("is not in the vendor's catalog"),
      }),
      expect.objectContaining({
        file: 'old.prompt.md',
        field: 'model',
        message: expect.stringContaining('is no longer listed'),
      }),
    ]);
    expect(warnings?.prices).toMatchObject({
      creditsPerUsd: 68,
      source: { kind: 'live', snapshotDate: snapshotDate },
    });
    // The price rule's warning for the unpriced model is there by code, and streamed too.
    expect(warnings?.notices).toEqual([
      { code: 'price_rule', message: expect.stringContaining('brand-new-video-9') },
    ]);
    expect(lines).toContainEqual(
      expect.objectContaining({ type: 'notice', warning: true, code: 'price_rule' }),
    );
    // Before the run: the warnings line comes before the first create.
    const at = (type: string) => lines.findIndex((l) => l.type === type);
    expect(at('warnings')).toBeGreaterThan(-1);
    expect(at('warnings')).toBeLessThan(at('created'));
  });

  it('the catalog down and an old snapshot under a cap: each by code, with the snapshot as source', async () => {
    const { code, warnings } = await generateJson(
      {
        // 60 days after the snapshot: older than the 30 days a capped run accepts.
        startTime: Date.parse(snapshotDate) + 60 * 86_400_000,
        faults: { rules: [{ on: 'catalog', fault: 'status', status: 503, every: 1 }] },
      },
      'a.prompt.md',
      '--max-credits',
      '1000',
    );
    expect(code).toBe(exitCodes.ok);
    const codes = ((warnings?.notices ?? []) as { code: string }[]).map((n) => n.code);
    expect(codes.filter((c) => c === 'catalog_fallback')).toHaveLength(4);
    expect(codes).toContain('snapshot_old');
    expect(warnings?.prices).toMatchObject({ source: { kind: 'snapshot' } });
    expect(warnings?.warnings).toEqual([]);
  });

  it('when problems stop the run, the warnings line is there too, beside the problems', async () => {
    const { code, lines, warnings } = await generateJson(
      { modelLifecycle: { 'kling-v3-text-to-video': { lifecycle: 'retired' } } },
      'a.prompt.md',
      'old.prompt.md',
    );
    expect(code).toBe(exitCodes.invalidInput);
    expect(warnings?.warnings).toEqual([
      expect.objectContaining({
        file: 'old.prompt.md',
        message: expect.stringContaining('is no longer listed'),
      }),
    ]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        type: 'problems',
        problems: [expect.objectContaining({ file: 'a.prompt.md', field: 'model' })],
      }),
    );
  });
});
