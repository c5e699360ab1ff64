import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Client, createClient } from '@clipwright/core';
import { type Simulator, type SimulatorOptions, startSimulator } from '@clipwright/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { pngBytes } from '../../test/images.ts';
import { writeRepo } from '../../test/repo.ts';
import { crashingWhileWaiting, simClient } from '../../test/run-helpers.ts';
import { diffPlans } from '../diff/plan-diff.ts';
import type { PipelineEvent } from '../model/events.ts';
import { formatProblem } from '../model/problem.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { fallbackMessage } from '../report/fallback-message.ts';
import { formatPlanTable, planToJson } from '../report/format-plan.ts';
import { runPlan } from './run-plan.ts';

const sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});
async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({ port: 0, timeScale: 1000, ...options });
  sims.push(sim);
  return sim;
}

/** A repository with one prompt file, `prompts/clip.md`. */
async function clip(front: string, prompt = 'A kite over a beach. sim:seconds=2') {
  const root = await writeRepo({ 'prompts/clip.md': `---\n${front}\n---\n${prompt}\n` });
  return { root, outDir: path.join(root, 'out'), plan: await loadPlan({ root }) };
}

const chain = 'model: sora-2\nduration: 10\nfallbacks: [sora-2-beta-max]';
/** A chain of two priced models, the fallback the dearer (published: 8.64 and 46 credits). */
const pricedChain = 'model: sora-2-beta-max\nduration: 15\nfallbacks: [sora-2-pro]';

/** A simulator client that records the model of every create it sends. */
function recordingClient(sim: Simulator): { client: Client; creates: string[] } {
  const real = simClient(sim);
  const creates: string[] = [];
  const client: Client = {
    ...real,
    videos: {
      ...real.videos,
      create: async (request, options) => {
        creates.push(request.model);
        return real.videos.create(request, options);
      },
    },
  };
  return { client, creates };
}

async function manifestOf(outDir: string) {
  return JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as {
    videos: { model: string; chain?: string[]; credits: number; status: string }[];
  };
}

describe('fallbacks: validate and plan', () => {
  it('prices the chain at its dearest model and shows it in the plan', async () => {
    const { plan } = await clip(pricedChain);
    expect(plan.problems).toEqual([]);
    const [job] = plan.jobs;
    // Published: sora-2-beta-max 15 s 8.64 per call; sora-2-pro 15 s (high) 46 per call.
    expect(job?.chain?.map((m) => [m.request.model, m.credits])).toEqual([
      ['sora-2-beta-max', 8.64],
      ['sora-2-pro', 46],
    ]);
    expect(job?.credits).toBe(46);
    expect(plan.totalCredits).toBe(46);
    expect(job?.hash).toBe(job?.chain?.[0]?.hash);
    expect(job?.chain?.[1]?.hash).not.toBe(job?.hash);
    const table = formatPlanTable(plan);
    // The low end is the first model's: it is the one tried first.
    expect(table).toMatch(/clip\s+sora-2-beta-max > sora-2-pro\s+15s\s+8\.64-46\.00/);
    expect(table).toContain('priced at its dearest model');
    expect(planToJson(plan)).toMatchObject({
      jobs: [{ credits: 46, chain: [{ model: 'sora-2-beta-max' }, { model: 'sora-2-pro' }] }],
    });
  });

  it('a chain with a model of no published price is marked unpriced', async () => {
    const { plan } = await clip(chain);
    expect(plan.jobs[0]?.unpriced).toMatch(/sora-2 has no published price/);
  });

  it('adding fallbacks keeps the video’s own hash; the PR cost diff prices the chain at its dearest', async () => {
    const without = await clip('model: sora-2-beta-max\nduration: 15');
    const withChain = await clip(pricedChain);
    expect(withChain.plan.jobs[0]?.hash).toBe(without.plan.jobs[0]?.hash);
    const diff = await diffPlans(without.plan, withChain.plan);
    expect(diff.entries).toMatchObject([
      {
        name: 'clip',
        status: 'changed',
        changes: ['fallbacks'],
        baseCredits: 8.64,
        credits: 46,
        delta: 37.36,
      },
    ]);
    expect(diff.head.totalCredits).toBe(withChain.plan.totalCredits);
  });

  it('a parameter a fallback does not accept fails validate with file, line and field', async () => {
    const { plan } = await clip(
      'model: sora-2-pro-preview\nduration: 8\nquality: 1080p\nfallbacks:\n  - sora-2-beta-max',
    );
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^prompts\/clip\.md:3:\d+ duration: sora-2-beta-max accepts 10 or 15, got 8 \(sora-2-beta-max is a fallback of this video\) \(fix: .*or remove sora-2-beta-max from `fallbacks`\)$/,
      ),
      expect.stringMatching(
        /^prompts\/clip\.md:4:\d+ quality: sora-2-beta-max does not take "quality".*\(fix: remove `quality`: sora-2-beta-max does not take it, or remove sora-2-beta-max from `fallbacks`\)$/,
      ),
    ]);
  });

  it('refuses a repeated fallback, the video’s own model and a list that is no list, at their line', async () => {
    const { plan } = await clip(
      'model: sora-2\nfallbacks:\n  - sora-2-beta-max\n  - sora-2\n  - sora-2-beta-max\n  - 12',
    );
    expect(plan.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [5, 'fallbacks', "sora-2 is the video's own model, not a fallback"],
      [6, 'fallbacks', 'sora-2-beta-max is listed twice in fallbacks'],
      [7, 'fallbacks', 'fallback 4 must be a model name, got 12'],
    ]);
    const scalar = await clip('model: sora-2\nfallbacks: sora-2-beta-max');
    expect(scalar.plan.problems.map(formatProblem)).toEqual([
      'prompts/clip.md:3:12 fallbacks: fallbacks must be a list of model names (fix: write it as a list, e.g. `fallbacks: [sora-2-beta-max]`)',
    ]);
  });

  it('a near miss of a model name in fallbacks gets a did-you-mean at `fallbacks`', async () => {
    const { plan } = await clip('model: sora-2\nfallbacks: [sora-2-beta-mx]');
    expect(plan.problems.map((p) => [p.line, p.field, p.fix])).toEqual([
      [3, 'fallbacks', 'use "sora-2-beta-max", or remove sora-2-beta-mx from `fallbacks`'],
    ]);
  });

  it('a manifest video and the manifest defaults take fallbacks too', async () => {
    const root = await writeRepo({
      'clipwright.yml': [
        'defaults:',
        '  fallbacks: [sora-2-beta-max]',
        'videos:',
        '  - output: a.mp4',
        '    model: sora-2',
        '    prompt: A kite.',
        '  - output: b.mp4',
        '    model: sora-2',
        '    fallbacks: [sora-2-preview]',
        '    duration: 15',
        '    prompt: A boat.',
      ].join('\n'),
    });
    const plan = await loadPlan({ root });
    expect(plan.jobs.map((j) => j.chain?.map((m) => m.request.model))).toEqual([
      ['sora-2', 'sora-2-beta-max'],
    ]);
    expect(plan.invalid.map((j) => j.name)).toEqual(['b']);
    // b's own fallback replaces the defaults' and is checked against its own rules.
    expect(plan.problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['clipwright.yml', 10, 'duration'],
    ]);
  });
});

describe('fallbacks: run against the simulator', () => {
  it('an unavailable model with one fallback: one video, made by the fallback, paid once; a re-run is a cache hit', async () => {
    const sim = await simulator({ unavailableModels: { 'sora-2': 'access' } });
    const { plan, outDir } = await clip(chain);
    const events: PipelineEvent[] = [];
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      onEvent: (e) => events.push(e),
    });
    expect(run.counts.completed).toBe(1);
    const [result] = run.results;
    expect(result).toMatchObject({
      model: 'sora-2-beta-max',
      chain: ['sora-2', 'sora-2-beta-max'],
      hash: plan.jobs[0]?.chain?.[1]?.hash,
      path: 'clip.mp4',
    });
    const stats = sim.stats();
    expect(stats.creates).toBe(1);
    expect(stats.tasks.map((t) => t.model)).toEqual(['sora-2-beta-max']);
    expect(run.credits).toBe(stats.tasks[0]?.credits);
    const fallback = events.find((e) => e.type === 'fallback');
    expect(fallback && fallbackMessage(fallback)).toMatch(
      /^clip: model sora-2 unavailable \(model_access_denied: .*\), falling back to sora-2-beta-max$/,
    );
    expect(
      events
        .filter((e) => e.type === 'created')
        .map((e) => e.type === 'created' && e.job.request.model),
    ).toEqual(['sora-2-beta-max']);
    expect((await manifestOf(outDir)).videos).toMatchObject([
      { model: 'sora-2-beta-max', chain: ['sora-2', 'sora-2-beta-max'], status: 'completed' },
    ]);

    const before = sim.stats().requests;
    const again = await runPlan(await loadPlan({ root: plan.root }), {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
    });
    expect(again.results[0]).toMatchObject({ status: 'cached', model: 'sora-2-beta-max' });
    expect(again.credits).toBe(0);
    expect(sim.stats().requests).toBe(before);
  });

  it.each(['not_found', 'deprecated'] as const)(
    'falls back on a %s model too, and later videos skip the refused model',
    async (reason) => {
      const sim = await simulator({ unavailableModels: { 'sora-2': reason } });
      const root = await writeRepo({
        'prompts/a.md': `---\n${chain}\n---\nA kite. sim:seconds=1\n`,
        'prompts/b.md': `---\n${chain}\n---\nA boat. sim:seconds=1\n`,
      });
      const plan = await loadPlan({ root });
      const events: PipelineEvent[] = [];
      const { client, creates } = recordingClient(sim);
      const run = await runPlan(plan, {
        client,
        clock: sim.clock,
        outDir: path.join(root, 'out'),
        concurrency: 1,
        onEvent: (e) => events.push(e),
      });
      expect(run.results.map((r) => [r.status, r.model])).toEqual([
        ['completed', 'sora-2-beta-max'],
        ['completed', 'sora-2-beta-max'],
      ]);
      expect(sim.stats().creates).toBe(2);
      // The second video is not sent to sora-2 again: it goes straight to its fallback.
      expect(creates).toEqual(['sora-2', 'sora-2-beta-max', 'sora-2-beta-max']);
      expect(events.filter((e) => e.type === 'fallback')).toHaveLength(2);
    },
  );

  it('the prompt directive sim:unavailable makes the first model refuse', async () => {
    const sim = await simulator();
    const { plan, outDir } = await clip(chain, 'A kite. sim:unavailable=sora-2 sim:seconds=1');
    const run = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(run.results[0]).toMatchObject({ status: 'completed', model: 'sora-2-beta-max' });
    expect(sim.stats().creates).toBe(1);
  });

  it('a content-policy refusal does not fall back, and is not sent again', async () => {
    const sim = await simulator();
    const { plan, outDir } = await clip(chain, 'A kite. sim:fail=content_policy_violation');
    const run = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(run.results[0]).toMatchObject({
      status: 'failed',
      model: 'sora-2',
      error: { code: 'content_policy_violation' },
    });
    expect(sim.stats().tasks.map((t) => t.model)).toEqual(['sora-2']);
    const again = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(again.results[0]?.error?.message).toMatch(/^not sent again/);
    expect(sim.stats().creates).toBe(1);
  });

  it('each create reserves its own model against maxCredits: a fallback that does not fit is budget', async () => {
    const sim = await simulator({ unavailableModels: { 'sora-2-beta-max': 'access' } });
    const { plan, outDir } = await clip(pricedChain);
    // sora-2-beta-max (8.64 credits) fits 10; its fallback sora-2-pro (46) does not.
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir,
      maxCredits: 10,
    });
    expect(run.results[0]).toMatchObject({
      status: 'budget',
      model: 'sora-2-pro',
      credits: 0,
    });
    expect(sim.stats().creates).toBe(0);
  });

  it('a refused key (401) or an empty balance (402) does not fall back', async () => {
    const sim = await simulator({ balance: 1 });
    const { plan, outDir } = await clip(chain);
    const broke = await runPlan(plan, { client: simClient(sim), clock: sim.clock, outDir });
    expect(broke.results[0]).toMatchObject({ status: 'failed', model: 'sora-2' });
    expect(broke.results[0]?.error?.code).toMatch(/quota/);
    const wrongKey = createClient({ apiKey: 'sk-wrong', baseUrl: sim.url, clock: sim.clock });
    const refused = await runPlan(plan, { client: wrongKey, clock: sim.clock, outDir });
    expect(refused.refusal?.status).toBe(401);
    expect(refused.results[0]).toMatchObject({ status: 'failed', model: 'sora-2' });
    expect(sim.stats().creates).toBe(0);
  });

  it('a repository image goes to the fallback too: its hash covers the image, one upload, one create', async () => {
    const sim = await simulator({ unavailableModels: { 'sora-2': 'access' } });
    const root = await writeRepo({
      'prompts/clip.md': `---\n${chain}\nimage: ../assets/hero.png\n---\nThe product. sim:seconds=1\n`,
    });
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'assets/hero.png'), pngBytes(64, 36));
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    const ref = `sha256:${plan.jobs[0]?.images?.[0]?.sha256}`;
    expect(plan.jobs[0]?.chain?.map((m) => m.request.image_urls)).toEqual([[ref], [ref]]);
    const run = await runPlan(plan, {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(root, 'out'),
      posters: false,
    });
    expect(run.results[0]).toMatchObject({ status: 'completed', model: 'sora-2-beta-max' });
    expect(sim.stats()).toMatchObject({ uploads: 1, creates: 1 });
  });

  it("a run that crashed after the fallback's create resumes the fallback's task", async () => {
    const sim = await simulator({ unavailableModels: { 'sora-2': 'access' } });
    const { plan, outDir } = await clip(chain);
    const crashing = crashingWhileWaiting(simClient(sim));
    const first = await runPlan(plan, { client: crashing, clock: sim.clock, outDir });
    expect(first.results[0]).toMatchObject({ status: 'failed', model: 'sora-2-beta-max' });
    expect(sim.stats().creates).toBe(1);
    // The re-run waits for the fallback's paid task before trying any model: no create at all.
    const { client, creates } = recordingClient(sim);
    const second = await runPlan(plan, { client, clock: sim.clock, outDir });
    expect(creates).toEqual([]);
    expect(second.results[0]).toMatchObject({
      status: 'completed',
      model: 'sora-2-beta-max',
      taskId: first.results[0]?.taskId,
    });
    expect(sim.stats().creates).toBe(1);
    expect(sim.stats().duplicatePaidBodies).toBe(0);
  });
});
