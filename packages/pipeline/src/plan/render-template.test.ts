import { describe, expect, it } from 'vitest';
import { offsetPosition, renderTemplate } from './render-template.ts';

describe('renderTemplate', () => {
  it('substitutes variables with or without spaces', () => {
    expect(renderTemplate('{{tag}} / {{ version }}', { tag: 'v1', version: '1' })).toEqual({
      text: 'v1 / 1',
      errors: [],
    });
  });

  it('never renders an unknown variable as an empty string', () => {
    const r = renderTemplate('Hello {{ nmae }}!', { name: 'Ada' });
    expect(r.text).toBe('Hello {{ nmae }}!');
    expect(r.errors).toEqual([
      {
        offset: 6,
        name: 'nmae',
        message: 'unknown variable `{{ nmae }}`',
        fix: 'did you mean `{{ name }}`?',
      },
    ]);
  });

  it('explains a release variable that has no value', () => {
    const r = renderTemplate('{{ sha }}', { sha: undefined });
    expect(r.errors[0]?.message).toContain('the release context gave no sha');
  });

  it('rejects placeholders that are not names', () => {
    expect(renderTemplate('{{ a b }}', {}).errors[0]?.message).toBe(
      '`{{ a b }}` is not a variable name',
    );
  });

  it('turns offsets into positions', () => {
    expect(offsetPosition('ab\ncd', 4, { line: 5, column: 1 })).toEqual({ line: 6, column: 2 });
    expect(offsetPosition('abc', 2, { line: 3, column: 7 })).toEqual({ line: 3, column: 9 });
  });
});
