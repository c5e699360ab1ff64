import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '@clipwright/core';
import { type Simulator, startSimulator } from '@clipwright/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planOf, simClient } from '../../test/run-helpers.ts';
import { Journal } from '../run/journal.ts';
import { runSession } from './run-session.ts';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterEach(async () => {
  await sim.close();
});

/** A repository with prompt files `name → prompt` (and front matter `model` when given). */
async function repo(files: Record<string, string>): Promise<string> {
  const { root } = await planOf([]);
  await mkdir(path.join(root, 'prompts'), { recursive: true });
  for (const [name, text] of Object.entries(files))
    await writeFile(path.join(root, 'prompts', `${name}.md`), text);
  return root;
}
const ok = (name: string) =>
  `---\nmodel: sora-2-beta-max\n---\nA scene called ${name}. sim:seconds=1\n`;

describe('runSession against the simulator', () => {
  it('dry run: every valid video planned, invalid ones with their problem, nothing sent', async () => {
    const root = await repo({ a: ok('a'), bad: '---\nduration: soon\n---\nA bad one.\n' });
    const s = await runSession({ plan: { root }, dryRun: true, outDir: path.join(root, 'out') });
    expect(s.results.map((r) => [r.name, r.status])).toEqual([
      ['a', 'planned'],
      ['bad', 'invalid'],
    ]);
    expect(s.results[1]?.error?.message).toMatch(/prompts\/bad\.md:2:\d+ duration/);
    expect(s.counts).toMatchObject({ planned: 1, invalid: 1, completed: 0 });
    expect(s.credits).toBe(s.plan.totalCredits);
    expect(s.verdict).toBe('failures');
    expect(sim.stats().requests).toBe(0);
  });

  it('never plans from its own output or state folders, wherever they are in the tree', async () => {
    const root = await repo({ a: ok('a') });
    for (const folder of ['renders/prompts', 'state/prompts']) {
      await mkdir(path.join(root, folder), { recursive: true });
      await writeFile(path.join(root, folder, 'old.md'), ok('old'));
    }
    const s = await runSession({
      plan: { root, prompts: ['**/prompts/*.md'] },
      dryRun: true,
      outDir: path.join(root, 'renders'),
      stateDir: path.join(root, 'state'),
    });
    expect(s.results.map((r) => r.name)).toEqual(['a']);
  });

  it('gives {{ version }} from the tag the same way for every caller', async () => {
    const root = await repo({ a: '---\nmodel: sora-2-beta-max\n---\nRelease {{ version }}.\n' });
    const s = await runSession({
      plan: { root, context: { tag: 'version-2' } },
      dryRun: true,
      outDir: path.join(root, 'out'),
    });
    expect(s.results[0]?.prompt).toBe('Release version-2.');
  });

  it('a refused key (401) stops the run at the first create, whatever the concurrency', async () => {
    const root = await repo({ a: ok('a'), b: ok('b'), c: ok('c') });
    const s = await runSession({
      plan: { root },
      client: createClient({ apiKey: 'sk-wrong', baseUrl: sim.url, clock: sim.clock }),
      clock: sim.clock,
      concurrency: 3,
      outDir: path.join(root, 'out'),
    });
    expect(s.verdict).toBe('refused');
    expect(s.refusal?.status).toBe(401);
    expect(s.results.every((r) => r.status === 'failed' && r.credits === 0)).toBe(true);
    expect(s.credits).toBe(0);
    expect(sim.stats().requests).toBe(1);
  });

  it('403 on every model of the plan stops the run at the first refusal', async () => {
    const limited = await startSimulator({
      port: 0,
      timeScale: 1000,
      apiKeys: { 'sk-limited': ['sora-2-pro-preview'] },
    });
    try {
      const root = await repo({ a: ok('a'), b: ok('b'), c: ok('c') });
      const s = await runSession({
        plan: { root },
        client: createClient({ apiKey: 'sk-limited', baseUrl: limited.url, clock: limited.clock }),
        clock: limited.clock,
        concurrency: 3,
        outDir: path.join(root, 'out'),
      });
      expect(s.verdict).toBe('refused');
      expect(s.refusal?.status).toBe(403);
      expect(s.counts.failed).toBe(3);
      expect(limited.stats().requests).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('credits agree: the result sum, manifest.json and the gallery header; a failed task counts 0', async () => {
    const root = await repo({
      a: ok('a'),
      b: '---\nmodel: sora-2-beta-max\n---\nA scene. sim:fail=content_policy_violation\n',
    });
    const outDir = path.join(root, 'out');
    const s = await runSession({
      plan: { root },
      client: simClient(sim),
      clock: sim.clock,
      outDir,
    });
    expect(s.counts).toMatchObject({ completed: 1, failed: 1 });
    const failed = s.results.find((r) => r.status === 'failed');
    expect(failed?.credits).toBe(0);
    expect(failed?.estimate).toBeGreaterThan(0);
    // The simulator refunds a failed task: only the completed one is charged.
    const charged = sim
      .stats()
      .tasks.filter((t) => t.status === 'completed')
      .reduce((a, t) => a + t.credits, 0);
    expect(s.credits).toBe(charged);
    const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.credits).toBe(s.credits);
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain(`Credits used: ${s.credits}.`);
  });

  it('a run over a subset keeps and marks the videos an earlier run left in outDir', async () => {
    const root = await repo({ a: ok('a'), b: ok('b') });
    const outDir = path.join(root, 'out');
    const run = (prompts?: string[]) =>
      runSession({
        plan: { root, ...(prompts && { prompts }) },
        client: simClient(sim),
        clock: sim.clock,
        outDir,
      });
    await run();
    const subset = await run(['prompts/a.md']);
    expect(subset.results.map((r) => r.name)).toEqual(['a']);
    const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8'));
    expect(
      manifest.videos.map((v: { name: string; earlierRun?: true }) => [v.name, v.earlierRun]),
    ).toEqual([
      ['a', undefined],
      ['b', true],
    ]);
    expect(manifest.credits).toBe(subset.credits);
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('1 kept from an earlier run');
    expect(html).toContain('b.mp4');
  });

  it("a deleted prompt's video leaves the manifest and the gallery (its file stays)", async () => {
    const root = await repo({ a: ok('a'), b: ok('b') });
    const outDir = path.join(root, 'out');
    const run = () =>
      runSession({ plan: { root }, client: simClient(sim), clock: sim.clock, outDir });
    await run();
    await rm(path.join(root, 'prompts', 'b.md'));
    const after = await run();
    expect(after.results.map((r) => r.name)).toEqual(['a']);
    const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.videos.map((v: { name: string }) => v.name)).toEqual(['a']);
    expect(manifest.earlierRun).toBeUndefined();
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html).not.toContain('b.mp4');
    expect(html).toContain('a.mp4');
  });

  it('a journal write that fails once does not make later writes fail', async () => {
    const root = await repo({});
    const stateDir = path.join(root, 'state');
    await mkdir(stateDir, { recursive: true });
    const journal = await Journal.open(stateDir);
    // A directory where the journal's temporary file goes makes the write fail (EISDIR).
    await mkdir(path.join(stateDir, 'journal.json'));
    await expect(journal.set({ hash: 'h1', name: 'a', attempt: 1 })).rejects.toThrow();
    await rm(path.join(stateDir, 'journal.json'), { recursive: true });
    await journal.set({ hash: 'h2', name: 'b', attempt: 1 });
    const saved = JSON.parse(await readFile(path.join(stateDir, 'journal.json'), 'utf8'));
    expect(Object.keys(saved.entries).sort()).toEqual(['h1', 'h2']);
  });

  it('a cache write on a full disk: the video complete in outDir is still completed, with a warning', async () => {
    const root = await repo({ a: ok('a') });
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const notices: Array<{ message: string; warning?: true }> = [];
    const s = await runSession({
      plan: { root },
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(root, 'out'),
      posters: false,
      cache: {
        get: async () => undefined,
        put: async () => {
          throw full;
        },
      },
      onEvent: (e) => {
        if (e.type === 'notice') notices.push(e);
      },
    });
    expect(s.results.map((r) => [r.status, r.error?.code])).toEqual([['completed', undefined]]);
    expect(s.verdict).toBe('ok');
    expect((await readFile(path.join(root, 'out', 'a.mp4'))).subarray(4, 8).toString()).toBe(
      'ftyp',
    );
    expect(notices).toEqual([
      {
        type: 'notice',
        warning: true,
        message: expect.stringMatching(
          /^a\.mp4 is delivered, but keeping it in the cache failed: no space/,
        ),
      },
    ]);
    // Delivered: the journal no longer holds the task, so the next run does not wait for it.
    expect(
      (await Journal.open(path.join(root, '.clipwright'))).get(s.plan.jobs[0]?.hash ?? ''),
    ).toBeUndefined();
  });
});
