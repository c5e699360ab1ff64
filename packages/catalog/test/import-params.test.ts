import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importParams, parseVendorParams, promptLimit } from '../scripts/lib/vendor-params.ts';
import type { ParamsFile } from '../src/types.ts';

const fixture = fileURLToPath(new URL('./fixtures/model-params.generated.ts', import.meta.url));
const script = fileURLToPath(new URL('../scripts/import-params.ts', import.meta.url));
const options = {
  source: 'vendor/file@abc',
  commit: 'abc',
  path: 'file.ts',
  retrieved: '2026-12-07',
};

describe('import-params', () => {
  it('keeps the video models and their machine-readable bounds only', async () => {
    const index = parseVendorParams(await readFile(fixture, 'utf8'), fixture);
    const file = importParams(index, options);
    expect(Object.keys(file.models)).toEqual(['test-video-a', 'test-video-b']);
    const a = file.models['test-video-a'];
    expect(a?.fields.duration).toMatchObject({
      type: 'integer',
      minimum: 3,
      maximum: 12,
      default: 5,
    });
    expect(a?.fields.quality?.enum).toEqual(['720p', '1080p']);
    expect(a?.fields.prompt?.required).toBe(true);
    expect(a?.prompt_limit).toMatchObject({ max: 1500, unit: 'characters', from: 'schema' });
    expect(a?.images).toEqual([
      {
        field: 'image_urls',
        min_count: 1,
        max_count: 2,
        max_mb: 12,
        types: ['jpg', 'png'],
        from: 'description',
      },
    ]);
    expect(a?.price_fields).toEqual(['duration']);
    expect(a?.fields.generate_audio?.changes_price).toBe(false);
    expect(file.generated_from).toMatchObject({ docs_commit: 'abc1234', retrieved: '2026-12-07' });
    // No bounds in the schema: type only, and a per-language prose limit has no single maximum.
    const b = file.models['test-video-b'];
    expect(b?.fields.aspect_ratio).toEqual({
      type: 'string',
      required: false,
      changes_price: false,
    });
    expect(b?.prompt_limit).toMatchObject({ max: null, from: 'description' });
  });

  it('keeps hand-written prose rules and hand-written models', async () => {
    const index = parseVendorParams(await readFile(fixture, 'utf8'), fixture);
    const first = importParams(index, options);
    const prose = {
      field: 'quality',
      rule: 'Quality is paid.',
      quote: 'costs more',
      url: 'https://docs.example.test/a',
      retrieved: '2026-12-01',
      changes_price: true,
    };
    const existing: ParamsFile = structuredClone(first);
    existing.models['test-video-a']?.prose_rules.push(prose);
    const handWritten = {
      ...structuredClone(first.models['test-video-b']),
      model: 'old-model',
      origin: 'hand-written' as const,
    };
    existing.models['old-model'] = handWritten as never;
    const next = importParams(index, { ...options, existing });
    expect(next.models['test-video-a']?.prose_rules).toEqual([prose]);
    expect(next.models['test-video-a']?.price_fields).toEqual(['duration', 'quality']);
    expect(next.models['old-model']?.origin).toBe('hand-written');
  });

  it('writes a default only the prose states (with its quote) as the field default', async () => {
    const index = parseVendorParams(await readFile(fixture, 'utf8'), fixture);
    const existing: ParamsFile = structuredClone(importParams(index, options));
    const model = existing.models['test-video-a'];
    const field = Object.keys(model?.fields ?? {}).find(
      (f) => f !== 'prompt' && model?.fields[f]?.default === undefined,
    ) as string;
    model?.prose_rules.push({
      field,
      rule: 'Defaults to 1.',
      quote: 'default 1',
      url: 'https://docs.example.test/a',
      retrieved: '2026-12-01',
      default: 1,
    });
    const next = importParams(index, { ...options, existing });
    expect(next.models['test-video-a']?.fields[field]?.default).toBe(1);
  });

  it('takes the stated maximum, not a recommendation beside it, as the prompt limit', () => {
    const spec = (description: string) => ({ type: 'string', description });
    expect(
      promptLimit(
        'prompt',
        spec(
          'Supports two languages, recommended no more than 300 characters. Maximum prompt length: 8000 tokens',
        ),
      ),
    ).toEqual({
      field: 'prompt',
      max: 8000,
      unit: 'tokens',
      from: 'description',
      quote: '8000 tokens',
    });
    // Only recommendations: they are all that is known, so they stay (here: no single maximum).
    expect(
      promptLimit('prompt', spec('Recommended: 300 characters; recommended: 900 tokens')),
    ).toMatchObject({
      max: null,
      unit: 'unknown',
    });
  });

  it('refuses a file that is not the vendor catalog, naming it', () => {
    expect(() => parseVendorParams('export const X = 1;', 'bad.ts')).toThrow(
      /bad\.ts: no "MODEL_PARAMS_JSON/,
    );
  });

  it('writes params.json with its source and date from the command line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'catalog-import-'));
    await writeFile(join(dir, 'pricing.json'), JSON.stringify({ models: {} }));
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [
      script,
      fixture,
      '--commit',
      'f00d',
      '--data-dir',
      dir,
      '--retrieved',
      '2026-12-07',
    ]);
    expect(stdout).toMatch(/2 video models/);
    const file = JSON.parse(await readFile(join(dir, 'params.json'), 'utf8')) as ParamsFile;
    expect(file.generated_from.source).toBe(
      'EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@f00d',
    );
    expect(file.models['test-video-a']?.retrieved).toBe('2026-12-07');
  });
});
