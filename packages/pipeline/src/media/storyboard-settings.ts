import { MediaError } from './media-error.ts';

/** A title or end card: text on a plain background. */
export interface CardSettings {
  /**
   * The text (plain, up to 6 lines and 300 characters). It reaches ffmpeg through a file
   * (`drawtext` `textfile=`, expansion off), never through the filter graph, so any
   * character is drawn as itself. Templating (`{{ version }}`) is the caller's.
   */
  text: string;
  /**
   * Seconds on screen.
   * @default 3
   */
  seconds?: number;
  /**
   * Background colour.
   * @default '#000000'
   */
  background?: string;
  /**
   * Text colour.
   * @default '#ffffff'
   */
  color?: string;
}

/** How one shot (or card) gives way to the next. */
export type Transition = { kind: 'cut' } | { kind: 'crossfade'; seconds: number };

/**
 * A sound track from the repository for the whole storyboard: it starts with the first frame,
 * is cut (or padded with silence) to the storyboard's length and fades out over its last
 * second.
 */
export interface StoryboardAudio {
  /** An audio file (.mp3, .m4a, .mp4, .aac, .wav, .flac, .ogg, .opus), read as that format only. */
  path: string;
  /**
   * `replace`: the track is the storyboard's only sound (the shots' own is dropped); `mix`:
   * the track is mixed under the shots' sound.
   * @default 'replace'
   */
  mode?: 'replace' | 'mix';
  /**
   * The track's gain (1 = as recorded).
   * @default 1
   */
  volume?: number;
}

/** Everything that decides the assembled MP4's bytes besides the shots themselves. */
export interface StoryboardSettings {
  /**
   * Output width in pixels (even). Shots of another shape are letterboxed (scaled to fit,
   * centred on black).
   * @default 1280
   */
  width?: number;
  /**
   * Output height in pixels (even).
   * @default 720
   */
  height?: number;
  /**
   * Output frames a second: a whole number dividing 48,000 (audio samples stay whole per frame).
   * @default 24
   */
  fps?: number;
  /**
   * Between consecutive segments (cards included).
   * @default { kind: 'cut' }
   */
  transition?: Transition;
  titleCard?: CardSettings;
  endCard?: CardSettings;
  audio?: StoryboardAudio;
  /**
   * x264's constant rate factor (lower is better and larger).
   * @default 20
   */
  quality?: number;
}

export interface ResolvedCard {
  text: string;
  frames: number;
  background: string;
  color: string;
}

/** Settings with defaults applied and every value checked; durations in whole frames. */
export interface ResolvedStoryboard {
  width: number;
  height: number;
  fps: number;
  /** Crossfade length in frames; 0 for cuts. */
  crossfadeFrames: number;
  titleCard: ResolvedCard | undefined;
  endCard: ResolvedCard | undefined;
  audio: { path: string; mode: 'replace' | 'mix'; volume: number } | undefined;
  quality: number;
}

const bad = (message: string) => new MediaError('refused', `storyboard: ${message}`);

function wholeIn(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw bad(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
  }
  return value;
}

function colour(name: string, value: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(value))
    throw bad(`${name} must be a colour like #1a2b3c, not ${JSON.stringify(value)}`);
  return `0x${value.slice(1).toLowerCase()}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Card text as drawn: control characters removed, lines trimmed, within the limits. */
export function cardText(name: string, text: string): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  const lines = clean.split('\n').map((line) => line.trim());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  const joined = lines.join('\n');
  if (joined === '') throw bad(`${name}.text is empty`);
  if (lines.length > 6 || [...joined].length > 300) {
    throw bad(`${name}.text is longer than 6 lines or 300 characters`);
  }
  return joined;
}

function resolveCard(
  name: string,
  card: CardSettings | undefined,
  fps: number,
): ResolvedCard | undefined {
  if (!card) return undefined;
  const seconds = card.seconds ?? 3;
  if (!(seconds > 0 && seconds <= 30))
    throw bad(`${name}.seconds must be more than 0 and at most 30`);
  return {
    text: cardText(name, card.text),
    frames: Math.max(1, Math.round(seconds * fps)),
    background: colour(`${name}.background`, card.background ?? '#000000'),
    color: colour(`${name}.color`, card.color ?? '#ffffff'),
  };
}

/** `settings` with defaults applied, each value checked (a `MediaError` `refused` names the field). */
export function resolveStoryboard(
  settings: StoryboardSettings,
  maxPixels: number,
): ResolvedStoryboard {
  const width = wholeIn('width', settings.width ?? 1280, 16, 4096);
  const height = wholeIn('height', settings.height ?? 720, 16, 4096);
  if (width % 2 || height % 2) throw bad(`width and height must be even, not ${width}x${height}`);
  if (width * height > maxPixels) throw bad(`${width}x${height} is more than ${maxPixels} pixels`);
  const fps = wholeIn('fps', settings.fps ?? 24, 1, 60);
  if (48_000 % fps !== 0) throw bad(`fps must divide 48000 (24, 25, 30, 48, 50 or 60), not ${fps}`);
  const t = settings.transition ?? { kind: 'cut' };
  let crossfadeFrames = 0;
  if (t.kind === 'crossfade') {
    crossfadeFrames = Math.round(t.seconds * fps);
    if (!(t.seconds > 0) || crossfadeFrames < 1)
      throw bad(`a crossfade must last at least one frame (1/${fps} s)`);
  } else if (t.kind !== 'cut') {
    throw bad(
      `transition.kind must be cut or crossfade, not ${JSON.stringify((t as { kind: unknown }).kind)}`,
    );
  }
  const a = settings.audio;
  const volume = a?.volume ?? 1;
  if (a && !(volume >= 0 && volume <= 4)) throw bad('audio.volume must be from 0 to 4');
  if (a && a.mode !== undefined && a.mode !== 'replace' && a.mode !== 'mix')
    throw bad('audio.mode must be replace or mix');
  return {
    width,
    height,
    fps,
    crossfadeFrames,
    titleCard: resolveCard('titleCard', settings.titleCard, fps),
    endCard: resolveCard('endCard', settings.endCard, fps),
    audio: a ? { path: a.path, mode: a.mode ?? 'replace', volume } : undefined,
    quality: wholeIn('quality', settings.quality ?? 20, 0, 51),
  };
}
