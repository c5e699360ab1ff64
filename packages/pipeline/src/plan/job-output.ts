import path from 'node:path';
import type { Problem } from '../model/problem.ts';
import { outputNameProblem } from './output-name.ts';
import { renderTemplate } from './render-template.ts';
import type { VideoEntry } from './video-entry.ts';

/**
 * The video's file name relative to the output folder: its `output` (templated) or the prompt
 * file's name, refused when empty, absolute, out of the folder, unfit for a file system or not
 * `.mp4`; `.mp4` is added when it has no extension. `undefined` after a problem.
 */
export function resolveOutput(
  entry: VideoEntry,
  vars: Record<string, string | undefined>,
  problems: Problem[],
): string | undefined {
  const field = entry.fields.get('output');
  const at = field?.at ?? entry.at;
  const problem = (message: string, fix: string) => {
    problems.push({ file: entry.file, ...at, field: 'output', message, fix });
    return undefined;
  };
  let value: string;
  if (field && field.value != null) {
    if (typeof field.value !== 'string' && typeof field.value !== 'number') {
      return problem('output must be a file name', 'write it as `output: name.mp4`');
    }
    const r = renderTemplate(String(field.value), vars);
    for (const e of r.errors)
      problems.push({ file: entry.file, ...at, field: 'output', message: e.message, fix: e.fix });
    if (r.errors.length > 0) return undefined;
    value = r.text.trim();
  } else if (entry.defaultOutput) {
    value = entry.defaultOutput;
  } else {
    return problem('the video has no `output`', 'add `output: name.mp4` to the video');
  }
  if (value === '') return problem('output is empty', 'give a file name such as `promo.mp4`');
  if (path.posix.isAbsolute(value) || path.win32.isAbsolute(value)) {
    return problem(
      `output ${JSON.stringify(value)} is an absolute path`,
      'give a file name relative to the output folder, e.g. `promo.mp4`',
    );
  }
  const normalised = path.posix.normalize(value.replaceAll('\\', '/'));
  if (normalised === '..' || normalised.startsWith('../') || normalised === '.') {
    return problem(
      `output ${JSON.stringify(value)} escapes the output folder`,
      'remove the `..` parts: outputs stay inside the output folder',
    );
  }
  const unfit = outputNameProblem(normalised, value);
  if (unfit) return problem(unfit.message, unfit.fix);
  const ext = path.posix.extname(normalised);
  if (ext !== '' && ext.toLowerCase() !== '.mp4') {
    return problem(
      `output ${JSON.stringify(value)} must be an .mp4 file`,
      `use ${JSON.stringify(`${normalised.slice(0, -ext.length)}.mp4`)}`,
    );
  }
  return ext === '' ? `${normalised}.mp4` : normalised;
}
