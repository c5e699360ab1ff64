import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assembleStoryboard } from '../../packages/pipeline/src/media/index.ts';
import { runProgram } from './child-process.ts';
import type { ScenarioResult } from './scenario-result.ts';
import { round } from './summary-stats.ts';
import { hasGnuTime, timedProgram, timedRunner } from './timed-runner.ts';

export interface StoryboardSizes {
  /** Shots of `shotSeconds` each: the output lasts shots × shotSeconds. */
  shots: number;
  shotSeconds: number;
  /** The shots' and the output's size and frame rate. */
  width: number;
  height: number;
  fps: number;
}

/** The storyboard's default quality (x264 CRF), used by the hand-run command too. */
const CRF = 20;

/**
 * The cost of assembling a storyboard: `assembleStoryboard` (cuts, no cards, its defaults
 * otherwise) on shots made locally with ffmpeg (`testsrc2`, untimed), against the command a
 * person would run by hand on the same shots: ffmpeg's `concat` filter, encoded with the same
 * encoder, preset and quality (libx264 veryfast, CRF 20, yuv420p). CPU (user + system) and
 * peak RSS of every program each side runs (ffprobe included), read by GNU time.
 */
export async function storyboardScenario(sizes: StoryboardSizes): Promise<ScenarioResult> {
  const names = ['cpuSecondsPerOutputSecond', 'cpuRatio', 'peakRssMiB', 'rssRatio'];
  if (!(await hasGnuTime())) {
    return {
      metrics: Object.fromEntries(names.map((n) => [n, null])),
      reason: 'GNU time (/usr/bin/time) is not installed: the assembly is not measured',
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'clipwright-bench-storyboard-'));
  const timed = await timedRunner();
  try {
    const shots = await makeShots(dir, sizes);
    const result = await assembleStoryboard(
      shots,
      path.join(dir, 'ours.mp4'),
      { width: sizes.width, height: sizes.height, fps: sizes.fps, quality: CRF },
      { run: timed.run, tempDir: dir },
    );
    const ours = summed(timed.runs);
    const hand = await timedProgram('ffmpeg', byHandArgs(shots, path.join(dir, 'hand.mp4')));
    const seconds = sizes.shots * sizes.shotSeconds;
    const oursPerSecond = ours.cpuSeconds / result.duration;
    const handPerSecond = hand.cpuSeconds / seconds;
    return {
      metrics: {
        cpuSecondsPerOutputSecond: round(oursPerSecond, 3),
        cpuRatio: round(oursPerSecond / handPerSecond),
        peakRssMiB: round(ours.maxRssKiB / 1024, 1),
        rssRatio: round(ours.maxRssKiB / hand.maxRssKiB),
      },
      details: {
        shots: sizes.shots,
        shotSeconds: sizes.shotSeconds,
        size: `${sizes.width}x${sizes.height}@${sizes.fps}`,
        outputSeconds: round(result.duration, 2),
        ours: { runs: timed.runs.length, cpuSeconds: round(ours.cpuSeconds, 2) },
        byHand: {
          cpuSeconds: round(hand.cpuSeconds, 2),
          cpuSecondsPerOutputSecond: round(handPerSecond, 3),
          peakRssMiB: round(hand.maxRssKiB / 1024, 1),
        },
      },
    };
  } finally {
    await timed.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The shots, as a model would deliver them (H.264, the output's size), made untimed: one shot
 * of ffmpeg's moving test picture, copied for the others (1080p `testsrc2` is slow to make).
 */
async function makeShots(dir: string, sizes: StoryboardSizes): Promise<string[]> {
  const first = path.join(dir, 'shot-1.mp4');
  const source = `testsrc2=s=${sizes.width}x${sizes.height}:r=${sizes.fps}:d=${sizes.shotSeconds}`;
  await runProgram(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', source],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', first],
    ],
    { timeoutMs: 600_000 },
  );
  const shots = [first];
  for (let i = 2; i <= sizes.shots; i++) {
    const file = path.join(dir, `shot-${i}.mp4`);
    await copyFile(first, file);
    shots.push(file);
  }
  return shots;
}

/** What a person types: the shots through ffmpeg's concat filter, the same encoder settings. */
function byHandArgs(shots: readonly string[], out: string): string[] {
  const inputs = shots.map((_, i) => `[${i}:v]`).join('');
  return [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...shots.flatMap((shot) => ['-i', shot]),
    ...['-filter_complex', `${inputs}concat=n=${shots.length}:v=1:a=0[v]`, '-map', '[v]'],
    ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', String(CRF), '-pix_fmt', 'yuv420p'],
    out,
  ];
}

function summed(runs: readonly { cpuSeconds: number; maxRssKiB: number }[]) {
  return {
    cpuSeconds: runs.reduce((sum, r) => sum + r.cpuSeconds, 0),
    maxRssKiB: Math.max(0, ...runs.map((r) => r.maxRssKiB)),
  };
}
