import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { testSimulator } from '../../test/test-simulator.ts';
import type { VideoRequest } from '../types.ts';
import { validateRequest } from '../validation/validate-request.ts';
import { applyDefaults } from './apply-defaults.ts';
import { estimatePrice } from './estimate-credits.ts';
import type { ModelSpec } from './model-spec.ts';
import { models } from './models.ts';

// One contract, two independent judges: core's `validateRequest` and the simulator's own
// validator (reached over real HTTP) must give the same verdict on every request of the
// grid, and core's estimate must equal the simulator's `credits_reserved` for every fully
// specified valid request.
//
// Intended differences (not in the grid, each asserted below):
// - a field the model does not take: core refuses it (a typo must not pass silently), the
//   gateway and so the simulator ignore it;
// - a model core does not know: core passes it with only `model` required, the simulator
//   answers 404 (it serves only its table).

type Body = Record<string, unknown>;

const base = (m: ModelSpec): Body => ({ model: m.name, prompt: 'a cat on a piano' });
const maxPrompt = (m: ModelSpec) =>
  Number(/Up to (\d+)/.exec(m.parameters.prompt?.description ?? '')?.[1]);

/** Valid and invalid values of each field a model lists. */
function fieldCases(m: ModelSpec): Body[] {
  const out: Body[] = [];
  for (const [field, p] of Object.entries(m.parameters)) {
    if (field === 'prompt' || field === 'image_urls' || field === 'callback_url') continue;
    const values = p.values ?? [];
    for (const value of values) out.push({ ...base(m), [field]: value });
    const numeric = values.length > 0 && values.every((v) => typeof v === 'number');
    out.push({ ...base(m), [field]: numeric ? 999 : 'not-a-value' });
    if (values.length === 0) {
      for (const v of [0, 3, 4, 5, 12, 15, 16, 1.5, 4294967295, 4294967296])
        out.push({ ...base(m), [field]: v });
      out.push(
        { ...base(m), [field]: 'rain, fog' },
        { ...base(m), [field]: { prompt_optimizer: false } },
      );
    }
  }
  return out;
}

/** Prompt lengths at each side of the model's limit, in ASCII, accented letters and emoji. */
function promptCases(m: ModelSpec): Body[] {
  const max = maxPrompt(m);
  return ['a', 'é', 'e\u0301', '😀'].flatMap((unit) =>
    [max, max + 1].map((n) => ({ ...base(m), prompt: unit.repeat(n).slice(0, unit.length * n) })),
  );
}

const imageUrlFixtures = [
  'https://files.evolink.ai/api/v1/files/download/file_abc123',
  'https://cdn.example.com/frame.PNG',
  'https://cdn.example.com/frame.webp?X-Amz-Signature=abc.def',
  'https://cdn.example.com/frame.gif',
  'ftp://cdn.example.com/frame.png',
  'http://cdn.example.com/frame.png',
  'https://user:secret@cdn.example.com/frame.png',
  'https://127.0.0.1/frame.png',
  'https://192.168.0.4/frame',
  'https://localhost/frame.png',
  // One host-name rule for image links and callbacks in both judges (issue 14).
  'https://cdn.local/frame.png',
  'https://files.internal/frame.png',
  'not a url',
];
const callbackFixtures = [
  'https://hooks.example.com/clipwright',
  'http://hooks.example.com/clipwright',
  'https://127.0.0.1/cb',
  'https://10.0.0.8/cb',
  'https://192.168.1.2/cb',
  `https://example.com/${'x'.repeat(2048)}`,
  // Host names that never leave a network, and IPv6 forms of IPv4 addresses (issue 14).
  'https://printer.local/cb',
  'https://hooks.corp.internal/cb',
  'https://metadata.goog/cb',
  'https://localhost./cb',
  'https://LOCALHOST/cb',
  'https://hooks.example.com./cb',
  'https://224.0.0.1/cb',
  'https://[::ffff:10.0.0.1]/cb',
  'https://[::ffff:8.8.8.8]/cb',
  'https://[64:ff9b::127.0.0.1]/cb',
  'https://[2002:c0a8:101::1]/cb',
  'https://[2606:4700::1111]/cb',
];

function urlCases(m: ModelSpec): Body[] {
  const takesImages = 'image_urls' in m.parameters;
  const images = takesImages
    ? [
        ...imageUrlFixtures.map((url) => ({ ...base(m), image_urls: [url] })),
        {
          ...base(m),
          image_urls: Array.from({ length: 4 }, (_, i) => `https://x.example.com/${i}.png`),
        },
      ]
    : [];
  return [...images, ...callbackFixtures.map((url) => ({ ...base(m), callback_url: url }))];
}

const crossFieldCases: Body[] = [
  { model: 'sora-2-pro', prompt: 'p', duration: 15, quality: 'standard' },
  { model: 'sora-2-pro', prompt: 'p', duration: 25, quality: 'standard' },
  { model: 'MiniMax-Hailuo-2.3', prompt: 'p', duration: 10, quality: '1080p' },
  { model: 'MiniMax-Hailuo-2.3', prompt: 'p', duration: 6, quality: '1080p' },
  { model: 'wan2.5-text-to-video', prompt: 'p', quality: '480p', aspect_ratio: '4:3' },
  { model: 'wan2.5-text-to-video', prompt: 'p', quality: '720p', aspect_ratio: '4:3' },
  {
    model: 'veo-3.1-fast-generate-preview',
    prompt: 'p',
    generation_type: 'REFERENCE',
    duration: 8,
    aspect_ratio: '16:9',
  },
  {
    model: 'veo-3.1-fast-generate-preview',
    prompt: 'p',
    generation_type: 'REFERENCE',
    duration: 4,
    aspect_ratio: '16:9',
  },
];

// The simulator serves the models it has processing times and prices for; core types every
// model of the vendor's catalog (checked against the catalog itself in catalog-models.test.ts).
const simulated = [
  'sora-2-pro-preview',
  'sora-2-beta-max',
  'sora-2',
  'sora-2-pro',
  'sora-2-preview',
  'veo-3.1-fast-generate-preview',
  'kling-v3-text-to-video',
  'seedance-1.5-pro',
  'MiniMax-Hailuo-2.3',
  'wan2.5-text-to-video',
];
const served = models.filter((m) => simulated.includes(m.name));

const grid: Body[] = [
  ...served.flatMap((m) => [base(m), ...fieldCases(m), ...promptCases(m), ...urlCases(m)]),
  ...crossFieldCases,
];

function coreVerdict(body: Body): boolean {
  try {
    validateRequest(body);
    return true;
  } catch {
    return false;
  }
}

/** A valid request with every priced field given (defaults, else the first allowed value). */
function fullySpecified(body: Body): VideoRequest {
  const spec = models.find((m) => m.name === body.model) as ModelSpec;
  const full: Body = { ...applyDefaults(body as VideoRequest) };
  for (const field of ['duration', 'quality', 'generate_audio', 'sound']) {
    const first = spec.parameters[field]?.values?.[0];
    if (full[field] === undefined && first !== undefined) full[field] = first;
  }
  return applyDefaults(full as VideoRequest);
}

describe('core and the simulator agree on every model', () => {
  it(`gives the same verdict on ${grid.length} requests, and the same price on the valid ones`, async () => {
    const sim = await testSimulator({ allowInsecureCallbacks: false });
    const post = async (body: Body) => {
      const res = await request(`${sim.url}/v1/videos/generations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${DEFAULT_API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.body.json()) as { usage?: { credits_reserved?: number } };
      return { ok: res.statusCode === 200, credits: json.usage?.credits_reserved };
    };
    const disagreements: string[] = [];
    const priceGaps: string[] = [];
    const priced = new Set<string>();
    for (const body of grid) {
      const core = coreVerdict(body);
      const sim = await post(body);
      if (core !== sim.ok) {
        disagreements.push(
          `${JSON.stringify(body).slice(0, 160)}: core ${core}, simulator ${sim.ok}`,
        );
        continue;
      }
      if (!core) continue;
      const full = fullySpecified(body);
      if (!coreVerdict(full)) continue;
      const reserved = (await post(full)).credits;
      priced.add(String(full.model));
      // Both price from the published list: the simulator's charge lies in core's range
      // (core rounds up to a thousandth, the simulator to the gateway's 1/10,000 credit).
      const { low, high } = estimatePrice(full);
      if (reserved === undefined || reserved < low - 0.001 || reserved > high) {
        priceGaps.push(
          `${JSON.stringify(full).slice(0, 160)}: core ${low}-${high}, simulator ${reserved}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
    expect(priceGaps).toEqual([]);
    expect([...priced].sort()).toEqual([...simulated].sort());
    expect(grid.filter(coreVerdict).length).toBeGreaterThan(100);
    expect(grid.filter((b) => !coreVerdict(b)).length).toBeGreaterThan(100);
  }, 60_000);

  it('differs only where intended: unknown fields and unknown models', async () => {
    const sim = await testSimulator({ allowInsecureCallbacks: false });
    const status = async (body: Body) =>
      (
        await request(`${sim.url}/v1/videos/generations`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${DEFAULT_API_KEY}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(body),
        })
      ).statusCode;
    const foreign = { model: 'sora-2', prompt: 'p', seed: 3 };
    expect(coreVerdict(foreign)).toBe(false);
    expect(await status(foreign)).toBe(200);
    const unknown = { model: 'some-new-model' };
    expect(coreVerdict(unknown)).toBe(true);
    expect(await status(unknown)).toBe(404);
  });
});
