import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from '@clipwright/core';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  crashingWhileWaiting,
  jobFor,
  listFiles,
  planOf,
  simClient,
} from '../../test/run-helpers.ts';
import type { PipelineEvent } from '../model/events.ts';
import { Journal } from './journal.ts';
import { runPlan } from './run-plan.ts';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterEach(async () => {
  await sim.close();
});

const video = (name: string, extra = '') =>
  jobFor(name, {
    model: 'sora-2-beta-max',
    prompt: `A short scene called ${name}. ${extra} sim:seconds=2`,
  });

describe('runPlan against the simulator', () => {
  it('generates every video, writes manifest.json and index.html, and leaves no partial file', async () => {
    const plan = await planOf([video('a'), video('b'), video('c')]);
    const outDir = path.join(plan.root, 'out');
    const events: PipelineEvent[] = [];
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      concurrency: 2,
      onEvent: (e) => events.push(e),
    });
    expect(run.counts.completed).toBe(3);
    // ffmpeg is on the PATH here: each video gets its poster frame, used by the gallery.
    expect(await listFiles(outDir)).toEqual([
      'a.jpg',
      'a.mp4',
      'b.jpg',
      'b.mp4',
      'c.jpg',
      'c.mp4',
      'index.html',
      'manifest.json',
    ]);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain(
      'src="a.mp4" poster="a.jpg"',
    );
    const manifest = JSON.parse(await readFile(run.manifestPath, 'utf8'));
    // The layout's version comes first; `version` is its first name, kept for old readers.
    expect(Object.keys(manifest).slice(0, 2)).toEqual(['schemaVersion', 'version']);
    expect(manifest).toMatchObject({ schemaVersion: 1, version: 1 });
    expect(manifest.videos).toHaveLength(3);
    for (const entry of manifest.videos) {
      const bytes = await readFile(path.join(outDir, entry.path));
      expect(entry).toMatchObject({
        status: 'completed',
        model: 'sora-2-beta-max',
        bytes: bytes.length,
      });
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry.taskId).toMatch(/^task-/);
      // The last download event of a video is its final figure (throttled in between).
      const downloads = events.filter((e) => e.type === 'downloaded' && e.job.name === entry.name);
      expect(downloads.at(-1)).toMatchObject({ bytes: bytes.length });
    }
    expect(sim.stats().creates).toBe(3);
    expect(run.credits).toBe(sim.stats().tasks.reduce((a, t) => a + t.credits, 0));
    const types = new Set(events.map((e) => e.type));
    expect([...types]).toEqual(
      expect.arrayContaining(['planned', 'created', 'progress', 'downloaded', 'done']),
    );
  });

  it('makes zero requests when every video is in the cache', async () => {
    const plan = await planOf([video('a'), video('b')]);
    const outDir = path.join(plan.root, 'out');
    await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    const before = sim.stats().requests;
    const again = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(plan.root, 'out2'),
    });
    expect(again.counts.cached).toBe(2);
    expect(again.credits).toBe(0);
    expect(sim.stats().requests).toBe(before);
    expect(await listFiles(path.join(plan.root, 'out2'))).toEqual([
      'a.jpg',
      'a.mp4',
      'b.jpg',
      'b.mp4',
      'index.html',
      'manifest.json',
    ]);
  });

  it('resumes the tasks of a crashed run instead of creating new ones', async () => {
    const plan = await planOf([video('a'), video('b')]);
    const outDir = path.join(plan.root, 'out');
    const crashing = crashingWhileWaiting(simClient(sim));
    const first = await runPlan(plan, { client: crashing, clock: sim.clock, outDir });
    expect(first.counts.failed).toBe(2);
    expect(sim.stats().creates).toBe(2);
    const second = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(second.counts.completed).toBe(2);
    expect(sim.stats().creates).toBe(2);
    expect(sim.stats().duplicatePaidBodies).toBe(0);
    expect(second.results.map((r) => r.taskId).sort()).toEqual(
      first.results.map((r) => r.taskId).sort(),
    );
  });

  it('drops a journal entry that names another job’s task, with a warning, and creates anew', async () => {
    const a = video('a');
    const plan = await planOf([a]);
    const outDir = path.join(plan.root, 'out');
    const first = await runPlan(plan, {
      client: crashingWhileWaiting(simClient(sim)),
      clock: sim.clock,
      outDir,
    });
    expect(first.counts.failed).toBe(1);
    // A foreign entry: a's hash, the (paid) task of another model.
    const foreign = await simClient(sim).videos.create({
      model: 'sora-2-pro-preview',
      prompt: 'Another video altogether. sim:seconds=2',
      duration: 8,
    });
    const journal = await Journal.open(path.join(plan.root, '.clipwright'));
    const own = journal.get(a.hash) ?? { hash: a.hash, name: 'a', attempt: 1 };
    await journal.set({ ...own, taskId: foreign.id, created: sim.clock.now() });
    const events: PipelineEvent[] = [];
    const second = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      onEvent: (e) => events.push(e),
    });
    expect(second.counts.completed).toBe(1);
    expect(second.results[0]?.taskId).not.toBe(foreign.id);
    expect(second.results[0]?.model).toBe('sora-2-beta-max');
    expect(sim.stats().creates).toBe(3);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'notice',
        warning: true,
        message: expect.stringMatching(/a: the journal's task .* is a task of sora-2-pro-preview/),
      }),
    );
  });

  it('does not pay twice after a crash between sending the create and writing the journal', async () => {
    const plan = await planOf([video('a')]);
    const outDir = path.join(plan.root, 'out');
    const real = simClient(sim);
    const lost: Client = {
      ...real,
      videos: {
        ...real.videos,
        create: async (req, o) => {
          await real.videos.create(req, o);
          throw new Error('simulated crash');
        },
      },
    };
    const first = await runPlan(plan, { client: lost, clock: sim.clock, outDir });
    expect(first.counts.failed).toBe(1);
    const second = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(second.counts.completed).toBe(1);
    expect(sim.stats().creates).toBe(1);
    expect(sim.stats().idempotentReplays).toBe(1);
    expect(sim.stats().duplicatePaidBodies).toBe(0);
    // The first run's create was charged; the replay costs the second run nothing.
    expect(first.credits).toBeGreaterThan(0);
    expect(second.results[0]?.credits).toBe(0);
    expect(second.credits).toBe(0);
  });

  it('on abort stops creating, gives up waiting after the grace period, and a re-run resumes', async () => {
    const plan = await planOf([video('slow', 'sim:seconds=600'), video('later')]);
    const outDir = path.join(plan.root, 'out');
    const controller = new AbortController();
    const first = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      concurrency: 1,
      graceMs: 1000,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'created') controller.abort();
      },
    });
    expect(first.results.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    expect(first.results[0]?.taskId).toMatch(/^task-/);
    expect(first.results[1]?.taskId).toBeUndefined();
    expect(sim.stats().creates).toBe(1);
    expect(await listFiles(outDir)).toEqual(['index.html', 'manifest.json']);
    const second = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(second.counts.completed).toBe(2);
    expect(second.results[0]?.taskId).toBe(first.results[0]?.taskId);
    expect(sim.stats().creates).toBe(2);
    expect(sim.stats().duplicatePaidBodies).toBe(0);
  });

  it('does not send again a video whose task failed for an input reason, unless regenerating', async () => {
    const plan = await planOf([video('bad', 'sim:fail=content_policy_violation')]);
    const outDir = path.join(plan.root, 'out');
    const first = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(first.results[0]).toMatchObject({
      status: 'failed',
      error: { code: 'content_policy_violation' },
    });
    const requests = sim.stats().requests;
    const second = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(second.results[0]?.status).toBe('failed');
    expect(second.results[0]?.error?.message).toContain('not sent again');
    expect(sim.stats().requests).toBe(requests);
    await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir, regenerate: true });
    expect(sim.stats().creates).toBe(2);
  });

  it('creates a new task after a transient failure, with a new idempotency key', async () => {
    const plan = await planOf([video('flaky', 'sim:fail=service_error')]);
    const outDir = path.join(plan.root, 'out');
    await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(sim.stats().creates).toBe(2);
    expect(sim.stats().idempotentReplays).toBe(0);
  });

  it('with failFast, creates nothing after the first failure', async () => {
    const plan = await planOf([
      video('bad', 'sim:fail=content_policy_violation'),
      video('b'),
      video('c'),
    ]);
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(plan.root, 'out'),
      concurrency: 1,
      failFast: true,
    });
    expect(run.results.map((r) => r.status)).toEqual(['failed', 'cancelled', 'cancelled']);
    expect(sim.stats().creates).toBe(1);
  });

  it('reports invalid videos and makes one video for jobs with the same content', async () => {
    const a = video('a');
    const twin = { ...a, name: 'twin', output: 'twin.mp4' };
    const plan = await planOf([a, twin]);
    plan.invalid.push({
      name: 'broken',
      source: { file: 'prompts/broken.md', line: 1 },
      problems: [
        {
          file: 'prompts/broken.md',
          line: 3,
          column: 11,
          field: 'duration',
          message: 'bad',
          fix: 'use 10',
        },
      ],
    });
    const outDir = path.join(plan.root, 'out');
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      posters: false,
    });
    expect(run.results.map((r) => [r.name, r.status])).toEqual([
      ['a', 'completed'],
      ['twin', 'cached'],
      ['broken', 'invalid'],
    ]);
    expect(run.results[2]?.error?.message).toBe(
      'prompts/broken.md:3:11 duration: bad (fix: use 10)',
    );
    expect(sim.stats().creates).toBe(1);
    // Compared by hash: a deep equality over two MP4 buffers takes seconds.
    const sha = async (f: string) =>
      createHash('sha256')
        .update(await readFile(path.join(outDir, f)))
        .digest('hex');
    expect(await sha('twin.mp4')).toBe(await sha('a.mp4'));
  });

  it('resumes after a wait timeout instead of creating again', async () => {
    const plan = await planOf([video('long', 'sim:seconds=300')]);
    const outDir = path.join(plan.root, 'out');
    const first = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      waitTimeoutMs: 5_000,
    });
    expect(first.results[0], JSON.stringify(first.results[0])).toMatchObject({
      status: 'failed',
      error: { code: 'wait_timeout' },
    });
    const second = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(second.counts.completed).toBe(1);
    expect(second.results[0]?.taskId).toBe(first.results[0]?.taskId);
    expect(sim.stats().creates).toBe(1);
  });

  it("creates a new task when the journal's task is older than 24 hours or unknown to the API", async () => {
    const plan = await planOf([video('old'), video('gone')]);
    const stateDir = path.join(plan.root, '.clipwright');
    const journal = await Journal.open(stateDir);
    const [old, gone] = plan.jobs;
    if (!old || !gone) throw new Error('two jobs expected');
    await journal.set({
      hash: old.hash,
      name: 'old',
      attempt: 1,
      key: 'k',
      taskId: 'task-unified-1757169743-abcdefgh',
      created: sim.clock.now() - 25 * 3600_000,
    });
    await journal.set({
      hash: gone.hash,
      name: 'gone',
      attempt: 1,
      key: 'k2',
      taskId: 'task-unified-1757169743-zyxwvuts',
      created: sim.clock.now(),
    });
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(plan.root, 'out'),
    });
    expect(run.counts.completed).toBe(2);
    expect(sim.stats().creates).toBe(2);
  });

  it('regenerate makes a new video even when one is cached', async () => {
    const plan = await planOf([video('again')]);
    const outDir = path.join(plan.root, 'out');
    const first = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    const second = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      regenerate: true,
    });
    expect(second.counts.completed).toBe(1);
    expect(second.results[0]?.taskId).not.toBe(first.results[0]?.taskId);
    expect(sim.stats().idempotentReplays).toBe(0);
  });

  it('never writes the API key into the manifest, the journal or the results', async () => {
    const plan = await planOf([video('secret'), video('bad', 'sim:fail=content_policy_violation')]);
    const outDir = path.join(plan.root, 'out');
    const run = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    const texts = [
      await readFile(run.manifestPath, 'utf8'),
      await readFile(path.join(outDir, 'index.html'), 'utf8'),
      await readFile(path.join(plan.root, '.clipwright', 'journal.json'), 'utf8'),
      JSON.stringify(run),
    ];
    for (const text of texts) expect(text).not.toContain(DEFAULT_API_KEY);
  });
});
