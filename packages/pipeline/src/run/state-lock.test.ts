import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_API_KEY, startSimulator } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { jobFor, planOf } from '../../test/run-helpers.ts';
import { tempPath } from '../output/temp-files.ts';
import { runPlan } from './run-plan.ts';
import { lockStateDir, StateLockedError } from './state-lock.ts';

describe('one run per state folder', () => {
  it("a second run says what holds the state folder and never sweeps the first run's temporary files", async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const plan = await planOf([
        jobFor('a', { model: 'sora-2-beta-max', prompt: 'Scene a sim:seconds=1' }),
      ]);
      const stateDir = path.join(plan.root, '.clipwright');
      await mkdir(path.join(stateDir, 'tmp'), { recursive: true });
      // The first run holds the lock and is writing a temporary file.
      const release = await lockStateDir(stateDir);
      const inProgress = tempPath(path.join(stateDir, 'tmp'), 'journal.json');
      await writeFile(inProgress, 'half written');
      const options = {
        clientOptions: { apiKey: DEFAULT_API_KEY, baseUrl: sim.url, clock: sim.clock },
        clock: sim.clock,
        outDir: path.join(plan.root, 'out'),
        posters: false,
      };
      const second = runPlan(plan, options);
      await expect(second).rejects.toBeInstanceOf(StateLockedError);
      await expect(second).rejects.toThrow(`process ${process.pid} on`);
      expect(await readdir(path.join(stateDir, 'tmp'))).toEqual([path.basename(inProgress)]);
      expect(sim.stats().creates).toBe(0);

      await release();
      const run = await runPlan(plan, options);
      expect(run.counts.completed).toBe(1);
      // Once the folder is free, what a killed run left is swept.
      expect(await readdir(path.join(stateDir, 'tmp'))).toEqual([]);
      // The lock is released after the run: a third run takes it.
      await (await lockStateDir(stateDir))();
    } finally {
      await sim.close();
    }
  });
});
