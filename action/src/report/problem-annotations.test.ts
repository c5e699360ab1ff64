import { describe, expect, it } from 'vitest';
import { problemAnnotations } from './problem-annotations.ts';

const problem = (i: number) => ({
  file: `prompts/p${i}.md`,
  line: i + 1,
  column: 3,
  field: 'duration',
  message: `bad ${i}`,
  fix: 'use 10',
});

describe('problemAnnotations', () => {
  it('places each problem at its file and line', () => {
    expect(problemAnnotations([problem(1)])).toEqual([
      {
        message: 'duration: bad 1\nFix: use 10',
        properties: {
          title: 'Clipwright: invalid duration',
          file: 'prompts/p1.md',
          startLine: 2,
          startColumn: 3,
        },
      },
    ]);
  });
  it('keeps to ten annotations and counts the rest', () => {
    const annotations = problemAnnotations(Array.from({ length: 25 }, (_, i) => problem(i)));
    expect(annotations).toHaveLength(10);
    expect(annotations[8]?.properties.file).toBe('prompts/p8.md');
    expect(annotations[9]?.message).toBe(
      '16 more problems in prompt files: see the job summary for all 25.',
    );
  });
});
