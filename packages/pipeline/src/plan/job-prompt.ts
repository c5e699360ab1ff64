import type { Position, Problem } from '../model/problem.ts';
import { offsetPosition, renderTemplate } from './render-template.ts';
import type { VideoEntry } from './video-entry.ts';

/**
 * The video's prompt rendered with `vars` and trimmed, and where its text starts; an unknown
 * variable is a problem at its exact line and column, an empty prompt one at the prompt.
 */
export function renderPrompt(
  entry: VideoEntry,
  vars: Record<string, string | undefined>,
  problems: Problem[],
): { prompt: string; at: Position } {
  const rendered = renderTemplate(entry.prompt.raw, vars);
  for (const error of rendered.errors) {
    const at = entry.prompt.exact
      ? offsetPosition(entry.prompt.raw, error.offset, entry.prompt.at)
      : entry.prompt.at;
    problems.push({
      file: entry.file,
      ...at,
      field: 'prompt',
      message: error.message,
      fix: error.fix,
    });
  }
  const prompt = ownString(rendered.text.trim());
  const at = entry.prompt.exact
    ? firstTextPosition(entry.prompt.raw, entry.prompt.at)
    : entry.prompt.at;
  if (prompt === '') {
    problems.push({
      file: entry.file,
      ...at,
      field: 'prompt',
      message: 'the prompt is empty',
      fix: entry.prompt.exact
        ? 'write the prompt below the front matter'
        : 'give the video a `prompt:` describing it',
    });
  }
  return { prompt, at };
}

function firstTextPosition(raw: string, start: Position): Position {
  const index = raw.search(/\S/);
  return index < 0 ? start : offsetPosition(raw, index, start);
}

/**
 * `text` as a string of its own: a trimmed prompt is otherwise a slice that keeps the whole
 * rendered text alive with it, for as long as the job (10,000 prompt files: 0.3 MiB more kept
 * per plan, each copied and promoted by the GC). The JSON round trip makes a fresh string and
 * keeps every UTF-16 unit, lone surrogates included.
 */
function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
