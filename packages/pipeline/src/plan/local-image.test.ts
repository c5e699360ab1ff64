import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Simulator, startSimulator } from '@clipwright/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pngBytes } from '../../test/images.ts';
import { writeRepo } from '../../test/repo.ts';
import { simClient } from '../../test/run-helpers.ts';
import { roundCredits } from '../model/credits.ts';
import { Journal } from '../run/journal.ts';
import { runPlan } from '../run/run-plan.ts';
import { runSession } from '../session/run-session.ts';
import { loadPlan } from './load-plan.ts';

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterEach(async () => {
  await sim.close();
});

const heroPrompt = (image = '../assets/hero.png', extra = '') =>
  `---\nmodel: sora-2\nimage: ${image}\n---\nThe product on a desk${extra}. sim:seconds=2\n`;

async function repoWith(files: Record<string, string | Buffer>): Promise<string> {
  const root = await writeRepo({});
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  return root;
}

async function generate(root: string, options: { concurrency?: number } = {}) {
  const plan = await loadPlan({ root });
  expect(plan.problems).toEqual([]);
  const run = await runPlan(plan, {
    client: simClient(sim),
    clock: sim.clock,
    outDir: path.join(root, 'out'),
    posters: false,
    ...options,
  });
  return { plan, run };
}

describe('repository images against the simulator', () => {
  it('one upload and one create; a second run uploads nothing and pays nothing', async () => {
    const root = await repoWith({
      'prompts/hero.md': heroPrompt(),
      'assets/hero.png': pngBytes(64, 36),
    });
    const first = await generate(root);
    expect(first.run.results.map((r) => r.status)).toEqual(['completed']);
    expect(sim.stats()).toMatchObject({ uploads: 1, creates: 1 });
    const [job] = first.plan.jobs;
    expect(job?.images).toEqual([
      expect.objectContaining({ file: 'assets/hero.png', mimeType: 'image/png' }),
    ]);
    // The create carried the simulator's own link in place of the content reference.
    expect(job?.request.image_urls).toEqual([`sha256:${job?.images?.[0]?.sha256}`]);

    const second = await generate(root);
    expect(second.plan.jobs[0]?.hash).toBe(job?.hash);
    expect(second.run.results.map((r) => r.status)).toEqual(['cached']);
    expect(second.run.credits).toBe(0);
    expect(sim.stats()).toMatchObject({ uploads: 1, creates: 1 });
  });

  it('a changed PNG makes a new video; the same image in another video is not uploaded again', async () => {
    const root = await repoWith({
      'prompts/hero.md': heroPrompt(),
      'assets/hero.png': pngBytes(64, 36),
    });
    const first = await generate(root);
    await writeFile(path.join(root, 'prompts/other.md'), heroPrompt(undefined, ' at night'));
    const both = await generate(root);
    expect(both.run.results.map((r) => [r.name, r.status])).toEqual([
      ['hero', 'cached'],
      ['other', 'completed'],
    ]);
    expect(sim.stats()).toMatchObject({ uploads: 1, creates: 2 });

    await writeFile(path.join(root, 'assets/hero.png'), pngBytes(64, 36, 200));
    const changed = await generate(root);
    expect(changed.plan.jobs[0]?.hash).not.toBe(first.plan.jobs[0]?.hash);
    expect(changed.run.results.map((r) => r.status)).toEqual(['completed', 'completed']);
    // One upload for the new content, shared by both videos.
    expect(sim.stats()).toMatchObject({ uploads: 2, creates: 4 });
  });

  it('uploads again once the remembered link no longer lives', async () => {
    const root = await repoWith({
      'prompts/hero.md': heroPrompt(),
      'assets/hero.png': pngBytes(64, 36),
    });
    await generate(root);
    // Age the remembered link: it expires within the reuse margin.
    const file = path.join(root, '.clipwright', 'journal.json');
    const journal = JSON.parse(await readFile(file, 'utf8'));
    for (const record of Object.values<{ expiresAt: number }>(journal.uploads))
      record.expiresAt = sim.clock.now() + 60_000;
    await writeFile(file, JSON.stringify(journal));
    await writeFile(path.join(root, 'prompts/other.md'), heroPrompt(undefined, ' at dawn'));
    await generate(root);
    expect(sim.stats()).toMatchObject({ uploads: 2, creates: 2 });
    const reopened = await Journal.open(path.join(root, '.clipwright'));
    const key = Object.keys(JSON.parse(await readFile(file, 'utf8')).uploads)[0] ?? '';
    expect(reopened.upload(key)?.url.startsWith(sim.url)).toBe(true);
  });

  it('an upload the Files API forgot (invalid_image_url) is uploaded again once, for free', async () => {
    const root = await repoWith({
      'prompts/hero.md': heroPrompt(),
      'assets/hero.png': pngBytes(64, 36),
    });
    await generate(root);
    // The journal still believes in the link, but the server no longer knows its file.
    const file = path.join(root, '.clipwright', 'journal.json');
    const journal = JSON.parse(await readFile(file, 'utf8'));
    for (const record of Object.values<{ url: string; fileId: string }>(journal.uploads)) {
      record.url = record.url.replace(record.fileId, 'file-forgotten-by-the-server');
      record.fileId = 'file-forgotten-by-the-server';
    }
    await writeFile(file, JSON.stringify(journal));
    const charged = sim.stats().tasks.reduce((a, t) => a + t.credits, 0);
    await writeFile(path.join(root, 'prompts/other.md'), heroPrompt(undefined, ' at dawn'));
    const { run } = await generate(root);
    expect(run.results.map((r) => [r.name, r.status])).toEqual([
      ['hero', 'cached'],
      ['other', 'completed'],
    ]);
    expect(sim.stats()).toMatchObject({ uploads: 2, creates: 2 });
    // The refused create cost nothing: only the one that made the video is charged.
    expect(run.credits).toBe(
      roundCredits(sim.stats().tasks.reduce((a, t) => a + t.credits, 0) - charged),
    );
    const after = JSON.parse(await readFile(file, 'utf8'));
    const urls = Object.values<{ url: string }>(after.uploads).map((r) => r.url);
    expect(urls).toHaveLength(1);
    expect(urls[0]).not.toContain('file-forgotten-by-the-server');
  });

  it('a manifest entry names its image relative to the manifest; a dry run uploads nothing', async () => {
    const root = await repoWith({
      'clipwright.yml':
        'videos:\n  - output: hero.mp4\n    model: sora-2\n    image: assets/hero.png\n    prompt: The product. sim:seconds=2\n',
      'assets/hero.png': pngBytes(64, 36),
    });
    const dry = await runSession({ plan: { root }, dryRun: true, outDir: path.join(root, 'out') });
    expect(dry.results.map((r) => r.status)).toEqual(['planned']);
    expect(sim.stats().requests).toBe(0);
    const { run } = await generate(root);
    expect(run.results.map((r) => r.status)).toEqual(['completed']);
    expect(sim.stats()).toMatchObject({ uploads: 1, creates: 1 });
  });
});

describe('repository images with fallbacks', () => {
  it('the image is uploaded once for the chain, and the fallback makes the video with it', async () => {
    await sim.close();
    sim = await startSimulator({
      port: 0,
      timeScale: 1000,
      unavailableModels: { 'sora-2': 'access' },
    });
    const root = await repoWith({
      'prompts/hero.md': heroPrompt().replace(
        'model: sora-2\n',
        'model: sora-2\nfallbacks: [sora-2-beta-max]\n',
      ),
      'assets/hero.png': pngBytes(64, 36),
    });
    const { plan, run } = await generate(root);
    expect(plan.jobs[0]?.chain?.map((m) => m.request.image_urls)).toEqual([
      [`sha256:${plan.jobs[0]?.images?.[0]?.sha256}`],
      [`sha256:${plan.jobs[0]?.images?.[0]?.sha256}`],
    ]);
    expect(run.results.map((r) => [r.status, r.model])).toEqual([['completed', 'sora-2-beta-max']]);
    expect(sim.stats()).toMatchObject({ uploads: 1, creates: 1 });
  });
});

describe('a refused upload', () => {
  it('fails only its video, costs nothing, and says nothing about the model', async () => {
    await sim.close();
    sim = await startSimulator({ port: 0, timeScale: 1000, files: { quota: 0 } });
    const root = await repoWith({
      'prompts/hero.md': heroPrompt(),
      'prompts/plain.md': '---\nmodel: sora-2\n---\nNo image here. sim:seconds=2\n',
      'assets/hero.png': pngBytes(64, 36),
    });
    // One at a time: the refused upload comes first, and must not stop the next create.
    const { run } = await generate(root, { concurrency: 1 });
    expect(run.results.map((r) => [r.name, r.status])).toEqual([
      ['hero', 'failed'],
      ['plain', 'completed'],
    ]);
    expect(run.results[0]?.error?.message).toMatch(/403.*File quota exhausted/);
    expect(run.results[0]?.credits).toBe(0);
    expect(sim.stats()).toMatchObject({ uploads: 0, creates: 1 });
  });
});

describe('repository images refused at validate time, nothing sent', () => {
  const cases: [string, Record<string, string | Buffer>, RegExp][] = [
    [
      'a text file named .png',
      { 'assets/hero.png': 'not an image at all' },
      /"\.\.\/assets\/hero\.png" is not a PNG, JPEG or WebP image \(read from its content/,
    ],
    [
      'a GIF',
      { 'assets/hero.png': Buffer.from('GIF89a\x40\x00\x24\x00\x00\x00\x00;', 'latin1') },
      /is a GIF image/,
    ],
    [
      'an image over 10 MB',
      { 'assets/hero.png': Buffer.concat([pngBytes(64, 36), Buffer.alloc(10 * 1024 * 1024)]) },
      /is 10485\d+ bytes, over the API's limit of 10485760 bytes/,
    ],
    ['a missing image', {}, /does not exist \(looked for assets\/hero\.png/],
  ];
  for (const [name, files, message] of cases) {
    it(name, async () => {
      const root = await repoWith({ 'prompts/hero.md': heroPrompt(), ...files });
      const plan = await loadPlan({ root });
      expect(plan.jobs).toEqual([]);
      expect(plan.problems).toEqual([
        expect.objectContaining({ file: 'prompts/hero.md', line: 3, column: 8, field: 'image' }),
      ]);
      expect(plan.problems[0]?.message).toMatch(message);
      expect(plan.problems[0]?.fix).not.toBe('');
    });
  }

  it('a path out of the root, and a symlink whose real path leaves it or enters .git', async () => {
    const outside = await repoWith({ 'secret.png': pngBytes(8, 8) });
    const root = await repoWith({
      'prompts/up.md': heroPrompt('../../outside.png'),
      'prompts/link.md': heroPrompt('../assets/link.png'),
      'prompts/git.md': heroPrompt('../assets/git.png'),
      '.git/logo.png': pngBytes(8, 8),
    });
    await symlink(path.join(outside, 'secret.png'), path.join(root, 'assets/link.png')).catch(
      async () => {
        await mkdir(path.join(root, 'assets'));
        await symlink(path.join(outside, 'secret.png'), path.join(root, 'assets/link.png'));
      },
    );
    await symlink(path.join(root, '.git/logo.png'), path.join(root, 'assets/git.png'));
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      ['prompts/git.md', 3, 'image', expect.stringMatching(/is a symlink into \.git\//)],
      [
        'prompts/link.md',
        3,
        'image',
        expect.stringMatching(/is a symlink to a file outside the repository/),
      ],
      ['prompts/up.md', 3, 'image', expect.stringMatching(/is outside the repository/)],
    ]);
  });

  it("the model's image rules: none taken, or not of the aspect ratio", async () => {
    const root = await repoWith({
      'prompts/kling.md':
        '---\nmodel: kling-v3-text-to-video\nimage: ../assets/hero.png\n---\nA scene.\n',
      'prompts/preview.md':
        '---\nmodel: sora-2-preview\naspect_ratio: "9:16"\nimage: ../assets/hero.png\n---\nA scene.\n',
      'assets/hero.png': pngBytes(64, 36),
    });
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['prompts/kling.md', 3, 'image'],
      ['prompts/preview.md', 4, 'image'],
    ]);
    expect(plan.problems[1]?.message).toMatch(
      /is 64x36, but sora-2-preview needs an image of the aspect ratio 9:16 exactly/,
    );
    expect(sim.stats().requests).toBe(0);
  });
});
