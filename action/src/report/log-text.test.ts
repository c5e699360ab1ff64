import { describe, expect, it } from 'vitest';
import { logText } from './log-text.ts';

/** Whether the runner would read `line` as a workflow command. */
const isCommand = (line: string) => /^\s*::/.test(line) || line.includes('##[');

describe('logText', () => {
  it('leaves ordinary text as it reads', () => {
    expect(logText('made promo.mp4 (4 credits)')).toBe('made promo.mp4 (4 credits)');
    expect(logText('a\nb')).toBe('a\nb');
  });

  it('no line of hostile text can start a workflow command', () => {
    const hostile = [
      'prompts/x\n::error::pwned',
      'name\r::add-mask::value',
      'x\r\n   ::stop-commands::token',
      '::set-output name=a::b',
      'fine ##[add-mask]secret',
      '\t::warning file=a::b',
    ];
    for (const text of hostile) {
      const lines = logText(text).split('\n');
      for (const line of lines) expect(isCommand(line), JSON.stringify(line)).toBe(false);
      expect(lines.join(' ').replaceAll('\u200B', '')).toContain(
        text
          .split(/\r\n|\r|\n/)
          .at(-1)
          ?.trim() ?? '',
      );
    }
  });
});
