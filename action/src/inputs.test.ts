import { describe, expect, it } from 'vitest';
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
    expect(inputs.failOn).toEqual(['failed', 'invalid', 'cancelled']);
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
  ])('rejects %j with a message naming the input and the fix', (given, message) => {
    expect(() => parseInputs({ env: env(given) })).toThrow(message);
  });
});
