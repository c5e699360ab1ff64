import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClipwrightError } from '@clipwright/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inputDefaults } from './input-defaults.ts';
import { parseInputs } from './inputs.ts';

const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('parseInputs', () => {
  it('reads every input into a typed object', () => {
    const inputs = parseInputs({
      env: env({
        'api-key': ' sk-x ',
        prompts: 'prompts/**/*.md\n# a comment\n!prompts/draft/**\n',
        model: 'sora-2-pro-preview',
        duration: '10',
        'aspect-ratio': '16:9',
        upload: 'both',
        'retention-days': '7',
        shard: '2/3',
        'max-credits': '12.5',
        'fail-on': 'failed, budget',
        vars: 'PRODUCT=Clipwright\nTAGLINE = a = b',
        overwrite: 'TRUE',
        concurrency: '4',
      }),
    });
    expect(inputs).toMatchObject({
      apiKey: 'sk-x',
      prompts: ['prompts/**/*.md', '!prompts/draft/**'],
      defaults: { model: 'sora-2-pro-preview', duration: 10, aspect_ratio: '16:9' },
      upload: 'both',
      retentionDays: 7,
      shard: { index: 2, total: 3 },
      maxCredits: 12.5,
      failOn: ['failed', 'budget'],
      vars: { PRODUCT: 'Clipwright', TAGLINE: 'a = b' },
      overwrite: true,
      concurrency: 4,
      cache: true,
      baseUrl: 'https://api.evolink.ai',
      artifactName: 'clipwright-videos',
    });
  });

  it('uses the documented defaults', () => {
    const inputs = parseInputs({ env: {} });
    expect(inputs.upload).toBe('artifact');
    expect(inputs.failOn).toEqual(['failed', 'invalid', 'cancelled', 'suspect']);
    expect(inputs.shard).toBeUndefined();
    expect(inputs.prompts).toBeUndefined();
    expect(parseInputs({ env: env({ 'fail-on': 'never' }) }).failOn).toEqual([]);
  });

  it.each([
    [{ shard: '3/2' }, /Input 'shard': '3\/2' is out of range.*k\/n/],
    [{ shard: 'two' }, /Input 'shard': 'two' is not k\/n/],
    [{ shard: '0/2' }, /Input 'shard'/],
    [{ upload: 's3' }, /Input 'upload': 's3' is not one of artifact, release, both, none/],
    [{ 'retention-days': '91' }, /Input 'retention-days': must be from 1 to 90 days, got 91/],
    [{ concurrency: '1.5' }, /Input 'concurrency': expected a whole number/],
    [{ 'max-credits': '-1' }, /Input 'max-credits': expected a number at least 0/],
    [{ duration: 'ten' }, /Input 'duration'/],
    [{ overwrite: 'yes' }, /Input 'overwrite': expected true or false, got 'yes'/],
    [{ 'fail-on': 'failed,oops' }, /Input 'fail-on': 'oops' is not an outcome/],
    [{ vars: 'no equals sign' }, /Input 'vars': 'no equals sign' is not NAME=value/],
    [{ 'base-url': 'ftp://x' }, /Input 'base-url'/],
    [{ 'artifact-name': 'a/b' }, /Input 'artifact-name'/],
    [{ root: '../other' }, /Input 'root': '..\/other' is not a folder inside the workspace/],
    [{ root: '/etc' }, /Input 'root'/],
    [
      { 'pr-comment': 'post' },
      /Input 'pr-comment': 'post' is not one of auto, true, artifact, false/,
    ],
    [{ 'pr-comment-from': 'abc' }, /Input 'pr-comment-from': expected a whole number/],
  ])('rejects %j with a message naming the input and the fix', (given, message) => {
    expect(() => parseInputs({ env: env(given) })).toThrow(message);
  });
});

describe('the pull-request inputs', () => {
  it('reads root, pr-comment: artifact and pr-comment-from', () => {
    const i = parseInputs({
      env: env({ root: './pr/', 'pr-comment': 'artifact', 'pr-comment-from': '123' }),
    });
    expect(i).toMatchObject({ root: 'pr', prComment: 'artifact', prCommentFrom: 123 });
    expect(parseInputs({ env: env({}) })).toMatchObject({ root: '.', prComment: 'auto' });
    expect(parseInputs({ env: env({}) }).prCommentFrom).toBeUndefined();
  });
});

describe('InputError', () => {
  it('is a ClipwrightError with the code invalid_input, naming the input', () => {
    let error: unknown;
    try {
      parseInputs({ env: env({ shard: '4/3' }) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClipwrightError);
    expect(error).toMatchObject({ name: 'InputError', code: 'invalid_input', input: 'shard' });
  });
});

describe('the defaults, written once', () => {
  it('inputDefaults holds exactly the defaults action.yml declares', async () => {
    const yml = parse(
      await readFile(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8'),
    ) as {
      inputs: Record<string, { default?: string }>;
    };
    const declared = Object.fromEntries(
      Object.entries(yml.inputs)
        // A GitHub expression (github-token's) is a default only the runner can give.
        .filter(([, input]) => input.default !== undefined && !input.default.includes('${{'))
        .map(([name, input]) => [name, input.default]),
    );
    expect(inputDefaults).toEqual(declared);
  });

  it('an input left out or empty takes the default of action.yml', () => {
    const parsed = parseInputs({ env: env({ upload: '', concurrency: '' }) });
    expect(parsed).toMatchObject({
      upload: 'artifact',
      artifactName: 'clipwright-videos',
      concurrency: 2,
      failOn: ['failed', 'invalid', 'cancelled', 'suspect'],
      allowSuspect: false,
      retrySuspect: 0,
      baseUrl: 'https://api.evolink.ai',
      cache: true,
      prComment: 'auto',
      previewLabel: 'clipwright:preview',
    });
  });
});

describe('retry-suspect', () => {
  it('is a whole number of retries from 0 to 5', () => {
    expect(parseInputs({ env: env({ 'retry-suspect': '2' }) }).retrySuspect).toBe(2);
    expect(() => parseInputs({ env: env({ 'retry-suspect': '9' }) })).toThrow(/retry-suspect/);
    expect(() => parseInputs({ env: env({ 'retry-suspect': '1.5' }) })).toThrow(/whole number/);
  });
});
