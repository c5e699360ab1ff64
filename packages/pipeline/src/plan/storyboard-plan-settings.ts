import { isMap } from 'yaml';
import { MediaError } from '../media/media-error.ts';
import { resolveStoryboard } from '../media/storyboard-settings.ts';
import type { StoryboardPlanSettings } from '../model/plan.ts';
import type { Position, Problem } from '../model/problem.ts';
import { renderTemplate } from './render-template.ts';
import type { Located, Locator } from './yaml-fields.ts';
import { readFields } from './yaml-fields.ts';

/** Keys of a storyboard's `storyboard:` settings. */
export const storyboardKeys: readonly string[] = [
  'transition',
  'title_card',
  'end_card',
  'audio',
  'size',
  'fps',
  'quality',
];
const cardKeys = ['text', 'seconds', 'background', 'color'];
const audioKeys = ['file', 'mode', 'volume'];

/** The `storyboard:` settings read: media's settings, and the sound track still to be read. */
export interface ReadStoryboardSettings {
  settings: StoryboardPlanSettings;
  /** The sound track as written (relative to `file`'s folder), where it was written. */
  audio?: { value: string; at: Position };
  problems: Problem[];
}

interface Ctx {
  file: string;
  locate: Locator;
  vars: Record<string, string | undefined>;
  problems: Problem[];
}

/**
 * Reads a storyboard's assembly settings:
 * `transition: cut` or `crossfade 0.5` (seconds), `title_card` / `end_card` (text, templated
 * like a prompt: `{{ version }}`; or a mapping of `text`, `seconds`, `background`, `color`),
 * `audio: assets/theme.m4a` (or `file`, `mode: replace|mix`, `volume`), `size: 1280x720`,
 * `fps`, `quality`. Each value is checked with media's own rules, each problem located.
 */
export function readStoryboardSettings(
  located: Located | undefined,
  options: { file: string; locate: Locator; vars: Record<string, string | undefined> },
): ReadStoryboardSettings {
  const ctx: Ctx = { ...options, problems: [] };
  const settings: StoryboardPlanSettings = {};
  if (!located || located.value == null) return { settings, problems: [] };
  if (!isMap(located.node)) {
    push(ctx, located.at, 'storyboard', 'must be a mapping of assembly settings', example);
    return { settings, problems: ctx.problems };
  }
  const read = readFields(located.node, {
    file: options.file,
    locate: options.locate,
    known: storyboardKeys,
    where: 'storyboard settings',
  });
  ctx.problems.push(...read.problems);
  let audio: ReadStoryboardSettings['audio'];
  for (const [key, field] of read.fields) {
    const name = `storyboard.${key}`;
    if (key === 'transition') transition(ctx, field, name, settings);
    else if (key === 'title_card' || key === 'end_card') {
      const card = readCard(ctx, field, name);
      if (card) settings[key === 'title_card' ? 'titleCard' : 'endCard'] = card;
    } else if (key === 'audio') audio = readAudio(ctx, field, name, settings);
    else if (key === 'size') size(ctx, field, name, settings);
    else if (typeof field.value === 'number') settings[key as 'fps' | 'quality'] = field.value;
    else push(ctx, field.at, name, 'must be a number', `write \`${key}: 24\``);
  }
  if (ctx.problems.length === 0) {
    try {
      resolveStoryboard(settings, Number.MAX_SAFE_INTEGER);
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      push(ctx, located.at, 'storyboard', error.message.replace(/^storyboard: /, ''), example);
    }
  }
  return { settings, ...(audio && { audio }), problems: ctx.problems };
}

const example =
  'see the README, Storyboards: e.g. `transition: crossfade 0.5`, `title_card: "v{{ version }}"`';

function push(ctx: Ctx, at: Position, field: string, message: string, fix: string): void {
  ctx.problems.push({ file: ctx.file, ...at, field, message, fix });
}

function transition(ctx: Ctx, field: Located, name: string, out: StoryboardPlanSettings): void {
  const m = /^\s*(cut|crossfade)(?:\s+(\d+(?:\.\d+)?)\s*s?)?\s*$/.exec(String(field.value ?? ''));
  if (!m || (m[1] === 'cut' && m[2] !== undefined)) {
    push(ctx, field.at, name, `must be \`cut\` or \`crossfade <seconds>\``, 'e.g. `crossfade 0.5`');
    return;
  }
  out.transition =
    m[1] === 'cut' ? { kind: 'cut' } : { kind: 'crossfade', seconds: Number(m[2] ?? 0.5) };
}

function size(ctx: Ctx, field: Located, name: string, out: StoryboardPlanSettings): void {
  const m = /^\s*(\d+)\s*x\s*(\d+)\s*$/.exec(String(field.value ?? ''));
  if (!m) {
    push(ctx, field.at, name, 'must be `<width>x<height>` in pixels', 'e.g. `size: 1280x720`');
    return;
  }
  out.width = Number(m[1]);
  out.height = Number(m[2]);
}

function text(ctx: Ctx, value: unknown, at: Position, name: string): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') {
    push(ctx, at, name, 'must be text', 'write it as `text: "Clipwright {{ version }}"`');
    return undefined;
  }
  const r = renderTemplate(String(value), ctx.vars);
  for (const e of r.errors) push(ctx, at, name, e.message, e.fix);
  return r.errors.length > 0 ? undefined : r.text;
}

function readCard(
  ctx: Ctx,
  field: Located,
  name: string,
): StoryboardPlanSettings['titleCard'] | undefined {
  if (!isMap(field.node)) {
    const t = text(ctx, field.value, field.at, name);
    return t === undefined ? undefined : { text: t };
  }
  const read = readFields(field.node, {
    file: ctx.file,
    locate: ctx.locate,
    known: cardKeys,
    where: name,
  });
  ctx.problems.push(...read.problems);
  const t = read.fields.get('text');
  if (!t) {
    push(ctx, field.at, `${name}.text`, 'a card needs its text', 'add `text: ...`');
    return undefined;
  }
  const rendered = text(ctx, t.value, t.at, `${name}.text`);
  if (rendered === undefined) return undefined;
  const card: NonNullable<StoryboardPlanSettings['titleCard']> = { text: rendered };
  const seconds = read.fields.get('seconds');
  if (seconds && typeof seconds.value !== 'number')
    push(ctx, seconds.at, `${name}.seconds`, 'must be a number of seconds', 'e.g. `seconds: 3`');
  else if (seconds) card.seconds = seconds.value as number;
  for (const key of ['background', 'color'] as const) {
    const f = read.fields.get(key);
    if (f && typeof f.value === 'string') card[key] = f.value;
    else if (f) push(ctx, f.at, `${name}.${key}`, 'must be a colour', 'e.g. `"#1a2b3c"`');
  }
  return card;
}

function readAudio(
  ctx: Ctx,
  field: Located,
  name: string,
  out: StoryboardPlanSettings,
): ReadStoryboardSettings['audio'] {
  if (!isMap(field.node)) {
    if (typeof field.value !== 'string' || field.value.trim() === '') {
      push(ctx, field.at, name, 'must name an audio file', 'e.g. `audio: assets/theme.m4a`');
      return undefined;
    }
    out.audio = { path: field.value.trim() };
    return { value: field.value.trim(), at: field.at };
  }
  const read = readFields(field.node, {
    file: ctx.file,
    locate: ctx.locate,
    known: audioKeys,
    where: name,
  });
  ctx.problems.push(...read.problems);
  const file = read.fields.get('file');
  if (!file || typeof file.value !== 'string' || file.value.trim() === '') {
    push(
      ctx,
      file?.at ?? field.at,
      `${name}.file`,
      'must name an audio file',
      'e.g. `file: a.m4a`',
    );
    return undefined;
  }
  const audio: NonNullable<StoryboardPlanSettings['audio']> = { path: file.value.trim() };
  const mode = read.fields.get('mode');
  if (mode && mode.value !== 'replace' && mode.value !== 'mix')
    push(ctx, mode.at, `${name}.mode`, 'must be `replace` or `mix`', 'e.g. `mode: mix`');
  else if (mode) audio.mode = mode.value as 'replace' | 'mix';
  const volume = read.fields.get('volume');
  if (volume && typeof volume.value !== 'number')
    push(ctx, volume.at, `${name}.volume`, 'must be a number (1 = as recorded)', 'e.g. `0.5`');
  else if (volume) audio.volume = volume.value as number;
  out.audio = audio;
  return { value: audio.path, at: file.at };
}
