import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importParams, parseVendorParams } from '../scripts/lib/vendor-params.ts';
import { formatDifference, verifyParams } from '../scripts/lib/verify-params.ts';
import type { ParamsFile } from '../src/types.ts';

// Both fixtures are ours, in the vendor's shape; `changed` differs from `generated` in
// test-video-a: quality gains "4k", duration's maximum is 15 and its default 6.
const fixture = fileURLToPath(new URL('./fixtures/model-params.generated.ts', import.meta.url));
const changed = fileURLToPath(new URL('./fixtures/model-params.changed.ts', import.meta.url));
const script = fileURLToPath(new URL('../scripts/verify-params.ts', import.meta.url));
const options = {
  source: 'vendor/file@abc',
  commit: 'abc',
  path: 'file.ts',
  retrieved: '2026-12-07',
};

async function imported(path: string): Promise<ParamsFile> {
  return importParams(parseVendorParams(await readFile(path, 'utf8'), path), options);
}

async function vendor(path: string) {
  return parseVendorParams(await readFile(path, 'utf8'), path);
}

describe('verify-params', () => {
  it('finds nothing when params.json is what the import makes of the vendor file', async () => {
    expect(verifyParams(await vendor(fixture), await imported(fixture))).toEqual([]);
  });

  it('names the model and field of a changed enum, range and default', async () => {
    const differences = verifyParams(await vendor(changed), await imported(fixture));
    expect(differences).toEqual([
      { model: 'test-video-a', path: 'fields.duration.default', vendor: 6, ours: 5 },
      { model: 'test-video-a', path: 'fields.duration.maximum', vendor: 15, ours: 12 },
      {
        model: 'test-video-a',
        path: 'fields.quality.enum',
        vendor: ['720p', '1080p', '4k'],
        ours: ['720p', '1080p'],
      },
    ]);
    expect(differences.map(formatDifference)).toContain(
      'test-video-a: fields.duration.maximum: vendor 15, params.json 12',
    );
  });

  it('reports a hand edit of params.json the same way (prompt limit, image size, price field)', async () => {
    const file = await imported(fixture);
    const model = file.models['test-video-a'];
    if (!model?.prompt_limit || !model.images[0]) throw new Error('fixture changed');
    model.prompt_limit.max = 2000;
    model.images[0].max_mb = 20;
    model.price_fields = [];
    const paths = verifyParams(await vendor(fixture), file).map((d) => `${d.model}: ${d.path}`);
    expect(paths).toEqual([
      'test-video-a: images.image_urls.max_mb',
      'test-video-a: price_fields',
      'test-video-a: prompt_limit.max',
    ]);
  });

  it('keeps hand-written prose rules and models out of the differences', async () => {
    const file = await imported(fixture);
    file.models['test-video-a']?.prose_rules.push({
      field: 'quality',
      rule: 'Quality is paid.',
      quote: 'costs more',
      url: 'https://docs.example.test/a',
      retrieved: '2026-12-01',
      changes_price: true,
    });
    const model = file.models['test-video-a'];
    if (!model?.fields.quality) throw new Error('fixture changed');
    // What a re-import with that rule writes:
    model.fields.quality.changes_price = true;
    model.fields.quality.price_note = 'costs more';
    model.price_fields = ['duration', 'quality'];
    file.models['old-model'] = {
      ...structuredClone(file.models['test-video-b']),
      model: 'old-model',
      origin: 'hand-written',
    } as never;
    expect(verifyParams(await vendor(fixture), file)).toEqual([]);
  });

  it('names a model that is missing on either side', async () => {
    const file = await imported(fixture);
    delete file.models['test-video-b'];
    file.models['gone-model'] = { ...structuredClone(file.models['test-video-a']) } as never;
    expect(verifyParams(await vendor(fixture), file).map(formatDifference)).toEqual([
      'test-video-b: vendor "video model", params.json (absent)',
      'gone-model: vendor (absent), params.json "vendor-generated model"',
    ]);
  });

  it('exits 0 on a match, 1 with one line per difference, and records the date only on a pass', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'catalog-verify-'));
    await writeFile(join(dir, 'params.json'), JSON.stringify(await imported(fixture)));
    const run = promisify(execFile);
    const args = ['--data-dir', dir, '--commit', 'abc'];
    const failed = await run(process.execPath, [script, changed, ...args, '--record']).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('differs from');
    expect(failed?.stderr).toContain(
      'test-video-a: fields.quality.enum: vendor ["720p","1080p","4k"]',
    );
    expect(failed?.stderr).toContain(
      'test-video-a: fields.duration.default: vendor 6, params.json 5',
    );
    let file = JSON.parse(await readFile(join(dir, 'params.json'), 'utf8')) as ParamsFile;
    expect(file.generated_from.verified).toBeUndefined();

    const other = await run(process.execPath, [
      script,
      fixture,
      '--data-dir',
      dir,
      '--commit',
      'f00d',
    ]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(other?.stderr).toMatch(/generated_from\.commit: params\.json names abc.*f00d/);

    const passed = await run(process.execPath, [
      script,
      fixture,
      ...args,
      '--record',
      '--verified',
      '2026-12-08',
    ]);
    expect(passed.stdout).toMatch(/matches .*: 2 video models, verified 2026-12-08/);
    file = JSON.parse(await readFile(join(dir, 'params.json'), 'utf8')) as ParamsFile;
    expect(file.generated_from.verified).toBe('2026-12-08');
  });
});
