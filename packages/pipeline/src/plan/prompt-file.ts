import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../model/problem.ts';
import { readParams } from './read-params.ts';
import { simpleFrontMatter } from './simple-front-matter.ts';
import { frontMatterKeys, type VideoEntry } from './video-entry.ts';
import {
  type Located,
  type Locator,
  locator,
  readFields,
  yamlFix,
  yamlMessage,
} from './yaml-fields.ts';

/**
 * Parses a Markdown prompt file: optional YAML front matter between `---` lines, then the
 * prompt. The split is by hand (a few lines) because front-matter libraries drop the line
 * numbers needed to locate problems; the YAML itself goes through the `yaml` parser, or,
 * for the plainest `key: value` lines, through `simpleFrontMatter` (same nodes, a fraction
 * of the memory).
 */
export function parsePromptFile(
  text: string,
  file: string,
): { entry?: VideoEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  // A UTF-8 byte-order mark (Windows editors write one) is not part of the text.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let fields = new Map<string, Located>();
  let params: Map<string, Located> | undefined;
  let bodyStartLine = 1;
  const noFront = new LineCounter();
  let locate = locator(noFront);
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l));
    if (close < 0) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: 'the front matter opened on line 1 is never closed',
        fix: 'end the front matter with a line containing only `---`',
      });
      return { problems };
    }
    const yamlText = lines.slice(1, close).join('\n');
    const simple = simpleFrontMatter(yamlText);
    if (simple) {
      locate = locator(simple.lineCounter, 1);
      if (simple.map) {
        const read = readFields(simple.map, {
          file,
          locate,
          known: frontMatterKeys,
          where: 'front matter',
        });
        fields = read.fields;
        problems.push(...read.problems);
        // A plain `params: value` line (not a mapping) is refused here; a mapping takes `yaml`.
        problems.push(...readParams(fields, { file, locate, where: 'front matter' }).problems);
      }
      return { entry: promptEntry(file, lines, close + 2, fields, locate, problems), problems: [] };
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true });
    locate = locator(lineCounter, 1);
    for (const error of doc.errors) {
      const pos = error.linePos?.[0];
      problems.push({
        file,
        line: (pos?.line ?? 1) + 1,
        column: pos?.col ?? 1,
        field: '',
        message: `invalid YAML in the front matter: ${yamlMessage(error.message)}`,
        fix: yamlFix(error),
      });
    }
    if (doc.errors.length > 0) return { problems };
    if (doc.contents != null) {
      if (!isMap(doc.contents)) {
        problems.push({
          file,
          line: 2,
          column: 1,
          field: '',
          message: 'the front matter must be a mapping of `key: value` lines',
          fix: 'write settings as `duration: 10`, one per line',
        });
        return { problems };
      }
      const read = readFields(doc.contents, {
        doc,
        file,
        locate,
        known: frontMatterKeys,
        where: 'front matter',
      });
      fields = read.fields;
      problems.push(...read.problems);
      const paramsRead = readParams(fields, { doc, file, locate, where: 'front matter' });
      problems.push(...paramsRead.problems);
      params = paramsRead.params;
    }
    bodyStartLine = close + 2;
  }
  const entry = promptEntry(file, lines, bodyStartLine, fields, locate, problems);
  return { entry: params ? { ...entry, params } : entry, problems: [] };
}

/** The video of a prompt file whose body starts on line `bodyStartLine`. */
function promptEntry(
  file: string,
  lines: string[],
  bodyStartLine: number,
  fields: Map<string, Located>,
  locate: Locator,
  problems: Problem[],
): VideoEntry {
  const raw = lines.slice(bodyStartLine - 1).join('\n');
  return {
    file,
    at: { line: 1, column: 1 },
    fields,
    prompt: { raw, at: { line: bodyStartLine, column: 1 }, exact: true },
    defaultOutput: `${promptFileName(file)}.mp4`,
    locate,
    problems,
  };
}

/** A prompt file's video name: its base name without `.prompt.md` or `.md`. */
export function promptFileName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/(\.prompt)?\.md$/i, '');
}
