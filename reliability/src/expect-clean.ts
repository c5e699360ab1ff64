import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunResult } from '@clipwright/pipeline';
import { expect } from 'vitest';
import { type EndState, endState, referenceVideo, type Scenario } from './scenario.ts';

/**
 * The invariants every fault case ends in: each video completed (its bytes equal to what the
 * server serves) or carries a typed error; nothing but final videos, manifest.json and
 * index.html in the output folder; no temporary file left; no body paid twice.
 */
export async function expectClean(s: Scenario, run: RunResult): Promise<EndState> {
  const state = await endState(s.outDir, s.stateDir);
  expect(state.strays).toEqual([]);
  expect(state.unlisted).toEqual([]);
  expect(state.missing).toEqual([]);
  expect(state.temp).toEqual([]);
  expect(state.manifest.counts).toEqual(run.counts);
  expect(s.sim.stats().duplicatePaidBodies).toBe(0);
  for (const video of run.results) {
    if (video.status === 'completed') {
      const bytes = await readFile(path.join(s.outDir, video.path ?? ''));
      expect(video.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(bytes.equals(await referenceVideo(s.events, video.taskId ?? ''))).toBe(true);
    } else if (video.status !== 'cached') {
      expect(video.error?.code).toMatch(/\w/);
      expect(video.error?.message).toMatch(/\w/);
      expect(video.path).toBeUndefined();
    }
  }
  return state;
}
