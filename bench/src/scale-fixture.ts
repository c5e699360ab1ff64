import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Job } from '@clipwright/pipeline';
import { folderCache } from '@clipwright/pipeline/internal';
// The media helpers are not exported by the package: the bench reads them from source, as
// the pipeline's own tests do (the scale child itself runs the built `dist/`).
import {
  checkDelivery,
  folderCheckCache,
  noCheckCache,
} from '../../packages/pipeline/src/media/index.ts';
import { runProgram } from './child-process.ts';

/**
 * Fills a state folder as an earlier run of `jobs` would have left it, so that the measured
 * run is a user's cached run with every default on (delivery checks and posters): per job a
 * real MP4 (10 s, 9:16, moving picture: it passes the checks the jobs ask for), its poster and
 * its delivery-check record, all kept by the video's sha256. The videos are one small
 * ffmpeg-made MP4 with a trailing `free` box holding the job's index (each its own bytes and
 * sha256, the same picture); the check record is measured once with ffmpeg and stored for
 * every video, after a real check of one variant confirms the box changes nothing.
 */
export async function fillCaches(jobs: readonly Job[], stateDir: string, work: string) {
  const cacheDir = path.join(stateDir, 'cache');
  const checksDir = path.join(stateDir, 'checks');
  await mkdir(checksDir, { recursive: true });
  const base = await smallMp4(path.join(work, 'base.mp4'));
  const baseFacts = await measuredFacts(base, checksDir);
  const first = path.join(work, 'variant.mp4');
  await writeFile(first, withFreeBox(await readFile(base), 0));
  const variantFacts = (await checkDelivery(first, {}, { cache: noCheckCache })).facts;
  if (JSON.stringify(variantFacts) !== JSON.stringify(baseFacts)) {
    throw new Error('a trailing free box changed what the delivery check measures');
  }
  const cache = folderCache(cacheDir);
  const video = path.join(work, 'video.mp4');
  const bytes = await readFile(base);
  const poster = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 1)]);
  const record = `${JSON.stringify(baseFacts)}\n`;
  for (const [i, job] of jobs.entries()) {
    const own = withFreeBox(bytes, i);
    await writeFile(video, own);
    await cache.put(job.hash, video);
    const sha256 = createHash('sha256').update(own).digest('hex');
    await writeFile(path.join(cacheDir, `${sha256}.jpg`), poster);
    await writeFile(path.join(checksDir, `${sha256}.check.json`), record);
  }
}

/** A 10 s, 90x160 (9:16) MP4 of ffmpeg's moving test picture, a few KB. */
async function smallMp4(file: string): Promise<string> {
  await runProgram('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
    ...['-i', 'testsrc=s=90x160:r=4:d=10'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-threads', '1'],
    file,
  ]);
  return file;
}

/** What a delivery check measures of `file`, kept in `checksDir` as a run would keep it. */
async function measuredFacts(file: string, checksDir: string): Promise<unknown> {
  const check = await checkDelivery(file, {}, { cache: folderCheckCache(checksDir) });
  return check.facts;
}

/** `mp4` with a 16-byte `free` box appended that holds `index` (MP4 readers skip it). */
function withFreeBox(mp4: Buffer, index: number): Buffer {
  const box = Buffer.alloc(16);
  box.writeUInt32BE(16, 0);
  box.write('free', 4, 'latin1');
  box.writeUInt32BE(index, 8);
  return Buffer.concat([mp4, box]);
}
