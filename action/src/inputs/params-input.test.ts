import { describe, expect, it } from 'vitest';
import { parseInputs } from './inputs.ts';

const env = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('the `params` input', () => {
  it('reads a YAML or JSON mapping of request fields into the caller defaults', () => {
    const yaml = parseInputs({ env: env({ params: 'generate_audio: false\nseed: 42' }) });
    const json = parseInputs({ env: env({ params: '{"generate_audio": false, "seed": 42}' }) });
    expect(yaml.defaults.params).toEqual({ generate_audio: false, seed: 42 });
    expect(json.defaults).toEqual(yaml.defaults);
    expect(parseInputs({ env: env({}) }).defaults.params).toBeUndefined();
  });

  it.each([
    [{ params: '[1, 2]' }, /Input 'params': must be a mapping/],
    [{ params: 'seed: [' }, /Input 'params': not valid YAML or JSON/],
    [{ params: 'model: sora-2-preview' }, /Input 'params': `model` is not a request parameter/],
    [{ params: 'duration: 8', duration: '8' }, /Input 'params': `duration` is given twice/],
    [
      { params: 'image_urls: [https://x.test/a.png]\nquality: 4k', quality: '4k' },
      /`quality` is given twice/,
    ],
  ])('refuses %j naming the input and the fix', (given, message) => {
    expect(() => parseInputs({ env: env(given) })).toThrow(message);
  });
});
