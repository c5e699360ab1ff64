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
  return annotations(problems, prefix, {
    title: (p) => `Clipwright: invalid ${p.field || 'prompt file'}`,
    rest: (rest, all) => ({
      message: `${rest} more problems in prompt files: see the job summary for all ${all}.`,
      title: 'Clipwright: more invalid prompts',
    }),
  });
}

/**
 * Warning annotations for the plan's model warnings (a deprecated model with its date and
 * successor, one the vendor no longer lists), at the prompt file and line that name the model,
 * as `clipwright validate`, `plan` and `generate` print them.
 */
export function warningAnnotations(warnings: readonly Problem[], prefix = ''): Annotation[] {
  return annotations(warnings, prefix, {
    title: () => 'Clipwright: model warning',
    rest: (rest) => ({
      message: `${rest} more model warnings: see the plan in the log.`,
      title: 'Clipwright: more model warnings',
    }),
  });
}

function annotations(
  problems: readonly Problem[],
  prefix: string,
  words: {
    title: (p: Problem) => string;
    rest: (rest: number, all: number) => { message: string; title: string };
  },
): Annotation[] {
  const shown =
    problems.length > ANNOTATION_LIMIT ? problems.slice(0, ANNOTATION_LIMIT - 1) : problems;
  const out: Annotation[] = shown.map((p) => ({
    message: `${p.field ? `${p.field}: ` : ''}${p.message}${p.fix ? `\nFix: ${p.fix}` : ''}`,
    properties: {
      title: words.title(p),
      ...(p.file ? { file: `${prefix}${p.file}`, startLine: p.line, startColumn: p.column } : {}),
    },
  }));
  const rest = problems.length - shown.length;
  if (rest > 0) {
    const { message, title } = words.rest(rest, problems.length);
    out.push({ message, properties: { title } });
  }
  return out;
}
