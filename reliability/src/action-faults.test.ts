import { DEFAULT_API_KEY, startSimulator } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../action/test/run-action.ts';
import { endState, prompt, writeRepo } from './scenario.ts';

describe('the bundled action under server and network faults', () => {
  it('a reset after create, a 503 burst on queries and a truncated download: one paid task, one clean video, step green', async () => {
    const sim = await startSimulator({
      port: 0,
      timeScale: 1000,
      faults: {
        rules: [
          { on: 'create', fault: 'reset-after-create', at: [1] },
          { on: 'query', fault: 'status', status: 503, at: [1], count: 2 },
          { on: 'download', fault: 'truncate-body', at: [1] },
        ],
      },
    });
    try {
      const workspace = await writeRepo({ 'prompts/launch.md': prompt('A launch title card.') });
      const run = await runAction({
        workspace,
        event: { name: 'push', payload: {} },
        inputs: { 'api-key': DEFAULT_API_KEY, 'base-url': sim.url, upload: 'none', cache: 'false' },
      });
      expect(run.stdout).not.toMatch(/::error/);
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ completed: '1', failed: '0', cancelled: '0' });
      expect(sim.stats()).toMatchObject({
        creates: 1,
        idempotentReplays: 1,
        duplicatePaidBodies: 0,
      });
      expect(sim.stats().faults).toMatchObject({
        'reset-after-create': 1,
        'status-503': 2,
        'truncate-body': 1,
      });
      // The action keeps its output and state in the runner's temporary folder.
      const state = await endState(run.outDir, run.stateDir);
      expect(state).toMatchObject({ strays: [], unlisted: [], missing: [], temp: [] });
      expect(state.manifest.videos).toEqual([
        expect.objectContaining({ name: 'launch', status: 'completed', path: 'launch.mp4' }),
      ]);
    } finally {
      await sim.close();
    }
  }, 30_000);
});
