import { type DetectSettings, measureVideo } from './measure-video.ts';
import { MediaError } from './media-error.ts';
import { probeVideo, refuseHugeVideo } from './probe-video.ts';
import { readFileHead } from './read-file-head.ts';
import { assertRegularFile, type MediaOptions, resolveLimits } from './run-ffmpeg.ts';

/** Bumped whenever what is measured, or how, changes: older cache entries are then ignored. */
export const FACTS_VERSION = 1;

/** What was measured of one video: everything a delivery check decides on. Cacheable JSON. */
export interface DeliveryFacts {
  version: typeof FACTS_VERSION;
  /** The detection settings the measures were taken with (a cache entry must match them). */
  detect: Required<DetectSettings>;
  /** Why the video could not be measured, when it could not. */
  problem?: { code: 'not_mp4' | 'too_large' | 'unreadable'; message: string };
  /** Container seconds. */
  duration?: number;
  video?: {
    codec: string;
    width: number;
    height: number;
    displayWidth: number;
    displayHeight: number;
  };
  audio: boolean;
  /** The loudest audio sample, dBFS (see `VideoMeasures`). */
  audioMaxDb?: number;
  blackSeconds: number;
  frozenSeconds: number;
}

/**
 * Probes and measures `file`. Problems of the video itself (no MP4, too many pixels,
 * undecodable) are facts; a missing ffmpeg or a refused non-regular file is thrown.
 */
export async function measureDelivery(
  file: string,
  detect: Required<DetectSettings>,
  options: MediaOptions,
): Promise<DeliveryFacts> {
  const limits = resolveLimits(options);
  await assertRegularFile(file);
  const facts: DeliveryFacts = {
    version: FACTS_VERSION,
    detect,
    audio: false,
    blackSeconds: 0,
    frozenSeconds: 0,
  };
  if (!startsWithFtyp(file)) {
    return { ...facts, problem: { code: 'not_mp4', message: 'it does not start like an MP4' } };
  }
  let probe: Awaited<ReturnType<typeof probeVideo>>;
  try {
    probe = await probeVideo(file, options);
  } catch (error) {
    if ((error as MediaError).code !== 'failed') throw error;
    return {
      ...facts,
      problem: { code: 'not_mp4', message: `ffprobe cannot read it: ${(error as Error).message}` },
    };
  }
  const v = probe.video;
  Object.assign(facts, {
    ...(probe.duration !== undefined ? { duration: probe.duration } : {}),
    audio: probe.audio !== undefined,
    ...(v ? { video: pick(v) } : {}),
  });
  if (!v) return facts;
  try {
    refuseHugeVideo(probe, limits, 'the video');
    const measures = await measureVideo(file, probe, detect, limits, options);
    facts.blackSeconds = measures.blackSeconds;
    facts.frozenSeconds = measures.frozenSeconds;
    if (measures.audioMaxDb !== undefined) facts.audioMaxDb = measures.audioMaxDb;
  } catch (error) {
    const code = (error as MediaError).code;
    if (code === 'missing' || !(error instanceof MediaError)) throw error;
    facts.problem = {
      code: code === 'refused' ? 'too_large' : 'unreadable',
      message: error.message,
    };
  }
  return facts;
}

const pick = (v: NonNullable<DeliveryFacts['video']>): NonNullable<DeliveryFacts['video']> => ({
  codec: v.codec,
  width: v.width,
  height: v.height,
  displayWidth: v.displayWidth,
  displayHeight: v.displayHeight,
});

/** Whether the file's first box is `ftyp`, as an MP4's is (read: 8 bytes, no link followed). */
function startsWithFtyp(file: string): boolean {
  return readFileHead(file, 8)?.toString('latin1', 4, 8) === 'ftyp';
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * `value` (from a cache) as facts measured with `detect`, or undefined when it is anything
 * else: another version, other settings, a wrong shape. A tampered entry is re-measured.
 */
export function asCachedFacts(
  value: unknown,
  detect: Required<DetectSettings>,
): DeliveryFacts | undefined {
  const f = value as Partial<DeliveryFacts> | null;
  if (!f || typeof f !== 'object' || f.version !== FACTS_VERSION) return undefined;
  if (JSON.stringify(f.detect) !== JSON.stringify(detect)) return undefined;
  if (typeof f.audio !== 'boolean' || !isNum(f.blackSeconds) || !isNum(f.frozenSeconds))
    return undefined;
  if (f.duration !== undefined && !isNum(f.duration)) return undefined;
  if (f.audioMaxDb !== undefined && !isNum(f.audioMaxDb)) return undefined;
  if (f.problem !== undefined) {
    const ok =
      ['not_mp4', 'too_large', 'unreadable'].includes(f.problem?.code) &&
      typeof f.problem.message === 'string';
    if (!ok) return undefined;
  }
  if (f.video !== undefined) {
    const v = f.video;
    const ok =
      v &&
      typeof v.codec === 'string' &&
      [v.width, v.height, v.displayWidth, v.displayHeight].every(isNum);
    if (!ok) return undefined;
  }
  return f as DeliveryFacts;
}
