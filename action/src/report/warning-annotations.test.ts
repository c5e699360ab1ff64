import { describe, expect, it } from 'vitest';
import { warningAnnotations } from './problem-annotations.ts';

const warning = (i: number) => ({
  file: `prompts/p${i}.md`,
  line: 1,
  column: 1,
  field: 'model',
  message: 'model "veo3.1-fast-beta" is deprecated: it stops working on 2027-01-15',
  fix: 'use "veo-3.1-fast-generate-preview"',
});

describe('warningAnnotations', () => {
  it('places a model warning (deprecated, with date and successor) at the file that names it', () => {
    expect(warningAnnotations([warning(1)], 'site/')).toEqual([
      {
        message: `model: ${warning(1).message}\nFix: ${warning(1).fix}`,
        properties: {
          title: 'Clipwright: model warning',
          file: 'site/prompts/p1.md',
          startLine: 1,
          startColumn: 1,
        },
      },
    ]);
  });

  it('keeps to ten and counts the rest', () => {
    const all = warningAnnotations(Array.from({ length: 12 }, (_, i) => warning(i)));
    expect(all).toHaveLength(10);
    expect(all[9]?.message).toBe('3 more model warnings: see the plan in the log.');
  });
});
