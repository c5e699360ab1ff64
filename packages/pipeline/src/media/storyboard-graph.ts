import { MediaError } from './media-error.ts';
import type { ResolvedCard, ResolvedStoryboard } from './storyboard-settings.ts';

/** One shot as the graph needs it: its length and whether it has sound. */
export interface ShotFacts {
  /** Seconds of video. */
  duration: number;
  hasAudio: boolean;
}

/** One piece of the assembled video, in order. */
export interface Segment {
  kind: 'title' | 'shot' | 'end';
  /** The shot's index among the shots (shots only). */
  shot?: number;
  /** The card (cards only). */
  card?: ResolvedCard;
  /** Length in frames. */
  frames: number;
  /** Where it starts in the output, in frames (a crossfade overlaps the previous one). */
  startFrame: number;
  hasAudio: boolean;
}

/** The segments of a storyboard: the title card, the shots, the end card, each placed. */
export function planSegments(shots: readonly ShotFacts[], s: ResolvedStoryboard): Segment[] {
  if (shots.length === 0) throw new MediaError('refused', 'storyboard: it has no shots');
  const segments: Omit<Segment, 'startFrame'>[] = [];
  if (s.titleCard)
    segments.push({
      kind: 'title',
      card: s.titleCard,
      frames: s.titleCard.frames,
      hasAudio: false,
    });
  shots.forEach((shot, index) => {
    const frames = Math.round(shot.duration * s.fps);
    if (!(frames >= 1))
      throw new MediaError('refused', `storyboard: shot ${index + 1} has no frames`);
    segments.push({ kind: 'shot', shot: index, frames, hasAudio: shot.hasAudio });
  });
  if (s.endCard)
    segments.push({ kind: 'end', card: s.endCard, frames: s.endCard.frames, hasAudio: false });
  const x = s.crossfadeFrames;
  let start = 0;
  return segments.map((seg, i) => {
    // A crossfade eats into both sides of a middle segment, one side of the first and last.
    const need = x * ((i > 0 ? 1 : 0) + (i < segments.length - 1 ? 1 : 0)) + 1;
    if (x > 0 && seg.frames < need) {
      const name = seg.kind === 'shot' ? `shot ${(seg.shot ?? 0) + 1}` : `the ${seg.kind} card`;
      throw new MediaError(
        'refused',
        `storyboard: ${name} lasts ${seg.frames} frames, too short for crossfades of ${x} frames (needs ${need})`,
      );
    }
    const placed = { ...seg, startFrame: start };
    start += seg.frames - x;
    return placed;
  });
}

/** The output's length in frames. */
export function totalFrames(segments: readonly Segment[]): number {
  const last = segments.at(-1);
  return last ? last.startFrame + last.frames : 0;
}

/** The file names cards read their text from, in the run's own folder (the ffmpeg working folder). */
export const cardTextFile = (kind: 'title' | 'end') => `${kind}-card.txt`;
/** The card font's name in the run's folder. */
export const CARD_FONT_FILE = 'card-font.ttf';

const SAMPLE_RATE = 48_000;
const AUDIO_FORMAT = `aresample=${SAMPLE_RATE},aformat=sample_fmts=fltp:channel_layouts=stereo`;

/** Seconds for a frame count, as ffmpeg reads a duration (exact to the microsecond). */
const secs = (frames: number, fps: number) => (frames / fps).toFixed(6);

function videoChain(seg: Segment, s: ResolvedStoryboard): string {
  const { width: w, height: h, fps } = s;
  const tail = `trim=end_frame=${seg.frames},setpts=PTS-STARTPTS`;
  if (seg.card) {
    const c = seg.card;
    const lines = c.text.split('\n');
    const longest = Math.max(...lines.map((l) => [...l].length));
    // DejaVu Sans averages about 0.6 em a character: the longest line fits in 90 % of the width.
    const size = Math.max(
      8,
      Math.floor(Math.min(h / 10, (0.9 * w) / (0.6 * longest), (0.8 * h) / (1.3 * lines.length))),
    );
    const text =
      `drawtext=fontfile=${CARD_FONT_FILE}:textfile=${cardTextFile(seg.kind as 'title' | 'end')}:expansion=none` +
      `:fontcolor=${c.color}:fontsize=${size}:line_spacing=${Math.round(size * 0.3)}:x=(w-text_w)/2:y=(h-text_h)/2`;
    return `color=c=${c.background}:s=${w}x${h}:r=${fps},format=yuv420p,${text},setsar=1,${tail}`;
  }
  // The frame rate is set first (dropping frames is cheap), then the size, before anything else.
  return (
    `[${seg.shot}:v:0]setpts=PTS-STARTPTS,fps=${fps},` +
    `scale=${w}:${h}:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic,` +
    `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,format=yuv420p,` +
    `tpad=stop_mode=clone:stop=-1,${tail}`
  );
}

/** A segment's sound: from input `input` (the shot opened for its sound), or silence. */
function audioChain(seg: Segment, input: number | undefined, s: ResolvedStoryboard): string {
  const samples = (seg.frames * SAMPLE_RATE) / s.fps;
  const tail = `atrim=end_sample=${samples},asetpts=PTS-STARTPTS`;
  if (input !== undefined) {
    return `[${input}:a:0]asetpts=PTS-STARTPTS,${AUDIO_FORMAT},apad,${tail}`;
  }
  return `anullsrc=r=${SAMPLE_RATE}:cl=stereo,${AUDIO_FORMAT},${tail}`;
}

/** The graph's pieces joined: cuts by `concat`, crossfades by chained `xfade` / `acrossfade`. */
function joinChains(
  segments: readonly Segment[],
  withAudio: boolean,
  s: ResolvedStoryboard,
): string[] {
  const n = segments.length;
  if (n === 1) return ['[v0]null[vjoin]', ...(withAudio ? ['[a0]anull[ajoin]'] : [])];
  if (s.crossfadeFrames === 0) {
    const ins = segments.map((_, i) => `[v${i}]${withAudio ? `[a${i}]` : ''}`).join('');
    return [`${ins}concat=n=${n}:v=1:a=${withAudio ? 1 : 0}[vjoin]${withAudio ? '[ajoin]' : ''}`];
  }
  const d = secs(s.crossfadeFrames, s.fps);
  const chains: string[] = [];
  for (let i = 1; i < n; i++) {
    const from = i === 1 ? '[v0]' : `[vx${i - 1}]`;
    const to = i === n - 1 ? '[vjoin]' : `[vx${i}]`;
    // The fade starts where segment i starts in the output.
    const offset = secs(segments[i]?.startFrame ?? 0, s.fps);
    chains.push(`${from}[v${i}]xfade=transition=fade:duration=${d}:offset=${offset}${to}`);
    if (withAudio) {
      const aFrom = i === 1 ? '[a0]' : `[ax${i - 1}]`;
      const aTo = i === n - 1 ? '[ajoin]' : `[ax${i}]`;
      chains.push(`${aFrom}[a${i}]acrossfade=d=${d}:c1=tri:c2=tri${aTo}`);
    }
  }
  return chains;
}

/** The storyboard's sound track chain (input `index`), cut to `frames` and faded out. */
function musicChain(index: number, frames: number, s: ResolvedStoryboard): string {
  const audio = s.audio;
  if (!audio) return '';
  const samples = (frames * SAMPLE_RATE) / s.fps;
  const total = frames / s.fps;
  const fade = Math.min(1, total / 4);
  return (
    `[${index}:a:0]asetpts=PTS-STARTPTS,${AUDIO_FORMAT},volume=${audio.volume.toFixed(3)},apad,` +
    `atrim=end_sample=${samples},asetpts=PTS-STARTPTS,` +
    `afade=t=out:st=${(total - fade).toFixed(6)}:d=${fade.toFixed(6)}[music]`
  );
}

/** A storyboard's `-filter_complex` graph, the inputs it reads and the labels to map. */
export interface StoryboardGraph {
  graph: string;
  /**
   * The shots (by index) opened a second time for their sound, in input order after the
   * shots themselves; the sound track (when set) is the input after them.
   */
  soundInputs: number[];
  /** `[vout]`, and `[aout]` when the output has sound. */
  maps: string[];
}

/**
 * The filter graph assembling `segments`: inputs `0..shots-1` are the shots' pictures, then
 * the shots with sound again for their sound (`soundInputs`), then the sound track. A shot is
 * opened twice so that reading its sound never makes ffmpeg decode its pictures ahead of a
 * crossfade: with one input each, a 1080p storyboard's frames queued up (751 MiB for three
 * 4 s shots, peak RSS; 345 MiB opened twice). Every value in the graph is a number or a fixed
 * name made here: nothing from a file or a setting's text reaches it (card text is read from a
 * file).
 */
export function storyboardGraph(
  segments: readonly Segment[],
  shotCount: number,
  s: ResolvedStoryboard,
): StoryboardGraph {
  const frames = totalFrames(segments);
  const shotSound = segments.some((seg) => seg.hasAudio);
  const music = s.audio !== undefined;
  // Shot sound is kept when some shot has it, unless a sound track replaces it.
  const keepShotSound = shotSound && !(music && s.audio?.mode === 'replace');
  const chains = segments.map((seg, i) => `${videoChain(seg, s)}[v${i}]`);
  const soundInputs: number[] = [];
  if (keepShotSound) {
    for (const [i, seg] of segments.entries()) {
      const sounded = seg.kind === 'shot' && seg.hasAudio && seg.shot !== undefined;
      if (sounded) soundInputs.push(seg.shot ?? 0);
      const input = sounded ? shotCount + soundInputs.length - 1 : undefined;
      chains.push(`${audioChain(seg, input, s)}[a${i}]`);
    }
  }
  chains.push(...joinChains(segments, keepShotSound, s));
  chains.push('[vjoin]null[vout]');
  if (music) chains.push(musicChain(shotCount + soundInputs.length, frames, s));
  if (music && keepShotSound) {
    chains.push(
      '[ajoin][music]amix=inputs=2:duration=first:dropout_transition=0:normalize=0[aout]',
    );
  } else if (music) {
    chains.push('[music]anull[aout]');
  } else if (keepShotSound) {
    chains.push('[ajoin]anull[aout]');
  }
  return {
    graph: chains.join(';'),
    soundInputs,
    maps: keepShotSound || music ? ['[vout]', '[aout]'] : ['[vout]'],
  };
}
