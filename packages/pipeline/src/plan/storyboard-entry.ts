import { isMap, isScalar, isSeq } from 'yaml';
import type { Job, PlannedStoryboard } from '../model/plan.ts';
import type { Problem } from '../model/problem.ts';
import { aliasOf, readParams } from './read-params.ts';
import { paramAliases, settingKeys, type VideoEntry } from './video-entry.ts';
import { type Located, nodeStart, readFields } from './yaml-fields.ts';

/** Keys of one item of a storyboard's `shots:` list: a prompt and any per-shot setting. */
export const shotKeys: readonly string[] = [...settingKeys, 'params', 'prompt'];

/** The most shots a storyboard may have (media's `assembleStoryboard` takes 24). */
export const MAX_SHOTS = 24;

/** The name of shot `n` (1-based) of the storyboard whose output name (no `.mp4`) is `base`. */
export const shotName = (base: string, n: number) => `${base}.shot-${n}`;

/** A storyboard entry split: one ordinary video entry per shot, and what the storyboard keeps. */
export interface StoryboardSplit {
  /** One video per shot: the storyboard's settings, the shot's own over them, the shot's prompt. */
  shots: VideoEntry[];
  /** The storyboard's `storyboard:` settings, as located in the source (absent: all defaults). */
  settings?: Located;
  /** Problems of the `shots:` list itself (not a list, empty, an item not a mapping, too many). */
  problems: Problem[];
}

/** Whether a video entry is a storyboard (it has `shots:`). */
export function isStoryboard(entry: VideoEntry): boolean {
  return entry.fields.has('shots');
}

/**
 * Splits a storyboard entry (a prompt file or manifest video with `shots:`) into one video
 * entry per shot. Each shot is an ordinary video: the storyboard's own settings (model,
 * duration, image, ...) are its defaults, the shot's override them, its `prompt` is its
 * prompt, and its output is `<output>.shot-<n>.mp4` beside the storyboard's, so it is
 * validated, priced, cached and journaled on its own: editing one shot changes one hash.
 */
export function splitStoryboard(entry: VideoEntry): StoryboardSplit {
  const problems: Problem[] = [];
  const list = entry.fields.get('shots');
  const settings = entry.fields.get('storyboard');
  const problem = (at: VideoEntry['at'], message: string, fix: string) =>
    problems.push({ file: entry.file, ...at, field: 'shots', message, fix });
  if (!list || !isSeq(list.node)) {
    problem(
      list?.at ?? entry.at,
      '`shots` must be a list of shots',
      'write each shot as `- prompt: ...` under `shots:`',
    );
    return { shots: [], ...(settings && { settings }), problems };
  }
  const items = list.node.items;
  if (items.length === 0 || items.length > MAX_SHOTS) {
    problem(
      list.at,
      `a storyboard has 1 to ${MAX_SHOTS} shots, not ${items.length}`,
      items.length === 0 ? 'add `- prompt: ...` items' : 'split it into several storyboards',
    );
    return { shots: [], ...(settings && { settings }), problems };
  }
  const base = new Map(entry.fields);
  for (const key of ['shots', 'storyboard', 'output', 'vars']) base.delete(key);
  const shots: VideoEntry[] = [];
  for (const [index, item] of items.entries()) {
    const at = nodeStart(item, entry.locate, list.at);
    if (!isMap(item)) {
      problem(at, `shot ${index + 1} must be a mapping`, 'write it as `- prompt: ...`');
      continue;
    }
    shots.push(shotEntry(entry, base, item, at, index + 1));
  }
  return { shots, ...(settings && { settings }), problems };
}

function shotEntry(
  entry: VideoEntry,
  base: Map<string, Located>,
  item: Parameters<typeof readFields>[0],
  at: VideoEntry['at'],
  n: number,
): VideoEntry {
  const read = readFields(item, {
    file: entry.file,
    locate: entry.locate,
    known: shotKeys,
    where: `shot ${n}`,
  });
  const prompt = read.fields.get('prompt');
  read.fields.delete('prompt');
  const own = readParams(read.fields, {
    file: entry.file,
    locate: entry.locate,
    where: `shot ${n}`,
  });
  read.fields.delete('params');
  const fields = new Map([...base, ...read.fields]);
  const params = shotParams(entry.params, own.params, read.fields, fields);
  const output = entry.fields.get('output');
  const vars = entry.fields.get('vars');
  if (vars) fields.set('vars', vars);
  const stem = (value: string) => value.trim().replace(/\.mp4$/i, '');
  if (output && (typeof output.value === 'string' || typeof output.value === 'number')) {
    fields.set('output', { ...output, value: `${shotName(stem(String(output.value)), n)}.mp4` });
  } else if (output) fields.set('output', output);
  const text =
    prompt && (isScalar(prompt.node) || typeof prompt.value === 'string') && prompt.value != null
      ? String(prompt.value)
      : '';
  return {
    file: entry.file,
    at,
    fields,
    prompt: { raw: text, at: prompt?.at ?? at, exact: false },
    ...(entry.defaultOutput && {
      defaultOutput: `${shotName(stem(entry.defaultOutput), n)}.mp4`,
    }),
    locate: entry.locate,
    problems: [...read.problems, ...own.problems],
    ...(params && { params }),
  };
}

/**
 * A shot's `params:`: the file's, with the shot's own over them. A shot's setting wins over the
 * file's whichever spelling each uses: a shot's `duration:` drops the file's `params.duration`,
 * and a shot's `params.duration` drops the file's `duration:` (from `fields`, in place).
 */
function shotParams(
  inherited: ReadonlyMap<string, Located> | undefined,
  own: ReadonlyMap<string, Located> | undefined,
  shotFields: ReadonlyMap<string, Located>,
  fields: Map<string, Located>,
): Map<string, Located> | undefined {
  const merged = new Map<string, Located>();
  for (const [key, value] of inherited ?? []) {
    const alias = aliasOf(key);
    if (!(alias && shotFields.has(alias))) merged.set(key, value);
  }
  for (const [key, value] of own ?? []) {
    merged.set(key, value);
    const alias = aliasOf(key);
    if (alias && paramAliases[alias] === key && !shotFields.has(alias)) fields.delete(alias);
  }
  fields.delete('params');
  return merged.size > 0 ? merged : undefined;
}

/**
 * The storyboards whose shots are all among `jobs` (a filter or a shard may leave some out:
 * such a storyboard is not assembled by this plan, its kept shots run as videos).
 */
export function keptStoryboards(
  storyboards: readonly PlannedStoryboard[],
  jobs: readonly Job[],
): { storyboards?: PlannedStoryboard[] } {
  const names = new Set(jobs.map((j) => j.name));
  const kept = storyboards.filter((s) => s.shots.every((shot) => names.has(shot)));
  return kept.length > 0 ? { storyboards: kept } : {};
}
