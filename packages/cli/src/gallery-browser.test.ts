import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';
import { runDemo } from './run-demo.ts';

// Debian's chromium, driven by playwright-core (which never downloads a browser).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
const missing = `${executablePath} not found: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH)`;
if (!hasChromium && process.env.CI !== 'true') {
  console.warn(`gallery-browser.test.ts: skipping the browser check: ${missing}`);
}

let dir: string;
let out: string;
let server: Server | undefined;
let demoCode: number;
let demoOutput: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clipwright-demo-'));
  out = join(dir, 'out');
  const io = testIo({ cwd: dir });
  demoCode = await runDemo({ runCli, io, out, timeScale: 1000 });
  demoOutput = io.out() + io.err();
}, 60_000);

afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  await rm(dir, { recursive: true, force: true });
});

describe('the demo', () => {
  it('exits 0, with the failure on purpose explained and the gallery path', () => {
    expect(demoCode).toBe(exitCodes.ok);
    // Five examples, the storyboard's three shots and the storyboard itself.
    expect(demoOutput).toContain('Finished with failures: 9 completed, 1 failed');
    expect(demoOutput).toContain('release-promo.mp4: assembled from its 3 shots');
    expect(demoOutput).toContain('One video failing is part of the demo');
    expect(demoOutput).toContain(`Open the gallery: ${join(out, 'index.html')}`);
  });
});

describe('the gallery in headless Chromium', () => {
  it('plays every video with the duration asked for', { timeout: 60_000 }, async (ctx) => {
    if (!hasChromium) {
      if (process.env.CI === 'true') throw new Error(`CI=true and ${missing}`);
      ctx.skip(missing);
    }
    const { videos: entries } = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
      videos: Array<{
        name: string;
        status: string;
        parameters: { duration?: number };
        shots?: string[];
      }>;
    };
    const expected = entries.filter((e) => e.status === 'completed');
    expect(expected).toHaveLength(9);
    // The storyboard example: a 2 s title card, shots of 4, 4 and 8 s and a 2 s end card,
    // less four crossfades of 0.5 s.
    const seconds = (e: (typeof expected)[number]) =>
      e.shots ? 2 + 4 + 4 + 8 + 2 - 4 * 0.5 : (e.parameters.duration ?? Number.NaN);

    const url = await serve(out);
    const profile = await mkdtemp(join(dir, 'chromium-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/index.html`);
      // Page code as strings: this package's TypeScript has no DOM library.
      await page.waitForFunction(
        "[...document.querySelectorAll('video')].every((v) => v.readyState >= 1 || v.error !== null)",
        undefined,
        { timeout: 30_000 },
      );
      const videos = (await page.evaluate(`[...document.querySelectorAll('video')].map((v) => ({
        title: v.closest('article')?.querySelector('h2')?.textContent ?? '',
        readyState: v.readyState,
        duration: v.duration,
        error: v.error?.code ?? null,
      }))`)) as Array<{
        title: string;
        readyState: number;
        duration: number;
        error: number | null;
      }>;
      expect(videos).toHaveLength(expected.length);
      for (const entry of expected) {
        const video = videos.find((v) => v.title === entry.name);
        expect(video, entry.name).toMatchObject({ error: null });
        expect(video?.readyState, entry.name).toBeGreaterThanOrEqual(1);
        expect(video?.duration, entry.name).toBeCloseTo(seconds(entry), 1);
      }
      const text = await page.textContent('body');
      expect(text).toContain('content_policy_violation');

      // Every poster frame loads under the page's own Content-Security-Policy (an <img> of each
      // poster URL is held to the same img-src rule as the video's poster attribute).
      const posters = (await page.evaluate(`Promise.all(
        [...document.querySelectorAll('video[poster]')].map((v) => new Promise((done) => {
          const img = new Image();
          img.onload = () => done({ src: v.getAttribute('poster'), width: img.naturalWidth });
          img.onerror = () => done({ src: v.getAttribute('poster'), width: 0 });
          img.src = v.poster;
        })))`)) as Array<{ src: string; width: number }>;
      expect(posters).toHaveLength(expected.length);
      for (const poster of posters) expect(poster.width, poster.src).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

/** Serves `root` on loopback. Hand-written: a dozen lines, and the test must not depend on a server package. */
async function serve(root: string): Promise<string> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.mp4': 'video/mp4',
    '.jpg': 'image/jpeg',
    '.json': 'application/json',
  };
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-length': body.length,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
