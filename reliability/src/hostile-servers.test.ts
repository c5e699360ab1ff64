import { createClient, ValidationError } from '@clipwright/core';
import { loadPlan } from '@clipwright/pipeline';
import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { expectClean } from './expect-clean.ts';
import { type JsonRewrite, startRewritingProxy } from './rewriting-proxy.ts';
import { listFiles, prompt, scenario, writeRepo } from './scenario.ts';

/**
 * Issue 13's server and addresses classes: a server that lies about credits or links gets a
 * typed error and no refund; an address that embeds an internal IPv4 is refused before any
 * request is sent to it.
 */
async function lyingScenario(files: Record<string, string>, rewrite: JsonRewrite) {
  let proxy: Awaited<ReturnType<typeof startRewritingProxy>> | undefined;
  const s = await scenario({
    files,
    baseUrl: () => {
      if (!proxy) throw new Error('proxy not started');
      return proxy.url;
    },
  });
  proxy = await startRewritingProxy(s.sim.url, rewrite);
  const close = proxy.close;
  return {
    s,
    close: async () => {
      await close();
      await s.close();
    },
  };
}
/** Rewrites the completed task's answers to queries. */
const onCompleted =
  (change: (body: Record<string, unknown>) => void): JsonRewrite =>
  (body, req) => {
    if (req.method !== 'GET' || body.status !== 'completed') return undefined;
    change(body);
    return body;
  };

describe('server: a server that lies is not believed', { timeout: 30_000 }, () => {
  it('a negative credits_used refunds nothing: typed error, and the budget stops the next video', async () => {
    const { s, close } = await lyingScenario(
      { 'prompts/a.md': prompt('Scene a.'), 'prompts/b.md': prompt('Scene b.') },
      onCompleted((body) => {
        body.usage = { ...(body.usage as object), credits_used: -1000 };
      }),
    );
    try {
      const [a] = s.plan.jobs;
      // Room for the first video only: a refund would let the second one be paid too.
      const run = await s.run({ maxCredits: a?.credits ?? 0, concurrency: 1 });
      expect(run.results.map((r) => [r.name, r.status, r.error?.code])).toEqual([
        ['a', 'failed', 'unexpected_response_error'],
        ['b', 'budget', expect.any(String)],
      ]);
      expect(run.results[0]?.error?.message).toMatch(/credits/);
      // Counted as the server reserved it (the task may still be charged), never negative.
      expect(run.credits).toBeGreaterThan(0);
      // The run's total is rounded up to a thousandth (the gateway charges in 1/10,000).
      expect(run.results[0]?.credits).toBeCloseTo(run.credits, 3);
      expect(s.sim.stats()).toMatchObject({ creates: 1, downloads: 0 });
      await expectClean(s, run);
      expect((await listFiles(s.outDir)).filter((f) => f.endsWith('.mp4'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a malformed result link is a typed error (not a crash): nothing downloaded, nothing written', async () => {
    const { s, close } = await lyingScenario(
      { 'prompts/a.md': prompt('Scene a.') },
      onCompleted((body) => {
        body.results = ['http://[not a link'];
      }),
    );
    try {
      const run = await s.run();
      expect(run.results.map((r) => [r.status, r.error?.code])).toEqual([
        ['failed', 'unexpected_response_error'],
      ]);
      expect(run.results[0]?.error?.message).toMatch(/result link is not a valid URL/);
      expect(s.sim.stats()).toMatchObject({ creates: 1, downloads: 0 });
      await expectClean(s, run);
    } finally {
      await close();
    }
  });

  it('an oversized JSON answer to the paid create: typed error, and the re-run replays the key (paid once)', async () => {
    let lying = true;
    const { s, close } = await lyingScenario(
      { 'prompts/a.md': prompt('Scene a.') },
      (body, req) => {
        if (!lying || req.method !== 'POST') return undefined;
        lying = false;
        // Past the 1 MiB JSON limit: the task exists and is paid, the answer is not read.
        return { ...body, padding: 'x'.repeat(2 * 1024 * 1024) };
      },
    );
    try {
      const first = await s.run();
      expect(first.results.map((r) => [r.status, r.error?.code])).toEqual([
        ['failed', 'unexpected_response_error'],
      ]);
      expect(s.sim.stats().creates).toBe(1);
      await expectClean(s, first);
      const second = await s.run();
      expect(second.counts.completed).toBe(1);
      expect(s.sim.stats()).toMatchObject({ creates: 1, duplicatePaidBodies: 0 });
      await expectClean(s, second);
    } finally {
      await close();
    }
  });
});

describe('addresses: internal IPv4 hidden in IPv6 forms is refused', { timeout: 30_000 }, () => {
  const hidden = [
    '[::127.0.0.1]',
    '[::ffff:127.0.0.1]',
    '[::ffff:0:127.0.0.1]',
    '[64:ff9b::127.0.0.1]',
    '[2002:7f00:1::]',
    '[::ffff:10.0.0.1]',
  ];

  it.each(hidden)('callback_url https://%s/cb: a ValidationError, no request', async (host) => {
    const { s, close } = await lyingScenario({}, () => undefined);
    try {
      const client = createClient({ apiKey: DEFAULT_API_KEY, baseUrl: s.sim.url, env: {} });
      const error = await client.videos
        .create({ model: 'sora-2', prompt: 'A kite.', callback_url: `https://${host}/cb` })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.field).toBe('callback_url');
      expect(s.sim.stats().requests).toBe(0);
    } finally {
      await close();
    }
  });

  it.each(hidden)(
    'a result link to https://%s is not fetched: typed error, paid once, nothing written',
    async (host) => {
      const { s, close } = await lyingScenario(
        { 'prompts/a.md': prompt('Scene a.') },
        onCompleted((body) => {
          body.results = [`https://${host}/video.mp4`];
        }),
      );
      try {
        const run = await s.run();
        expect(run.results.map((r) => [r.status, r.error?.code])).toEqual([
          ['failed', 'validation_error'],
        ]);
        expect(run.results[0]?.error?.message).toMatch(/result link is refused/);
        expect(s.sim.stats()).toMatchObject({ creates: 1, downloads: 0 });
        await expectClean(s, run);
      } finally {
        await close();
      }
    },
  );

  it('image URLs: the same address rules and no user name or password, refused at plan time', async () => {
    const images = [
      'https://user:secret@example.com/a.png',
      'https://[::ffff:127.0.0.1]/a.png',
      'https://[64:ff9b::a9fe:a9fe]/a.png',
    ];
    const files = Object.fromEntries(
      images.map((url, i) => [
        `prompts/i${i}.md`,
        prompt('A kite.', `model: sora-2\nimage: ${url}`),
      ]),
    );
    const root = await writeRepo(files);
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map((p) => [p.file, p.field]).sort()).toEqual(
      images.map((_u, i) => [`prompts/i${i}.md`, 'image']),
    );
    for (const p of plan.problems) expect(p.fix).toMatch(/\w/);
  });
});
