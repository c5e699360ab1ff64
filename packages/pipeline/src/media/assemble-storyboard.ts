import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { cardFontPath } from './card-font.ts';
import { MediaError } from './media-error.ts';
import { probeVideo, refuseHugeVideo, type VideoProbe } from './probe-video.ts';
import {
  assertRegularFile,
  audioInput,
  ffmpegHead,
  fileUrl,
  type MediaOptions,
  mp4Input,
  resolveLimits,
  runnerOf,
} from './run-ffmpeg.ts';
import {
  CARD_FONT_FILE,
  cardTextFile,
  planSegments,
  type Segment,
  storyboardGraph,
  totalFrames,
} from './storyboard-graph.ts';
import {
  type ResolvedStoryboard,
  resolveStoryboard,
  type StoryboardSettings,
} from './storyboard-settings.ts';

/**
 * The encoder settings every assembly uses. Fixed (with the encoder's thread count) so the
 * same shots and settings give the same bytes on any machine with the same ffmpeg; part of
 * `assemblyHash`, so changing them here re-assembles cached storyboards.
 */
const ENCODER = {
  id: 'x264-veryfast-high-g2s-aac128k/1',
  threads: 2,
};

export interface AssembleOptions extends MediaOptions {
  /**
   * The font cards are drawn with.
   * @default DejaVu Sans, from the `dejavu-fonts-ttf` dependency (`cardFontPath()`)
   */
  fontFile?: string;
  /**
   * Where the run's own folder (card text, font) is made.
   * @default os.tmpdir()
   */
  tempDir?: string;
  /** Probes of the shots when the caller has them (spares one ffprobe run each). */
  probes?: readonly VideoProbe[];
  /**
   * The most shots one assembly takes. Memory grows with the shots (each has its own decoder
   * and filter chain): three 4 s shots at 1080p peaked at 345 MiB, ten 6 s shots (59 s) at
   * 541 MiB, of which x264 alone takes about 260 MiB (peak RSS, ffmpeg 5.1, 2026-12).
   * @default 24
   */
  maxShots?: number;
}

/** Where each piece landed in the assembled video. */
export interface AssembledSegment {
  kind: 'title' | 'shot' | 'end';
  /** The shot's index (shots only). */
  shot?: number;
  /** Seconds from the start of the output. */
  start: number;
  /** Seconds (a crossfade's overlap included). */
  duration: number;
}

export interface AssemblyResult {
  /** Seconds: the segments' sum less the crossfades' overlaps. */
  duration: number;
  width: number;
  height: number;
  hasAudio: boolean;
  segments: AssembledSegment[];
}

/**
 * Assembles the MP4 shots at `shotPaths` into one MP4 at `outPath` (written by ffmpeg as is:
 * pass a temporary name and place it yourself). Every shot is brought to the output's size
 * (letterboxed), frame rate and pixel format; segments are cut or crossfaded; cards are drawn
 * from text files with the shipped font; the sound track replaces or is mixed under the shots'
 * sound, and when any shot has sound, silent shots and cards get silence (a shot with sound is
 * opened twice, pictures and sound apart, see `storyboardGraph`). Deterministic: the
 * same shots and settings give the same bytes (`assemblyHash` names them). Bounded: shots are
 * probed and refused above `maxPixels`, scaled before any other filter, decoded and filtered on
 * `threads` threads, and the run is killed past `timeoutMs` (default: one minute plus ten
 * seconds per second of output).
 */
export async function assembleStoryboard(
  shotPaths: readonly string[],
  outPath: string,
  settings: StoryboardSettings,
  options: AssembleOptions = {},
): Promise<AssemblyResult> {
  const limits = resolveLimits(options);
  const s = resolveStoryboard(settings, limits.maxPixels);
  const maxShots = options.maxShots ?? 24;
  if (shotPaths.length > maxShots) {
    throw new MediaError(
      'refused',
      `storyboard: ${shotPaths.length} shots, more than the ${maxShots} one assembly takes`,
    );
  }
  const probes = await probeShots(shotPaths, options);
  const segments = planSegments(
    probes.map((p) => ({ duration: p.video?.duration ?? p.duration ?? 0, hasAudio: !!p.audio })),
    s,
  );
  if (s.audio) await assertRegularFile(s.audio.path, `the sound track ${s.audio.path}`);
  const { graph, maps, soundInputs } = storyboardGraph(segments, shotPaths.length, s);
  const frames = totalFrames(segments);
  const work = await mkdtemp(path.join(options.tempDir ?? tmpdir(), 'clipwright-assemble-'));
  try {
    await writeCards(work, s, () => options.fontFile ?? cardFontPath());
    const args = [
      ...ffmpegHead(limits),
      ...shotPaths.flatMap((shot) => mp4Input(shot, limits)),
      ...soundInputs.flatMap((i) => mp4Input(shotPaths[i] ?? '', limits)),
      ...(s.audio ? audioInput(s.audio.path, limits) : []),
      '-filter_complex',
      graph,
      ...maps.flatMap((label) => ['-map', label]),
      ...encoderArgs(s, maps.length > 1),
      fileUrl(outPath),
    ];
    await runnerOf(options)('ffmpeg', args, {
      timeoutMs: options.timeoutMs ?? 60_000 + Math.ceil((10_000 * frames) / s.fps),
      maxOutputBytes: limits.maxOutputBytes,
      cwd: work,
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return resultOf(segments, s, maps.length > 1);
}

async function probeShots(
  shotPaths: readonly string[],
  options: AssembleOptions,
): Promise<VideoProbe[]> {
  const limits = resolveLimits(options);
  const probes: VideoProbe[] = [];
  for (const [i, shot] of shotPaths.entries()) {
    const name = `shot ${i + 1} (${shot})`;
    await assertRegularFile(shot, name);
    const probe = options.probes?.[i] ?? (await probeVideo(shot, options));
    if (!probe.video) throw new MediaError('refused', `${name} has no video stream`);
    refuseHugeVideo(probe, limits, name);
    probes.push(probe);
  }
  return probes;
}

/** Card text files and the font, under the fixed names the graph reads (the run's folder is ffmpeg's cwd). */
async function writeCards(work: string, s: ResolvedStoryboard, font: () => string): Promise<void> {
  if (!s.titleCard && !s.endCard) return;
  await copyFile(font(), path.join(work, CARD_FONT_FILE));
  if (s.titleCard) await writeFile(path.join(work, cardTextFile('title')), s.titleCard.text);
  if (s.endCard) await writeFile(path.join(work, cardTextFile('end')), s.endCard.text);
}

/** Fixed encoder settings and the flags that keep versions, dates and random ids out of the bytes. */
function encoderArgs(s: ResolvedStoryboard, withAudio: boolean): string[] {
  return [
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-profile:v',
    'high',
    '-crf',
    String(s.quality),
    '-pix_fmt',
    'yuv420p',
    '-g',
    String(2 * s.fps),
    '-threads',
    String(ENCODER.threads),
    '-flags:v',
    '+bitexact',
    ...(withAudio
      ? ['-c:a', 'aac', '-b:a', '128k', '-ar', '48000', '-ac', '2', '-flags:a', '+bitexact']
      : []),
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-fflags',
    '+bitexact',
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    '-y',
  ];
}

function resultOf(
  segments: readonly Segment[],
  s: ResolvedStoryboard,
  hasAudio: boolean,
): AssemblyResult {
  const sec = (frames: number) => frames / s.fps;
  return {
    duration: sec(totalFrames(segments)),
    width: s.width,
    height: s.height,
    hasAudio,
    segments: segments.map((seg) => ({
      kind: seg.kind,
      ...(seg.shot !== undefined ? { shot: seg.shot } : {}),
      start: sec(seg.startFrame),
      duration: sec(seg.frames),
    })),
  };
}

/** What besides the settings goes into an assembly's hash. */
export interface AssemblyHashInputs {
  /** sha256 of the sound track's bytes (required when `settings.audio` is set: its path is not hashed). */
  audioSha256?: string;
  /** sha256 of a `fontFile` other than the shipped one. */
  fontSha256?: string;
  /** The ffmpeg version (`ffmpeg -version`'s first line), when different ffmpegs must not share results. */
  ffmpegVersion?: string;
}

/**
 * The content hash of an assembly: the shots' sha256 in order, the settings with their
 * defaults applied, the sound track's and font's content, and the fixed encoder settings.
 * Equal hashes give equal bytes (with the same ffmpeg), so an assembled MP4 can be cached by it.
 */
export function assemblyHash(
  shotsSha256: readonly string[],
  settings: StoryboardSettings,
  inputs: AssemblyHashInputs = {},
): string {
  const s = resolveStoryboard(settings, Number.MAX_SAFE_INTEGER);
  if (s.audio && !inputs.audioSha256) {
    throw new MediaError('refused', 'assemblyHash: the sound track needs its audioSha256');
  }
  const doc = {
    format: 'clipwright-storyboard/1',
    encoder: ENCODER,
    shots: [...shotsSha256],
    settings: {
      ...s,
      audio: s.audio ? { ...s.audio, path: undefined, sha256: inputs.audioSha256 } : null,
    },
    font: inputs.fontSha256 ?? 'dejavu-fonts-ttf/DejaVuSans',
    ffmpeg: inputs.ffmpegVersion ?? null,
  };
  return createHash('sha256')
    .update(canonicalize(doc) ?? '')
    .digest('hex');
}
