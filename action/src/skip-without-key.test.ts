import { describe, expect, it } from 'vitest';
import type { ActionIo } from './action-io.ts';
import { skipWithoutKey } from './skip-without-key.ts';

function noticesOf(run: (io: ActionIo) => unknown): { result: unknown; notices: string[] } {
  const notices: string[] = [];
  const io = {
    notice: (m: string) => void notices.push(m),
    warning: () => {},
  } as unknown as ActionIo;
  return { result: run(io), notices };
}

describe('skipWithoutKey', () => {
  it('a keyless dry run goes on and says the key is missing and what a real run needs', () => {
    const { result, notices } = noticesOf((io) =>
      skipWithoutKey({ apiKey: '', dryRun: true }, {}, io),
    );
    expect(result).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('No api-key');
    expect(notices[0]).toContain('dry-run: false');
    expect(notices[0]).toContain('secrets.EVOLINK_API_KEY');
  });

  it('says nothing when a key is given', () => {
    const { notices } = noticesOf((io) => skipWithoutKey({ apiKey: 'sk-x', dryRun: true }, {}, io));
    expect(notices).toEqual([]);
  });

  it('refuses an empty key on a real run, naming the input', () => {
    expect(() => noticesOf((io) => skipWithoutKey({ apiKey: '', dryRun: false }, {}, io))).toThrow(
      /api-key/,
    );
  });
});
