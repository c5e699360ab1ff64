import path from 'node:path';
import { startSimulator } from '@clipwright/simulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireFfmpeg } from '../../test/media.ts';
import { jobFor, planOf, simClient } from '../../test/run-helpers.ts';
import { MediaError, type ProgramRunner, realProgramRunner } from '../media/index.ts';
import type { PipelineEvent } from '../model/events.ts';
import { runPlan } from './run-plan.ts';

beforeAll(requireFfmpeg);

/** A seedance request (sound asked) at 480p, the simulator's smallest picture. */
const job = (name: string, directive = '') =>
  jobFor(name, {
    model: 'seedance-1.5-pro',
    prompt: `Shot ${name} sim:seconds=10 ${directive}`.trim(),
    duration: 4,
    aspect_ratio: '16:9',
    quality: '480p',
    generate_audio: true,
  } as never);

/** The real runner, counting the runs that read a video (not the `-version` and list runs). */
function countingRunner(): { run: ProgramRunner; decodes: () => number } {
  const real = realProgramRunner();
  let decodes = 0;
  return {
    run: (program, args, bounds) => {
      if (!args.some((a) => a === '-version' || a === '-filters' || a === '-encoders'))
        decodes += 1;
      return real(program, args, bounds);
    },
    decodes: () => decodes,
  };
}

describe('delivered videos are checked before they are published', () => {
  it('reports each simulator video fault as suspect with its reason, and a cached run decodes nothing', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const plan = await planOf([
        job('good'),
        job('short', 'sim:video=short'),
        job('aspect', 'sim:video=wrong-aspect'),
        job('silent', 'sim:video=silent'),
        job('black', 'sim:video=black'),
        job('frozen', 'sim:video=frozen'),
      ]);
      const outDir = path.join(plan.root, 'out');
      const first = countingRunner();
      const run = await runPlan(plan, {
        client: simClient(sim),
        clock: sim.clock,
        outDir,
        posters: false,
        mediaRunner: first.run,
      });
      const byName = new Map(run.results.map((r) => [r.name, r]));
      expect(byName.get('good')?.status).toBe('completed');
      const codes = Object.fromEntries(
        ['short', 'aspect', 'silent', 'black', 'frozen'].map((n) => [
          n,
          byName.get(n)?.error?.code,
        ]),
      );
      expect(codes).toEqual({
        short: 'suspect_short',
        aspect: 'suspect_aspect',
        silent: 'suspect_silent',
        black: 'suspect_black',
        frozen: 'suspect_frozen',
      });
      expect(run.counts).toMatchObject({ completed: 1, suspect: 5 });
      expect(byName.get('short')?.error?.message).toMatch(/lasts 2 s; 4 s was asked/);
      // The suspect video stays on disk, listed in the manifest with its reason.
      expect(byName.get('black')?.path).toBe('black.mp4');
      expect(first.decodes()).toBeGreaterThan(0);

      const again = countingRunner();
      const rerun = await runPlan(plan, {
        client: simClient(sim),
        clock: sim.clock,
        outDir,
        posters: false,
        mediaRunner: again.run,
      });
      expect(rerun.counts).toMatchObject({ cached: 1, suspect: 5 });
      expect(again.decodes()).toBe(0);
      expect(sim.stats().creates).toBe(6);
    } finally {
      await sim.close();
    }
  });

  it('without ffmpeg: one notice, nothing checked, nothing fails', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const plan = await planOf([job('a', 'sim:video=black'), job('b')]);
      const events: PipelineEvent[] = [];
      const missing: ProgramRunner = async (program) => {
        throw new MediaError('missing', `${program} is not on the PATH`);
      };
      const run = await runPlan(plan, {
        client: simClient(sim),
        clock: sim.clock,
        outDir: path.join(plan.root, 'out'),
        posters: false,
        mediaRunner: missing,
        onEvent: (e) => events.push(e),
      });
      expect(run.counts.completed).toBe(2);
      const notices = events.filter((e) => e.type === 'notice');
      expect(notices).toHaveLength(1);
      expect(JSON.stringify(notices[0])).toMatch(/not checked/);
    } finally {
      await sim.close();
    }
  });

  it('checks the resolution against the quality when asked (the simulator paints a fifth of the real size)', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const plan = await planOf([job('small')]);
      const options = {
        client: simClient(sim),
        clock: sim.clock,
        outDir: path.join(plan.root, 'out'),
        posters: false,
      } as const;
      expect((await runPlan(plan, options)).results[0]?.status).toBe('completed');
      const strict = await runPlan(plan, { ...options, checks: { resolution: true } });
      expect(strict.results[0]?.error).toEqual({
        code: 'suspect_resolution',
        message:
          'resolution: it is 192x108 (short side 108 px); 480p (short side 480 px, within 10 px) was asked',
      });
    } finally {
      await sim.close();
    }
  });
});
