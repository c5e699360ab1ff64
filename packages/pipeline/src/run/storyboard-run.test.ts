import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { promptColour, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourAt, ffprobe, near, requireFfmpeg } from '../../test/media.ts';
import { writeRepo } from '../../test/repo.ts';
import { simClient } from '../../test/run-helpers.ts';
import { MediaError, type ProgramRunner, realProgramRunner } from '../media/index.ts';
import type { JobResult } from '../model/job-result.ts';
import type { Plan } from '../model/plan.ts';
import { loadPlan } from '../plan/load-plan.ts';
import { runPlan } from './run-plan.ts';

beforeAll(requireFfmpeg);

const execFileAsync = promisify(execFile);

const context = { tag: 'v1.2.0', version: '1.2.0', repo: 'acme/site', sha: 'abc123' };
const now = () => Date.parse('2026-11-21T10:00:00Z');

/** A three-shot storyboard: 4 s seedance shots at 480p, crossfades of 0.5 s, a 1 s title card. */
const storyboard = (second = 'A red kite over dunes') => `---
output: promo.mp4
model: seedance-1.5-pro
duration: 4
aspect_ratio: "16:9"
quality: 480p
storyboard:
  transition: crossfade 0.5
  title_card:
    text: "Clipwright {{ version }}"
    seconds: 1
  size: 640x360
shots:
  - prompt: A lighthouse at dawn
  - prompt: ${second}
  - prompt: Rain on a tin roof
---
`;

/** The real runner, counting assemblies (ffmpeg runs with a filter graph). */
function countingRunner(): { run: ProgramRunner; assemblies: () => number } {
  const real = realProgramRunner();
  let assemblies = 0;
  return {
    run: (program, args, bounds) => {
      if (args.includes('-filter_complex')) assemblies += 1;
      return real(program, args, bounds);
    },
    assemblies: () => assemblies,
  };
}

describe('a storyboard run on the simulator with the real ffmpeg', () => {
  let sim: Simulator;
  let root: string;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, timeScale: 1000 });
    root = await writeRepo({ 'prompts/promo.md': storyboard() });
  });
  afterAll(() => sim.close());

  const plan = () => loadPlan({ root, context, now });
  const run = async (p: Plan, runner = countingRunner()) => ({
    runner,
    result: await runPlan(p, {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(root, 'out'),
      mediaRunner: runner.run,
    }),
  });
  const named = (results: JobResult[], name: string) => results.find((r) => r.name === name);

  it('assembles one MP4: the shots minus the overlaps, each stretch from the right shot', async () => {
    const p = await plan();
    const { result, runner } = await run(p);
    const promo = named(result.results, 'promo');
    expect(promo).toMatchObject({
      status: 'completed',
      path: 'promo.mp4',
      poster: 'promo.jpg',
      model: 'storyboard',
      shots: ['promo.shot-1', 'promo.shot-2', 'promo.shot-3'],
    });
    expect(runner.assemblies()).toBe(1);
    const file = path.join(root, 'out', 'promo.mp4');
    // 1 s card + 3 x 4 s shots - 3 overlaps of 0.5 s.
    const info = await ffprobe(file);
    expect(Number(info.format.duration)).toBeCloseTo(11.5, 1);
    expect(info.streams.find((s) => s.codec_type === 'video')).toMatchObject({
      width: 640,
      height: 360,
    });
    // Shot 1 covers 0.5-4.5 s, shot 2 4-8 s, shot 3 7.5-11.5 s: each sampled where no fade is.
    for (const [seconds, shot] of [
      [2.5, 0],
      [6, 1],
      [10, 2],
    ] as const) {
      const prompt = p.jobs[shot]?.request.prompt ?? '';
      expect({ seconds, near: near(await colourAt(file, seconds), promptColour(prompt)) }).toEqual({
        seconds,
        near: true,
      });
    }
    const manifest = JSON.parse(await readFile(path.join(root, 'out', 'manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest)).toContain(
      '"shots":["promo.shot-1","promo.shot-2","promo.shot-3"]',
    );
    const gallery = await readFile(path.join(root, 'out', 'index.html'), 'utf8');
    expect(gallery).toMatch(
      /<dt>Shots<\/dt><dd><ol class="shots"><li><a href="promo\.shot-1\.mp4">/,
    );
  });

  it('a re-run creates nothing and rebuilds nothing', async () => {
    const creates = sim.stats().creates;
    const { result, runner } = await run(await plan());
    expect(sim.stats().creates).toBe(creates);
    expect(runner.assemblies()).toBe(0);
    expect(result.counts).toMatchObject({ cached: 4, completed: 0 });
  });

  it('changing one shot’s prompt creates one task and re-assembles', async () => {
    await writeFile(path.join(root, 'prompts/promo.md'), storyboard('A kite over red dunes'));
    const creates = sim.stats().creates;
    const { result, runner } = await run(await plan());
    expect(sim.stats().creates).toBe(creates + 1);
    expect(runner.assemblies()).toBe(1);
    expect(named(result.results, 'promo.shot-2')?.status).toBe('completed');
    expect(named(result.results, 'promo')?.status).toBe('completed');
  });

  it('a failed shot fails the storyboard with its name; the other shots stay cached', async () => {
    await writeFile(
      path.join(root, 'prompts/promo.md'),
      storyboard('A kite over red dunes sim:fail=content_policy_violation'),
    );
    const { result, runner } = await run(await plan());
    expect(runner.assemblies()).toBe(0);
    expect(named(result.results, 'promo.shot-1')?.status).toBe('cached');
    const promo = named(result.results, 'promo');
    expect(promo?.status).toBe('failed');
    expect(promo?.error?.message).toMatch(/^shot 2 \(promo\.shot-2\) was not delivered \(failed/);
  });

  it('a suspect shot makes the storyboard suspect, naming the shot', async () => {
    const root2 = await writeRepo({
      'prompts/promo.md': storyboard('A red kite over dunes sim:video=black'),
    });
    const result = await runPlan(await loadPlan({ root: root2, context, now }), {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(root2, 'out'),
      posters: false,
    });
    expect(named(result.results, 'promo.shot-2')?.error?.code).toBe('suspect_black');
    const promo = named(result.results, 'promo');
    expect(promo).toMatchObject({ status: 'suspect', path: 'promo.mp4' });
    expect(promo?.error?.code).toBe('suspect_shot');
    expect(promo?.error?.message).toMatch(/^shot 2 \(promo\.shot-2\.mp4\) is suspect: black: /);
  });

  it('without ffmpeg, no shot of a storyboard is paid for', async () => {
    const root2 = await writeRepo({ 'prompts/promo.md': storyboard('Nothing is paid') });
    const creates = sim.stats().creates;
    const missing: ProgramRunner = async () => {
      throw new MediaError('missing', 'ffmpeg is not on the PATH');
    };
    const result = await runPlan(await loadPlan({ root: root2, context, now }), {
      client: simClient(sim),
      clock: sim.clock,
      outDir: path.join(root2, 'out'),
      mediaRunner: missing,
      posters: false,
    });
    expect(sim.stats().creates).toBe(creates);
    expect(result.results.map((r) => [r.name, r.status, r.error?.code])).toEqual([
      ['promo.shot-1', 'failed', 'media_tools_missing'],
      ['promo.shot-2', 'failed', 'media_tools_missing'],
      ['promo.shot-3', 'failed', 'media_tools_missing'],
      ['promo', 'failed', 'media_tools_missing'],
    ]);
  });
});

describe('a storyboard with a sound track from the repository', () => {
  const withMusic = `---
output: teaser.mp4
model: seedance-1.5-pro
duration: 4
aspect_ratio: "16:9"
quality: 480p
storyboard:
  audio: ../assets/theme.wav
  size: 640x360
shots:
  - prompt: A lighthouse at dawn
  - prompt: Rain on a tin roof
---
`;
  const tone = (root: string, hz: number) =>
    execFileAsync('ffmpeg', [
      ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=f=${hz}:d=10`],
      path.join(root, 'assets', 'theme.wav'),
    ]);

  it('lays the track under the shots; new track bytes re-assemble and create nothing', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const root = await writeRepo({ 'prompts/teaser.md': withMusic, 'assets/.keep': '' });
      await tone(root, 440);
      const go = async () => {
        const runner = countingRunner();
        const result = await runPlan(await loadPlan({ root, context, now }), {
          client: simClient(sim),
          clock: sim.clock,
          outDir: path.join(root, 'out'),
          mediaRunner: runner.run,
          posters: false,
        });
        return { result, runner };
      };
      const first = await go();
      expect(first.result.results.find((r) => r.name === 'teaser')?.status).toBe('completed');
      const info = await ffprobe(path.join(root, 'out', 'teaser.mp4'));
      expect(Number(info.format.duration)).toBeCloseTo(8, 1);
      expect(info.streams.find((s) => s.codec_type === 'audio')).toMatchObject({
        codec_name: 'aac',
      });
      await tone(root, 880);
      const creates = sim.stats().creates;
      const second = await go();
      expect(sim.stats().creates).toBe(creates);
      expect(second.runner.assemblies()).toBe(1);
      expect(second.result.results.find((r) => r.name === 'teaser')?.status).toBe('completed');
    } finally {
      await sim.close();
    }
  });
});
