import { describe, expect, it } from 'vitest';
import type { ProgramRunner } from '../media/index.ts';
import type { CacheStore } from '../model/cache-store.ts';
import type { JobResult } from '../model/job-result.ts';
import type { PlannedStoryboard } from '../model/plan.ts';
import { realFileOps } from '../output/file-ops.ts';
import { assembleStoryboards } from './assemble-storyboards.ts';

const board: PlannedStoryboard = {
  name: 'promo',
  output: 'promo.mp4',
  source: { file: 'prompts/promo.md', line: 1 },
  shots: ['promo.shot-1', 'promo.shot-2'],
  settings: { transition: { kind: 'cut' } },
  credits: 20,
};
const shot = (name: string, patch: Partial<JobResult>): JobResult => ({
  name,
  source: 'prompts/promo.md',
  hash: 'h',
  model: 'm',
  parameters: {},
  prompt: 'p',
  estimate: 10,
  credits: 10,
  status: 'completed',
  ...patch,
});
/** Nothing may run ffmpeg or touch the cache in these cases. */
const never: ProgramRunner = async () => {
  throw new Error('ffmpeg must not run');
};
const noCache: CacheStore = {
  get: async () => {
    throw new Error('the cache must not be read');
  },
  put: async () => {},
};
const options = {
  root: '/repo',
  outDir: '/repo/out',
  tempDir: '/repo/.clipwright/tmp',
  fs: realFileOps,
  cache: noCache,
  checkDir: '/repo/.clipwright/checks',
  run: never,
};

describe('assembleStoryboards without assembling', () => {
  it('names the first shot not delivered, with its outcome, and takes its status when telling', async () => {
    const [failed] = await assembleStoryboards(
      [board],
      [
        shot('promo.shot-1', { path: 'promo.shot-1.mp4', sha256: 'a' }),
        shot('promo.shot-2', {
          status: 'budget',
          error: { code: 'budget', message: 'needs 10 credits' },
        }),
      ],
      options,
    );
    expect(failed).toMatchObject({
      name: 'promo',
      model: 'storyboard',
      status: 'budget',
      credits: 0,
      estimate: 0,
      shots: ['promo.shot-1', 'promo.shot-2'],
      error: {
        code: 'storyboard_shot',
        message:
          'shot 2 (promo.shot-2) was not delivered (budget: needs 10 credits); the delivered shots stay cached',
      },
    });
    const [missing] = await assembleStoryboards([board], [], options);
    expect(missing?.error?.message).toMatch(
      /^shot 1 \(promo\.shot-1\) was not delivered \(not run/,
    );
  });

  it('assembles nothing once the run is stopped', async () => {
    const [stopped] = await assembleStoryboards([board], [], {
      ...options,
      signal: AbortSignal.abort(),
    });
    expect(stopped).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
  });
});
