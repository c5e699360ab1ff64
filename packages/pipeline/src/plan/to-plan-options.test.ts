import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { nothingMatched } from '../session/verdict.ts';
import { loadPlan } from './load-plan.ts';
import { toPlanOptions } from './to-plan-options.ts';

const video = (prompt: string) => `---\nmodel: sora-2-beta-max\n---\n${prompt}\n`;

describe('toPlanOptions: caller input to PlanOptions', () => {
  it('resolves the root from cwd and leaves out what was not given', () => {
    const options = toPlanOptions({
      cwd: '/work',
      root: 'site',
      prompts: [],
      manifest: '',
      defaults: { model: 'sora-2', duration: undefined, quality: '720p' },
      tag: '',
    });
    expect(options).toEqual({
      root: path.resolve('/work', 'site'),
      defaults: { model: 'sora-2', quality: '720p' },
      vars: {},
      context: {},
    });
  });

  it('carries globs, the manifest, the context, the key as a secret, the shard and the filters', () => {
    const options = toPlanOptions({
      root: '/repo',
      prompts: ['videos/*.md'],
      manifest: 'clipwright.yml',
      vars: { product: 'Clipwright' },
      tag: 'v1.2.0',
      repo: 'acme/site',
      sha: 'abc123',
      apiKey: 'sk-secret',
      shard: '2/3',
      changedFiles: ['videos/a.md'],
      onlyNames: ['a'],
    });
    expect(options).toMatchObject({
      root: '/repo',
      prompts: ['videos/*.md'],
      manifest: 'clipwright.yml',
      vars: { product: 'Clipwright' },
      context: { tag: 'v1.2.0', repo: 'acme/site', sha: 'abc123' },
      secrets: ['sk-secret'],
      shard: '2/3',
      changedFiles: ['videos/a.md'],
    });
    expect(options.only?.({ name: 'a', source: { file: 'videos/a.md', line: 1 } })).toBe(true);
    expect(options.only?.({ name: 'b', source: { file: 'videos/b.md', line: 1 } })).toBe(false);
  });
});

describe('loadPlan with caller input', () => {
  it('applies the release context: {{ version }} from the tag, a v dropped only before a digit', async () => {
    const root = await writeRepo({ 'prompts/a.md': video('Release {{ version }} of {{ tag }}.') });
    const prompt = async (tag: string) =>
      (await loadPlan(toPlanOptions({ root, tag }))).jobs[0]?.request.prompt;
    expect(await prompt('v1.2.0')).toBe('Release 1.2.0 of v1.2.0.');
    expect(await prompt('vNext')).toBe('Release vNext of vNext.');
    const given = await loadPlan({ root, context: { tag: 'v2', version: 'two' } });
    expect(given.jobs[0]?.request.prompt).toBe('Release two of v2.');
  });

  it('keeps only the named videos, valid or not, and counts the others as filtered', async () => {
    const root = await writeRepo({
      'prompts/a.md': video('A.'),
      'prompts/b.md': video('B.'),
      'prompts/bad.md': '---\nduration: soon\n---\nBad.\n',
    });
    const plan = await loadPlan(toPlanOptions({ root, onlyNames: ['b'] }));
    expect(plan.jobs.map((j) => j.name)).toEqual(['b']);
    expect(plan.invalid).toEqual([]);
    expect(plan.skipped).toEqual({ shard: 0, unchanged: 0, filtered: 2 });
    expect(plan.totalCredits).toBe(plan.jobs[0]?.credits);
    const none = await loadPlan(toPlanOptions({ root, onlyNames: [] }));
    expect(none.jobs).toEqual([]);
    // Videos were found, only filtered out: that is not "no prompt file matched".
    expect(nothingMatched(none)).toBe(false);
  });
});
