import { isSeq } from 'yaml';
import type { Position, Problem } from '../model/problem.ts';
import { type Located, type Locator, nodeStart } from './yaml-fields.ts';

/**
 * Reads a video's `fallbacks:`: a list of model names, none repeated and none equal to the
 * video's own model. Problems are located at the item when `locate` reads the list's file
 * (the video's own), else at the list.
 */
export function readFallbacks(
  located: Located | undefined,
  where: { file: string; at: Position; locate?: Locator },
  model: string,
): { models: string[]; problems: Problem[] } {
  const models: string[] = [];
  const problems: Problem[] = [];
  if (!located || located.value == null) return { models, problems };
  const problem = (at: Position, message: string, fix: string) =>
    problems.push({ file: where.file, ...at, field: 'fallbacks', message, fix });
  if (!Array.isArray(located.value)) {
    problem(
      where.at,
      'fallbacks must be a list of model names',
      `write it as a list, e.g. \`fallbacks: [${typeof located.value === 'string' ? located.value : 'sora-2-beta-max'}]\``,
    );
    return { models, problems };
  }
  const items = isSeq(located.node) ? located.node.items : [];
  located.value.forEach((value: unknown, index) => {
    const at = where.locate ? nodeStart(items[index], where.locate, where.at) : where.at;
    if (typeof value !== 'string' || value.trim() === '') {
      problem(
        at,
        `fallback ${index + 1} must be a model name, got ${JSON.stringify(value) ?? String(value)}`,
        'give each fallback as a model name, e.g. `- sora-2-beta-max` (see `clipwright models`)',
      );
    } else if (value === model) {
      problem(
        at,
        `${value} is the video's own model, not a fallback`,
        `remove ${value} from \`fallbacks\`: list only the models to try when ${value} is unavailable`,
      );
    } else if (models.includes(value)) {
      problem(at, `${value} is listed twice in fallbacks`, `remove the second ${value}`);
    } else {
      models.push(value);
    }
  });
  return { models, problems };
}
