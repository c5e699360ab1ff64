import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../model/problem.ts';
import { readParams } from './read-params.ts';
import {
  type ManifestDefaults,
  manifestDefaultsKeys,
  manifestKeys,
  manifestVideoKeys,
  type VideoEntry,
} from './video-entry.ts';
import {
  type Located,
  type Locator,
  locator,
  nodeStart,
  readFields,
  readVars,
  yamlFix,
  yamlMessage,
} from './yaml-fields.ts';

/**
 * Parses a YAML manifest (e.g. `clipwright.yml`):
 *
 * ```yaml
 * defaults: { model: sora-2-beta-max, duration: 10, vars: { product: Clipwright } }
 * videos:
 *   - output: promo.mp4
 *     prompt: A teaser for {{ product }} {{ version }}
 * ```
 */
export function parseManifest(
  text: string,
  file: string,
): { defaults?: ManifestDefaults; entries: VideoEntry[]; problems: Problem[] } {
  // `problems` holds manifest-wide problems (syntax, top level, defaults): they concern every
  // video; a video's own problems are in its entry.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const yaml: ManifestYaml = { doc, file, locate: locator(lineCounter) };
  const problems = doc.errors.map((error): Problem => {
    const pos = error.linePos?.[0];
    return {
      file,
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
      field: '',
      message: `invalid YAML: ${yamlMessage(error.message)}`,
      fix: yamlFix(error),
    };
  });
  if (doc.errors.length > 0 || doc.contents == null) return { entries: [], problems };
  if (!isMap(doc.contents)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '',
      message: 'the manifest must be a mapping with `defaults` and `videos`',
      fix: 'start with `videos:` followed by a list of videos',
    });
    return { entries: [], problems };
  }
  const top = readFields(doc.contents, { ...yaml, known: manifestKeys, where: 'manifest' });
  problems.push(...top.problems);
  const defaults = readDefaults(top.fields.get('defaults'), yaml, problems);
  const entries = readVideos(top.fields.get('videos'), yaml, problems);
  return { defaults, entries, problems };
}

/** The parsed manifest, its file and how to locate its nodes. */
interface ManifestYaml {
  doc: Document;
  file: string;
  locate: Locator;
}

/** The manifest's `defaults`: a mapping of settings and `vars` for every video. */
function readDefaults(
  field: Located | undefined,
  { doc, file, locate }: ManifestYaml,
  problems: Problem[],
): ManifestDefaults | undefined {
  if (!field || field.value == null) return undefined;
  if (!isMap(field.node)) {
    problems.push({
      file,
      ...field.at,
      field: 'defaults',
      message: '`defaults` must be a mapping',
      fix: 'write `defaults:` followed by indented `key: value` lines',
    });
    return undefined;
  }
  const read = readFields(field.node, {
    doc,
    file,
    locate,
    known: manifestDefaultsKeys,
    where: 'manifest defaults',
  });
  const vars = readVars(read.fields.get('vars'), { file, locate });
  const params = readParams(read.fields, { doc, file, locate, where: 'manifest defaults' });
  problems.push(...read.problems, ...vars.problems, ...params.problems);
  return {
    file,
    fields: read.fields,
    vars: vars.vars,
    ...(params.params && { params: params.params }),
  };
}

/** The manifest's `videos`: a list of mappings, each a video entry with its own problems. */
function readVideos(
  field: Located | undefined,
  yaml: ManifestYaml,
  problems: Problem[],
): VideoEntry[] {
  const { file, locate } = yaml;
  if (!field || field.value == null) return [];
  if (!isSeq(field.node)) {
    problems.push({
      file,
      ...field.at,
      field: 'videos',
      message: '`videos` must be a list',
      fix: 'start each video with `- ` under `videos:`',
    });
    return [];
  }
  const entries: VideoEntry[] = [];
  for (const item of field.node.items) {
    const at = nodeStart(item, locate, field.at);
    if (isMap(item)) {
      entries.push(videoEntry(item, at, yaml));
      continue;
    }
    problems.push({
      file,
      ...at,
      field: 'videos',
      message: 'each video must be a mapping with at least `output` and `prompt`',
      fix: 'write `- output: name.mp4` and `prompt: ...` lines',
    });
  }
  return entries;
}

/** One manifest video: its fields, and its `prompt` apart (a manifest prompt is not located exactly). */
function videoEntry(
  item: Parameters<typeof readFields>[0],
  at: VideoEntry['at'],
  { doc, file, locate }: ManifestYaml,
): VideoEntry {
  const read = readFields(item, { doc, file, locate, known: manifestVideoKeys, where: 'video' });
  const params = readParams(read.fields, { doc, file, locate, where: 'video' });
  const prompt = read.fields.get('prompt');
  read.fields.delete('prompt');
  const promptText =
    prompt && (isScalar(prompt.node) || typeof prompt.value === 'string')
      ? prompt.value == null
        ? ''
        : String(prompt.value)
      : '';
  return {
    file,
    at,
    fields: read.fields,
    prompt: { raw: promptText, at: prompt?.at ?? at, exact: false },
    locate,
    problems: [...read.problems, ...params.problems],
    ...(params.params && { params: params.params }),
  };
}
