import { access, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Simulator, startSimulator } from '@clipwright/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { simClient } from '../../test/run-helpers.ts';
import { formatPlanTable } from '../report/format-plan.ts';
import { runSession } from '../session/run-session.ts';
import { DEFAULT_MODEL, PREVIOUS_DEFAULT_MODELS } from './job-request.ts';
import { loadPlan } from './load-plan.ts';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterEach(async () => {
  await sim.close();
});

// The requests of hash-stability.test.ts, whose hashes the release before `DEFAULT_MODEL`
// changed computed: the prompt that names no model was a sora-2-beta-max request then.
const prompt = 'A lighthouse at dusk, waves below.\n';
const oldUnnamedHash = 'c0c4fc3c951ee5ee07db385600e55f5b153fc091407d4d14945d3e1f34898623';
const namedHash = '54da54e54344499f1e4cac311663807849b4a8238c6d59bc370a86d6919e18cb';
const named = `---\nmodel: sora-2-pro-preview\nduration: 8\nquality: 1080p\n---\n${prompt}`;
const unnamed = `---\n\n---\n${prompt}`;

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('a change of the default model, against a state folder of the earlier release', () => {
  it('is a live model now, and sora-2-beta-max was the default before', () => {
    expect(DEFAULT_MODEL).toBe('kling-v3-text-to-video');
    expect(PREVIOUS_DEFAULT_MODELS).toEqual(['sora-2-beta-max']);
  });

  it('keeps cached videos of unchanged requests; plan says which are made again, and why', async () => {
    const root = await writeRepo({
      // What the earlier release ran: the unnamed prompt was a sora-2-beta-max request.
      'prompts/unnamed.md': `---\nmodel: sora-2-beta-max\n---\n${prompt}`,
      'prompts/named.md': named,
    });
    const stateDir = await mkdtemp(path.join(tmpdir(), 'clipwright-state-'));
    const outDir = path.join(root, 'out');
    const first = await runSession({ plan: { root }, client: simClient(sim), outDir, stateDir });
    expect(first.counts.completed).toBe(2);
    // The state folder holds the videos under the hashes the earlier release computed.
    for (const hash of [oldUnnamedHash, namedHash])
      expect(await exists(path.join(stateDir, 'cache', `${hash}.mp4`))).toBe(true);

    // The repository as it always was: the prompt names no model.
    await writeFile(path.join(root, 'prompts/unnamed.md'), unnamed);
    const plan = await loadPlan({ root, stateDir });
    expect(plan.problems).toEqual([]);
    expect(plan.defaultModelChange).toEqual({
      from: 'sora-2-beta-max',
      to: 'kling-v3-text-to-video',
      videos: ['unnamed'],
    });
    expect(formatPlanTable(plan)).toContain(
      '1 video will be generated (and paid) again: the default model changed from sora-2-beta-max to kling-v3-text-to-video, and it names no model (unnamed).',
    );

    const creates = sim.stats().creates;
    const second = await runSession({ plan: { root }, client: simClient(sim), outDir, stateDir });
    const status = Object.fromEntries(second.results.map((r) => [r.name, r.status]));
    expect(status).toEqual({ named: 'cached', unnamed: 'completed' });
    expect(sim.stats().creates).toBe(creates + 1);
    expect(sim.stats().tasks.at(-1)?.model).toBe('kling-v3-text-to-video');
  });

  it('names nothing when the cached video is under the new default too, or the model is named', async () => {
    const root = await writeRepo({ 'prompts/unnamed.md': unnamed, 'prompts/named.md': named });
    const stateDir = await mkdtemp(path.join(tmpdir(), 'clipwright-state-'));
    expect((await loadPlan({ root, stateDir })).defaultModelChange).toBeUndefined();
    // Naming the earlier default keeps the earlier hash: the cached video is reused as it is.
    await writeFile(
      path.join(root, 'prompts/unnamed.md'),
      `---\nmodel: sora-2-beta-max\n---\n${prompt}`,
    );
    const plan = await loadPlan({ root, stateDir });
    expect(plan.jobs.find((j) => j.name === 'unnamed')?.hash).toBe(oldUnnamedHash);
    expect(plan.defaultModelChange).toBeUndefined();
  });
});
