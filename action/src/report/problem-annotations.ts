import type { Problem } from '@clipwright/pipeline';

/** GitHub shows at most 10 annotations of a kind per step. */
const ANNOTATION_LIMIT = 10;

export interface Annotation {
  message: string;
  properties: { title: string; file?: string; startLine?: number; startColumn?: number };
}

/**
 * Error annotations on the prompt files for validation problems: the first nine at their
 * file and line, then one that counts the rest (they are all in the job summary).
 */
export function problemAnnotations(problems: Problem[], prefix = ''): Annotation[] {
  const shown =
    problems.length > ANNOTATION_LIMIT ? problems.slice(0, ANNOTATION_LIMIT - 1) : problems;
  const annotations: Annotation[] = shown.map((p) => ({
    message: `${p.field ? `${p.field}: ` : ''}${p.message}${p.fix ? `\nFix: ${p.fix}` : ''}`,
    properties: {
      title: `Clipwright: invalid ${p.field || 'prompt file'}`,
      ...(p.file ? { file: `${prefix}${p.file}`, startLine: p.line, startColumn: p.column } : {}),
    },
  }));
  const rest = problems.length - shown.length;
  if (rest > 0) {
    annotations.push({
      message: `${rest} more problems in prompt files: see the job summary for all ${problems.length}.`,
      properties: { title: 'Clipwright: more invalid prompts' },
    });
  }
  return annotations;
}
