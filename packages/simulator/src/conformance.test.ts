import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import addFormats from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auth, create, query, sim, waitTerminal } from '../test/test-helpers.ts';

/** The source documents, kept in the package so the test runs from any clone. */
const documents = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi');

/** The team's copies of the documents beside the repository (shared/api), when there. */
function sharedApiDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'api');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function load(model: string): Promise<OpenAPIBackend> {
  const definition = parse(readFileSync(join(documents, `${model}.openapi.yaml`), 'utf8'));
  // quick: the documents are OpenAPI 3.1 ($ref with sibling description), which the 3.0 document check rejects.
  const api = new OpenAPIBackend({
    definition,
    quick: true,
    customizeAjv: (ajv) => {
      addFormats.default(ajv);
      return ajv;
    },
  });
  await api.init();
  return api;
}

const op = 'createVideoGeneration';
const models = ['sora-2-pro-preview', 'sora-2-beta-max'] as const;
const requests: Record<(typeof models)[number], object[]> = {
  'sora-2-pro-preview': [
    { model: 'sora-2-pro-preview', prompt: 'A cat playing piano' },
    {
      model: 'sora-2-pro-preview',
      prompt: 'p',
      duration: 12,
      quality: '1080p',
      aspect_ratio: '9:16',
    },
    {
      model: 'sora-2-pro-preview',
      prompt: 'p',
      image_urls: ['https://x.test/a.png'],
      callback_url: 'https://h.test/cb',
    },
  ],
  'sora-2-beta-max': [
    { model: 'sora-2-beta-max', prompt: 'A cat playing piano' },
    {
      model: 'sora-2-beta-max',
      prompt: 'p',
      duration: 15,
      remove_watermark: false,
      aspect_ratio: '9:16',
    },
  ],
};

describe.each(models)('conformance with %s.openapi.yaml', (model) => {
  it('accepts exactly the requests the document accepts, and answers with documented shapes', async () => {
    const api = await load(model);
    const s = await sim();
    for (const body of requests[model]) {
      const check = api.validateRequest(
        {
          method: 'post',
          path: '/v1/videos/generations',
          headers: { 'content-type': 'application/json' },
          body,
        },
        op,
      );
      expect(check.errors ?? []).toEqual([]);
      const res = await create(s, body);
      expect(res.status).toBe(200);
      expect(api.validateResponse(res.body, op, 200).errors ?? []).toEqual([]);
      const done = await query(s, res.body.id);
      expect(api.validateResponse(done.body, op, 200).errors ?? []).toEqual([]);
    }
    const finished = await waitTerminal(
      s,
      (await create(s, { model, prompt: 'sim:seconds=2' })).body.id,
    );
    expect(api.validateResponse(finished, op, 200).errors ?? []).toEqual([]);
  });

  it('rejects requests the document rejects, with the documented error envelope', async () => {
    const api = await load(model);
    const s = await sim({ balance: 0 });
    const bad = [
      { model, prompt: 5 },
      { model, prompt: 'x'.repeat(5001) },
      { model, prompt: 'p', aspect_ratio: '1:1' },
      { model, prompt: 'p', image_urls: ['https://a/1.png', 'https://a/2.png'] },
      { model },
    ];
    for (const body of bad) {
      expect(
        api.validateRequest(
          {
            method: 'post',
            path: '/v1/videos/generations',
            headers: { 'content-type': 'application/json' },
            body,
          },
          op,
        ).valid,
      ).toBe(false);
      const res = await create(s, body);
      expect(res.status).toBe(400);
      expect(api.validateResponse(res.body, op, 400).errors ?? []).toEqual([]);
    }
    for (const [status, res] of [
      [401, await create(s, { model, prompt: 'p' }, {})],
      [402, await create(s, { model, prompt: 'p' }, auth)],
    ] as const) {
      expect(res.status).toBe(status);
      expect(api.validateResponse(res.body, op, status).errors ?? []).toEqual([]);
    }
  });
});

const shared = sharedApiDir();
describe.skipIf(!shared)('the kept documents', () => {
  it.each(models)('%s matches shared/api', (model) => {
    const file = `${model}.openapi.yaml`;
    expect(readFileSync(join(documents, file), 'utf8')).toBe(
      readFileSync(join(shared ?? '', file), 'utf8'),
    );
  });
});
if (!shared)
  console.info('conformance: no shared/api beside the repository; kept copies not compared');
