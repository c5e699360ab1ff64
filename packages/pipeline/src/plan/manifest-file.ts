import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../model/problem.ts';
import {
  type ManifestDefaults,
  manifestDefaultsKeys,
  manifestKeys,
  manifestVideoKeys,
  type VideoEntry,
} from './video-entry.ts';
import { locator, nodeStart, readFields, readVars, yamlFix, yamlMessage } from './yaml-fields.ts';

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
  const problems: Problem[] = [];
  const entries: VideoEntry[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const locate = locator(lineCounter);
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    problems.push({
      file,
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
      field: '',
      message: `invalid YAML: ${yamlMessage(error.message)}`,
      fix: yamlFix(error),
    });
  }
  if (doc.errors.length > 0) return { entries, problems };
  if (doc.contents == null) return { entries, problems };
  if (!isMap(doc.contents)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '',
      message: 'the manifest must be a mapping with `defaults` and `videos`',
      fix: 'start with `videos:` followed by a list of videos',
    });
    return { entries, problems };
  }
  const top = readFields(doc.contents, {
    doc,
    file,
    locate,
    known: manifestKeys,
    where: 'manifest',
  });
  problems.push(...top.problems);

  let defaults: ManifestDefaults | undefined;
  const defaultsField = top.fields.get('defaults');
  if (defaultsField && defaultsField.value != null) {
    if (isMap(defaultsField.node)) {
      const read = readFields(defaultsField.node, {
        doc,
        file,
        locate,
        known: manifestDefaultsKeys,
        where: 'manifest defaults',
      });
      const vars = readVars(read.fields.get('vars'), { file, locate });
      problems.push(...read.problems, ...vars.problems);
      defaults = { file, fields: read.fields, vars: vars.vars };
    } else {
      problems.push({
        file,
        ...defaultsField.at,
        field: 'defaults',
        message: '`defaults` must be a mapping',
        fix: 'write `defaults:` followed by indented `key: value` lines',
      });
    }
  }

  const videos = top.fields.get('videos');
  if (videos && videos.value != null) {
    if (!isSeq(videos.node)) {
      problems.push({
        file,
        ...videos.at,
        field: 'videos',
        message: '`videos` must be a list',
        fix: 'start each video with `- ` under `videos:`',
      });
    } else {
      for (const item of videos.node.items) {
        const at = nodeStart(item, locate, videos.at);
        if (!isMap(item)) {
          problems.push({
            file,
            ...at,
            field: 'videos',
            message: 'each video must be a mapping with at least `output` and `prompt`',
            fix: 'write `- output: name.mp4` and `prompt: ...` lines',
          });
          continue;
        }
        const read = readFields(item, {
          doc,
          file,
          locate,
          known: manifestVideoKeys,
          where: 'video',
        });
        const prompt = read.fields.get('prompt');
        read.fields.delete('prompt');
        const promptText =
          prompt && (isScalar(prompt.node) || typeof prompt.value === 'string')
            ? prompt.value == null
              ? ''
              : String(prompt.value)
            : '';
        entries.push({
          file,
          at,
          fields: read.fields,
          prompt: { raw: promptText, at: prompt?.at ?? at, exact: false },
          locate,
          problems: read.problems,
        });
      }
    }
  }
  return { defaults, entries, problems };
}
