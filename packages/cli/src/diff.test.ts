import { describe, expect, it } from 'vitest';
import { writeGitRepo } from '../../pipeline/test/git-repo.ts';
import { testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';

const noClient = {
  createClient: () => {
    throw new Error('diff must not make an API client');
  },
};
const prompt = (body: string, duration = 4) =>
  `---\nmodel: sora-2-pro-preview\nduration: ${duration}\n---\n${body}\n`;

async function repo() {
  return writeGitRepo(
    { 'prompts/keep.md': prompt('Kept.'), 'prompts/edit.md': prompt('Before.') },
    { 'prompts/added.md': prompt('Added.', 8), 'prompts/edit.md': prompt('After.') },
  );
}

describe('clipwright diff', () => {
  it('prints the classification between --base and the work tree, exit 0', async () => {
    const r = await repo();
    const io = testIo();
    expect(await runCli(['diff', '--root', r.root, '--base', r.base], io, noClient)).toBe(
      exitCodes.ok,
    );
    const out = io.out();
    expect(out).toMatch(/^added\s+added\s/m);
    expect(out).toMatch(/^changed\s+edit\s.*prompt changed/m);
    expect(out).not.toMatch(/^unchanged/m);
    expect(out).toMatch(/1 added, 1 changed, 0 removed, 1 unchanged; delta \+\d+\.\d\d credits/);
  });

  it('--json carries the same entries; --max-credits-delta exits 1 when exceeded', async () => {
    const r = await repo();
    const io = testIo();
    const args = ['diff', '--root', r.root, '--base', r.base, '--head', r.head, '--json'];
    expect(await runCli([...args, '--max-credits-delta', '0'], io, noClient)).toBe(
      exitCodes.someFailed,
    );
    const json = JSON.parse(io.out()) as {
      delta: number;
      overLimit: boolean;
      entries: Array<{ name: string; status: string }>;
    };
    expect(json.overLimit).toBe(true);
    expect(json.delta).toBeGreaterThan(0);
    expect(json.entries.map((e) => [e.name, e.status])).toEqual([
      ['added', 'added'],
      ['edit', 'changed'],
      ['keep', 'unchanged'],
    ]);
    const roomy = testIo();
    expect(
      await runCli([...args, '--max-credits-delta', String(json.delta)], roomy, noClient),
    ).toBe(exitCodes.ok);
  });

  it('defaults the base to the merge base with the default branch', async () => {
    const r = await repo();
    const io = testIo();
    // HEAD is main itself, so the merge base is head: the work tree has no change.
    expect(await runCli(['diff', '--root', r.root], io, noClient)).toBe(exitCodes.ok);
    expect(io.out()).toContain('No video changes.');
  });

  it('a ref that is no commit is invalid input (exit 2), naming it', async () => {
    const r = await repo();
    const io = testIo();
    expect(await runCli(['diff', '--root', r.root, '--base', 'nope'], io, noClient)).toBe(
      exitCodes.invalidInput,
    );
    expect(io.err()).toContain('nope is not a commit');
  });
});
