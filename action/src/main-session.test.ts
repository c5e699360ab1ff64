import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pipeline from '@clipwright/pipeline';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { crashedAfterCreate } from '../../packages/pipeline/test/crashed-run.ts';
import type { ActionIo } from './action-io.ts';
import { run } from './main.ts';

/** The action over the real pipeline: outputs, summary, failures and error lines recorded. */
function recordingIo() {
  const outputs: Record<string, string> = {};
  const failures: string[] = [];
  const errors: string[] = [];
  const summaries: string[] = [];
  const warnings: string[] = [];
  const io: ActionIo = {
    info: () => {},
    warning: (m) => void warnings.push(m),
    notice: () => {},
    error: (m) => void errors.push(m),
    setSecret: () => {},
    setOutput: (n, v) => {
      outputs[n] = v;
    },
    group: () => {},
    writeSummary: async (s) => void summaries.push(s),
    setFailed: (m) => void failures.push(m),
  };
  return { io, outputs, failures, errors, summaries, warnings };
}
const inputs = (i: Record<string, string>) =>
  Object.fromEntries(Object.entries(i).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

async function workspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'cw-action-session-'));
  await mkdir(join(root, 'prompts'));
  for (const [name, text] of Object.entries(files))
    await writeFile(join(root, 'prompts', `${name}.md`), text);
  return root;
}
/** Requests to the simulator besides the catalog's (free, keyless reads of prices and health). */
function keyedRequests(sim: Simulator): number {
  const { requests, catalog } = sim.stats();
  return requests - catalog.served - catalog.notModified;
}

const ok = (n: string) => `---\nmodel: sora-2-beta-max\n---\nA scene called ${n}. sim:seconds=1\n`;

describe('run over the real pipeline', () => {
  it('dry run: rows planned, the invalid video listed and counted, {{ version }} from a non-v tag', async () => {
    const root = await workspace({
      a: ok('a'),
      bad: '---\nduration: soon\n---\nBad.\n',
      // Valid only when the tag reaches the template context.
      v: '---\nmodel: sora-2-beta-max\n---\nRelease {{ version }}.\n',
    });
    const r = recordingIo();
    await run({
      env: {
        ...inputs({ 'dry-run': 'true', upload: 'none', cache: 'false' }),
        GITHUB_WORKSPACE: root,
        GITHUB_REF: 'refs/tags/version-2',
        GITHUB_REF_TYPE: 'tag',
        GITHUB_REF_NAME: 'version-2',
      },
      io: r.io,
    });
    const videos = JSON.parse(r.outputs.videos ?? '[]') as Array<{ name: string; status: string }>;
    expect(videos.map((v) => [v.name, v.status])).toEqual([
      ['a', 'planned'],
      ['v', 'planned'],
      ['bad', 'invalid'],
    ]);
    expect(r.outputs.invalid).toBe('1');
    expect(r.outputs.completed).toBe('0');
    expect(r.summaries[0]).not.toMatch(/\| completed \|/);
    expect(r.summaries[0]).toMatch(/\| planned \|/);
    expect(r.failures).toHaveLength(1);
  });

  it('dry run: the summary marks defaults and estimates at the dearest value, as plan does', async () => {
    const root = await workspace({
      a: ok('a'),
      open: '---\nmodel: sora-2-pro-preview\n---\nA car.\n',
    });
    const r = recordingIo();
    await run({
      env: {
        ...inputs({ 'dry-run': 'true', upload: 'none', cache: 'false' }),
        GITHUB_WORKSPACE: root,
      },
      io: r.io,
    });
    const summary = r.summaries[0] ?? '';
    expect(summary).toContain('| a | sora-2-beta-max | 10 s\\* | planned | 5.76 |');
    expect(summary).toContain('| open | sora-2-pro-preview | 12 s^ | planned | 345.67^ |');
    expect(summary).toContain('### Assumed settings');
    expect(summary).toContain('- a: duration 10, remove\\_watermark true');
    expect(summary).toContain('- open: duration 12, quality 1080p');
    expect(summary).toMatch(/Priced at the dearest value \(\^: [^\n]*upper bound/);
  });

  it('a refused key: one failure naming the api-key input, one create reached the server', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const root = await workspace({ a: ok('a'), b: ok('b'), c: ok('c') });
      const r = recordingIo();
      await run({
        env: {
          ...inputs({
            'api-key': 'sk-wrong',
            'base-url': sim.url,
            upload: 'none',
            cache: 'false',
          }),
          GITHUB_WORKSPACE: root,
        },
        io: r.io,
      });
      expect(r.failures).toHaveLength(1);
      expect(r.failures[0]).toMatch(/api-key input/);
      expect(r.errors).toEqual([]);
      // The first step's balance check met the refusal: no create was sent at all.
      expect(keyedRequests(sim)).toBe(1);
      expect(sim.stats().creates).toBe(0);
      expect(r.outputs.credits).toBe('0');
    } finally {
      await sim.close();
    }
  });

  it('a balance below the first video fails the step before any create', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000, balance: 3 });
    try {
      const root = await workspace({ a: ok('a') });
      const r = recordingIo();
      const warnings: string[] = [];
      await run({
        env: {
          ...inputs({
            'api-key': DEFAULT_API_KEY,
            'base-url': sim.url,
            upload: 'none',
            cache: 'false',
          }),
          GITHUB_WORKSPACE: root,
        },
        io: { ...r.io, warning: (m) => void warnings.push(m) },
      });
      expect(warnings).toContain(
        "Balance: 3 credits (0.04 USD), below the cheapest video to make (5.76 credits): no video can be paid for; top up the account or raise the key's limit.",
      );
      expect(r.failures).toEqual([
        expect.stringMatching(/^Clipwright did not start, nothing was sent: Balance: 3 credits/),
      ]);
      expect(sim.stats().creates).toBe(0);
      expect(r.outputs.credits).toBe('0');
    } finally {
      await sim.close();
    }
  });

  it('{{ version }} from a vNext tag keeps the v (a v is stripped only before a digit)', async () => {
    const root = await workspace({
      v: '---\nmodel: sora-2-beta-max\n---\nRelease {{ version }}.\n',
    });
    const prompts: string[] = [];
    const recording: typeof pipeline.runSession = async (o) => {
      const session = await pipeline.runSession(o);
      prompts.push(...session.plan.jobs.map((j) => j.request.prompt));
      return session;
    };
    await run({
      env: {
        ...inputs({ 'dry-run': 'true', upload: 'none', cache: 'false' }),
        GITHUB_WORKSPACE: root,
        GITHUB_REF: 'refs/tags/vNext',
        GITHUB_REF_TYPE: 'tag',
        GITHUB_REF_NAME: 'vNext',
      },
      io: recordingIo().io,
      runSession: recording,
    });
    expect(prompts).toEqual(['Release vNext.']);
  });

  it('403 on every model: the step failed once, no ::error line, one create reached the server', async () => {
    await withSimulator({ apiKeys: { 'sk-limited': ['sora-2-pro-preview'] } }, async (sim) => {
      const root = await workspace({ a: ok('a'), b: ok('b'), c: ok('c') });
      const r = recordingIo();
      await run({ env: live(sim, root, { 'api-key': 'sk-limited' }), io: r.io });
      expect(r.failures).toHaveLength(1);
      expect(r.failures[0]).toMatch(/refused the api-key input \(403/);
      expect(r.errors).toEqual([]);
      // The first step's free balance check (GET /v1/credits), then the one refused create.
      expect(keyedRequests(sim)).toBe(2);
      expect(r.outputs.failed).toBe('3');
    });
  });

  it('a fallback: a warning names both models, the summary the model that made the video, paid once', async () => {
    await withSimulator({ unavailableModels: { 'sora-2': 'access' } }, async (sim) => {
      const root = await workspace({
        a: '---\nmodel: sora-2\nfallbacks: [sora-2-beta-max]\n---\nA kite. sim:seconds=1\n',
      });
      const r = recordingIo();
      await run({ env: live(sim, root), io: r.io });
      expect(r.failures).toEqual([]);
      expect(r.outputs.completed).toBe('1');
      expect(r.warnings).toEqual([
        // sora-2 has no published price: without max-credits it runs, with a warning.
        expect.stringMatching(/^a: sora-2 has no published price/),
        // Both models are in the snapshot but no longer listed by the vendor: annotated.
        expect.stringMatching(/^model: model "sora-2" is no longer listed/),
        expect.stringMatching(/^model: model "sora-2-beta-max" is no longer listed/),
        expect.stringMatching(
          /^a: model sora-2 unavailable \(model_access_denied: .*\), falling back to sora-2-beta-max$/,
        ),
      ]);
      expect(r.summaries[0]).toContain('| a | sora-2-beta-max (fallback for sora-2) |');
      expect(sim.stats().creates).toBe(1);
    });
  });

  it('credits agree with a replay and a refunded task: output, manifest.json, gallery, the charge', async () => {
    await withSimulator({}, async (sim) => {
      const root = await workspace({
        a: ok('a'),
        b: ok('b'),
        c: '---\nmodel: sora-2-beta-max\n---\nRefused. sim:fail=content_policy_violation sim:seconds=1\n',
      });
      await crashedAfterCreate({
        root,
        stateDir: join(root, '.clipwright', 'state'),
        names: ['b'],
        sim,
      });
      const earlier = new Set(sim.stats().tasks.map((t) => t.id));
      const r = recordingIo();
      await run({ env: live(sim, root), io: r.io, clock: sim.clock });
      const charged = sim
        .stats()
        .tasks.filter((t) => !earlier.has(t.id) && t.status === 'completed')
        .reduce((sum, t) => sum + t.credits, 0);
      expect(charged).toBeGreaterThan(0);
      expect(r.outputs).toMatchObject({ completed: '2', failed: '1', credits: String(charged) });
      const out = join(root, '.clipwright', 'out');
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.credits).toBe(charged);
      expect(
        manifest.videos.map((v: { name: string; credits: number }) => [v.name, v.credits]),
      ).toEqual([
        ['a', charged],
        ['b', 0],
        ['c', 0],
      ]);
      expect(await readFile(join(out, 'index.html'), 'utf8')).toContain(
        `Credits used: ${charged}.`,
      );
      expect(r.summaries[0]).toContain(
        `Credits spent: ${charged} (${(charged / 68).toFixed(2)} USD).`,
      );
      // With a key the session read the simulator's price list (the committed snapshot's figures).
      expect(r.summaries[0]).toMatch(
        /Prices: EvoLink&#39;s price list \(read \d{4}-\d\d-\d\d \d\d:\d\d UTC\), never below the committed snapshot of \d{4}-\d\d-\d\d;/,
      );
    });
  });

  it('a run over one prompt file keeps the other videos in manifest.json and index.html', async () => {
    await withSimulator({}, async (sim) => {
      const root = await workspace({ a: ok('a'), b: ok('b') });
      await run({ env: live(sim, root), io: recordingIo().io, clock: sim.clock });
      const r = recordingIo();
      await run({ env: live(sim, root, { prompts: 'prompts/a.md' }), io: r.io, clock: sim.clock });
      expect(r.failures).toEqual([]);
      expect(JSON.parse(r.outputs.videos ?? '[]').map((v: { name: string }) => v.name)).toEqual([
        'a',
      ]);
      const out = join(root, '.clipwright', 'out');
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      expect(
        manifest.videos.map((v: { name: string; earlierRun?: true }) => [v.name, v.earlierRun]),
      ).toEqual([
        ['a', undefined],
        ['b', true],
      ]);
      const html = await readFile(join(out, 'index.html'), 'utf8');
      expect(html).toContain('b.mp4');
      expect(html).toContain('1 kept from an earlier run');
    });
  });

  it('a journal write that fails once fails one video, and the later writes recover', async () => {
    await withSimulator({}, async (sim) => {
      const root = await workspace({ a: ok('a'), b: ok('b') });
      const journal = join(root, '.clipwright', 'state', 'journal.json');
      // While a's task runs, a directory stands where the journal goes (EISDIR).
      const sabotaged: typeof pipeline.runSession = (o) =>
        pipeline.runSession({
          ...o,
          onEvent: (e) => {
            if (e.type === 'created' && e.job.name === 'a') {
              rmSync(journal);
              mkdirSync(journal);
            }
            if (e.type === 'done' && e.job.name === 'a') rmSync(journal, { recursive: true });
            o.onEvent?.(e);
          },
        });
      const r = recordingIo();
      await run({
        env: live(sim, root, { concurrency: '1' }),
        io: r.io,
        clock: sim.clock,
        runSession: sabotaged,
      });
      const videos = JSON.parse(r.outputs.videos ?? '[]') as Array<{
        name: string;
        status: string;
      }>;
      expect(videos.map((v) => [v.name, v.status])).toEqual([
        ['a', 'failed'],
        ['b', 'completed'],
      ]);
      expect(r.failures).toHaveLength(1);
      expect(JSON.parse(await readFile(journal, 'utf8'))).toMatchObject({ version: 1 });
    });
  });
});

/** A simulator 1000 times faster than real time, closed after `body`. */
async function withSimulator(
  options: Parameters<typeof startSimulator>[0],
  body: (sim: Simulator) => Promise<void>,
): Promise<void> {
  const sim = await startSimulator({ port: 0, timeScale: 1000, ...options });
  try {
    await body(sim);
  } finally {
    await sim.close();
  }
}

/** The env of a real run of `root` against `sim` (no upload, no Actions cache). */
function live(sim: Simulator, root: string, more: Record<string, string> = {}) {
  return {
    ...inputs({
      'api-key': DEFAULT_API_KEY,
      'base-url': sim.url,
      upload: 'none',
      cache: 'false',
      ...more,
    }),
    GITHUB_WORKSPACE: root,
  };
}
