import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type DeliveryCheckCache, noCheckCache } from './check-cache.ts';
import { asCachedFacts, type DeliveryFacts, measureDelivery } from './delivery-facts.ts';
import { DEFAULT_DETECT, type DetectSettings } from './measure-video.ts';
import type { MediaOptions } from './run-ffmpeg.ts';

/** What was asked of the video; each field left out is not checked. */
export interface DeliveryExpectation {
  /** Seconds asked for. */
  duration?: number;
  /** The aspect ratio asked for: `16:9`, `9:16`, `1:1`, `21:9` or `1280x720` (`adaptive` is not checked). */
  aspectRatio?: string;
  /** The exact size asked for, when it is known (display pixels). */
  size?: { width: number; height: number };
  /**
   * The resolution asked for as a model's `quality`: `480p`, `720p`, `1080p` (any `<n>p`,
   * any case), `2k` or `4k`: the picture's short side must be that many pixels, within
   * `resolutionShare`. Anything else (`standard`, `high`) is not checked.
   */
  quality?: string;
  /** Sound was asked for: an audio stream that is not silent is required. */
  sound?: boolean;
}

/** Why a delivered video is suspect. */
export type DeliveryReasonCode =
  | 'not_mp4'
  | 'no_video'
  | 'too_large'
  | 'unreadable'
  | 'short'
  | 'long'
  | 'aspect'
  | 'resolution'
  | 'silent'
  | 'black'
  | 'frozen';

export interface DeliveryReason {
  code: DeliveryReasonCode;
  /** One line for a person: what was found and what was asked. */
  message: string;
}

/** A check's outcome, with the facts it was decided on (for a manifest or a summary). */
export type DeliveryCheck =
  | { ok: true; facts: DeliveryFacts }
  | { ok: false; reasons: DeliveryReason[]; facts: DeliveryFacts };

/** How far a video may be from what was asked. */
export interface DeliveryTolerances {
  /**
   * A duration within this many seconds of the asked one passes (or within
   * `durationRatio`, whichever is larger).
   * @default 0.5
   */
  durationSeconds?: number;
  /**
   * A duration within this share of the asked one passes.
   * @default 0.1
   */
  durationRatio?: number;
  /**
   * The width/height ratio may differ from the asked one by this share.
   * @default 0.01
   */
  aspectRatio?: number;
  /**
   * The short side may differ from the one `quality` names by this share (encoders round
   * sizes to a multiple of 8 or 16: 480p at 16:9 is 848, 854 or 864 wide, but always about
   * 480 high), and always by 2 pixels.
   * @default 0.02
   */
  resolutionShare?: number;
  /**
   * Black picture over more than this share of the clip makes it `black`.
   * @default 0.8
   */
  blackShare?: number;
  /**
   * An unchanging picture over more than this share of the clip makes it `frozen`.
   * @default 0.8
   */
  frozenShare?: number;
  /**
   * An audio track whose loudest sample is below this (dBFS) is silent.
   * @default -60
   */
  silentBelowDb?: number;
}

export const DEFAULT_TOLERANCES: Required<DeliveryTolerances> = {
  durationSeconds: 0.5,
  durationRatio: 0.1,
  aspectRatio: 0.01,
  resolutionShare: 0.02,
  blackShare: 0.8,
  frozenShare: 0.8,
  silentBelowDb: -60,
};

export interface CheckDeliveryOptions extends MediaOptions {
  /** How far from what was asked a video may be. */
  tolerances?: DeliveryTolerances;
  /** How black and frozen stretches are found. */
  detect?: DetectSettings;
  /** Where measurements are kept by the video's sha256. @default none (every check decodes) */
  cache?: DeliveryCheckCache;
  /** The video's sha256 when the caller has it (it is computed otherwise, when a cache is set). */
  sha256?: string;
}

/**
 * Checks a delivered video against what was asked: a real MP4 with a video stream, the
 * duration, aspect ratio and size, sound, and no black or frozen picture over most of it.
 * What it measures is kept in `cache` by the video's sha256, so a video seen before is
 * decided on without running ffmpeg. Rejects only when ffmpeg/ffprobe is missing or the
 * path is not a regular file; a bad video is a resolved `{ ok: false, reasons }`.
 */
export async function checkDelivery(
  videoPath: string,
  expect: DeliveryExpectation,
  options: CheckDeliveryOptions = {},
): Promise<DeliveryCheck> {
  const detect = { ...DEFAULT_DETECT, ...options.detect };
  const cache = options.cache ?? noCheckCache;
  const sha256 = options.cache ? (options.sha256 ?? (await sha256File(videoPath))) : undefined;
  let facts = sha256 ? asCachedFacts(await cache.get(sha256), detect) : undefined;
  if (!facts) {
    facts = await measureDelivery(videoPath, detect, options);
    // A video that could not be read this time (a timeout on a busy machine) is not kept.
    if (sha256 && facts.problem?.code !== 'unreadable') await cache.set(sha256, facts);
  }
  const reasons = decideDelivery(facts, expect, { ...DEFAULT_TOLERANCES, ...options.tolerances });
  return reasons.length === 0 ? { ok: true, facts } : { ok: false, reasons, facts };
}

/** sha256 (hex) of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const s = (n: number) => `${Math.round(n * 100) / 100} s`;

/** The reasons `facts` fail `expect` (none: it passes). Pure: a cached check decodes nothing. */
export function decideDelivery(
  facts: DeliveryFacts,
  expect: DeliveryExpectation,
  tol: Required<DeliveryTolerances>,
): DeliveryReason[] {
  if (facts.problem?.code === 'not_mp4') {
    return [{ code: 'not_mp4', message: `not an MP4: ${facts.problem.message}` }];
  }
  const v = facts.video;
  if (!v) return [{ code: 'no_video', message: 'the MP4 has no video stream' }];
  const reasons: DeliveryReason[] = [];
  if (facts.problem) reasons.push({ code: facts.problem.code, message: facts.problem.message });
  reasons.push(...durationReasons(facts.duration, expect.duration, tol));
  reasons.push(...shapeReasons(v, expect, tol));
  reasons.push(...soundReasons(facts, expect, tol));
  if (!facts.problem) reasons.push(...stillReasons(facts, tol));
  return reasons;
}

function durationReasons(
  actual: number | undefined,
  asked: number | undefined,
  tol: Required<DeliveryTolerances>,
): DeliveryReason[] {
  if (asked === undefined) return [];
  if (actual === undefined) return [{ code: 'short', message: 'the MP4 states no duration' }];
  const slack = Math.max(tol.durationSeconds, tol.durationRatio * asked);
  const within = `${s(asked)} was asked (within ${s(slack)})`;
  if (actual < asked - slack)
    return [{ code: 'short', message: `it lasts ${s(actual)}; ${within}` }];
  if (actual > asked + slack)
    return [{ code: 'long', message: `it lasts ${s(actual)}; ${within}` }];
  return [];
}

/** `16:9` or `1280x720` as width/height; undefined for `adaptive` or anything unknown. */
export function aspectValue(aspect: string): number | undefined {
  const m = /^(\d+)\s*[:x]\s*(\d+)$/.exec(aspect.trim());
  if (!m) return undefined;
  const [w, h] = [Number(m[1]), Number(m[2])];
  return w > 0 && h > 0 ? w / h : undefined;
}

/** The short side in pixels a `quality` value names (`720p` → 720, `4k` → 2160); undefined for others. */
export function qualityShortSide(quality: string): number | undefined {
  const q = quality.trim().toLowerCase();
  const named: Record<string, number> = { '2k': 1440, '4k': 2160 };
  if (Object.hasOwn(named, q)) return named[q];
  const m = /^(\d{3,4})p$/.exec(q);
  return m ? Number(m[1]) : undefined;
}

function shapeReasons(
  v: NonNullable<DeliveryFacts['video']>,
  expect: DeliveryExpectation,
  tol: Required<DeliveryTolerances>,
): DeliveryReason[] {
  const reasons: DeliveryReason[] = [];
  const size = `${v.displayWidth}x${v.displayHeight}`;
  const asked = expect.aspectRatio === undefined ? undefined : aspectValue(expect.aspectRatio);
  const actual = v.displayWidth / v.displayHeight;
  if (asked !== undefined && Math.abs(actual / asked - 1) > tol.aspectRatio) {
    reasons.push({
      code: 'aspect',
      message: `it is ${size} (${actual.toFixed(3)}); ${expect.aspectRatio} (${asked.toFixed(3)}) was asked`,
    });
  }
  const side = expect.quality === undefined ? undefined : qualityShortSide(expect.quality);
  const short = Math.min(v.displayWidth, v.displayHeight);
  const slack = side === undefined ? 0 : Math.max(2, tol.resolutionShare * side);
  if (side !== undefined && Math.abs(short - side) > slack) {
    reasons.push({
      code: 'resolution',
      message: `it is ${size} (short side ${short} px); ${expect.quality} (short side ${side} px, within ${Math.round(slack)} px) was asked`,
    });
  }
  const want = expect.size;
  if (want && (want.width !== v.displayWidth || want.height !== v.displayHeight)) {
    reasons.push({
      code: 'resolution',
      message: `it is ${size}; ${want.width}x${want.height} was asked`,
    });
  }
  return reasons;
}

function soundReasons(
  facts: DeliveryFacts,
  expect: DeliveryExpectation,
  tol: Required<DeliveryTolerances>,
): DeliveryReason[] {
  if (expect.sound !== true) return [];
  if (!facts.audio) return [{ code: 'silent', message: 'sound was asked; it has no audio track' }];
  if (facts.audioMaxDb !== undefined && facts.audioMaxDb < tol.silentBelowDb) {
    return [
      {
        code: 'silent',
        message: `sound was asked; its audio track is silent (loudest ${facts.audioMaxDb} dB, below ${tol.silentBelowDb} dB)`,
      },
    ];
  }
  return [];
}

function stillReasons(facts: DeliveryFacts, tol: Required<DeliveryTolerances>): DeliveryReason[] {
  const duration = facts.duration ?? 0;
  if (duration <= 0) return [];
  const share = (x: number) => `${Math.round((100 * x) / duration)} %`;
  if (facts.blackSeconds > tol.blackShare * duration) {
    return [
      {
        code: 'black',
        message: `${s(facts.blackSeconds)} of ${s(duration)} is black (${share(facts.blackSeconds)})`,
      },
    ];
  }
  // A black clip is frozen too: only a picture that is not black is reported frozen.
  if (facts.frozenSeconds > tol.frozenShare * duration) {
    return [
      {
        code: 'frozen',
        message: `${s(facts.frozenSeconds)} of ${s(duration)} is one unchanging picture (${share(facts.frozenSeconds)})`,
      },
    ];
  }
  return [];
}
