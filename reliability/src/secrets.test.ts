import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '@clipwright/cli';
import { type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStandIn } from '../../action/test/github-stand-in.ts';
import { bundlePath, parseOutputFile, runAction, runnerEnv } from '../../action/test/run-action.ts';
import { cliBin, startNode } from './child-process.ts';
import { recordingIo } from './recording-io.ts';
import { startRewritingProxy } from './rewriting-proxy.ts';
import { journalWhere, listFiles, prompt, readJournal, writeRepo } from './scenario.ts';
import { filesContaining, leakForms, withoutMaskCommand } from './secrets-scan.ts';

// Recognisable, and long enough that any accidental copy is unmistakable.
const KEY = 'sk-reliability-SECRET-4f7a9c2e1b8d';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000, apiKeys: [KEY] });
});
afterAll(() => sim.close());

const ok = prompt('A lighthouse at dusk.');
const refused = prompt('A lighthouse at dusk. sim:fail=content_policy_violation');

describe.concurrent('the API key never leaves: CLI (a subprocess with EVOLINK_API_KEY)', {
  timeout: 30_000,
}, () => {
  async function cli(files: Record<string, string>, extra: string[] = [], env = {}) {
    const root = await writeRepo(files);
    const args = [
      'generate',
      '--root',
      root,
      '--out',
      path.join(root, 'out'),
      '--base-url',
      sim.url,
      ...extra,
    ];
    return { root, args, child: startNode(cliBin, args, { EVOLINK_API_KEY: KEY, ...env }) };
  }
  async function expectNoKey(root: string, texts: string[]) {
    for (const text of texts) expect(text).not.toContain(KEY);
    expect(await filesContaining(KEY, [root])).toEqual([]);
  }

  it('success: exit 0, the key nowhere in stdout, stderr, the videos, manifest.json, index.html or the journal', async () => {
    const { root, child } = await cli({ 'prompts/a.md': ok });
    const done = await child.exit;
    expect(done.code).toBe(0);
    expect(await listFiles(path.join(root, 'out'))).toEqual([
      'a.jpg',
      'a.mp4',
      'index.html',
      'manifest.json',
    ]);
    await expectNoKey(root, [done.stdout, done.stderr]);
  });

  it('failure: a refused video exits 1 and the key is nowhere', async () => {
    const { root, child } = await cli({ 'prompts/a.md': refused });
    const done = await child.exit;
    expect(done.code).toBe(1);
    expect(done.stderr + done.stdout).toContain('content_policy_violation');
    expect(
      Object.values(await readJournal(path.join(root, '.clipwright')))[0]?.failure,
    ).toBeDefined();
    await expectNoKey(root, [done.stdout, done.stderr]);
  });

  it('crash: an unexpected error with CLIPWRIGHT_DEBUG stack traces, and the key is nowhere', async () => {
    const root = await writeRepo({ 'prompts/a.md': ok, 'out-is-a-file': 'not a folder' });
    const args = [
      'generate',
      '--root',
      root,
      '--out',
      path.join(root, 'out-is-a-file'),
      '--base-url',
      sim.url,
    ];
    const done = await startNode(cliBin, args, { EVOLINK_API_KEY: KEY, CLIPWRIGHT_DEBUG: '1' })
      .exit;
    expect(done.code).not.toBe(0);
    expect(done.stderr).toMatch(/out-is-a-file/);
    await expectNoKey(root, [done.stdout, done.stderr]);
  });

  it('crash: SIGKILL mid-run leaves a journal without the key', async () => {
    const { root, child } = await cli(
      { 'prompts/a.md': prompt('A slow tide.').replace('sim:seconds=2', 'sim:seconds=600') },
      ['--json'],
    );
    await child.line(/"type":"created"/);
    child.process.kill('SIGKILL');
    const done = await child.exit;
    expect(Object.values(await readJournal(path.join(root, '.clipwright')))[0]?.taskId).toMatch(
      /^task-/,
    );
    await expectNoKey(root, [done.stdout, done.stderr]);
  });
});

describe.concurrent('the API key never leaves: the bundled action (a subprocess with INPUT_API-KEY)', {
  timeout: 30_000,
}, () => {
  async function expectNoKey(workspace: string, texts: string[]) {
    for (const text of texts) expect(text).not.toContain(KEY);
    expect(await filesContaining(KEY, [workspace])).toEqual([]);
  }

  it('success on a release, the asset upload failing once (502) then succeeding: paid once, the asset intact, the key nowhere', async () => {
    const gh = await startGitHubStandIn({
      repository: 'acme/site',
      releases: [{ id: 7, tag_name: 'v2.0.0', draft: false }],
      failUploads: 1,
    });
    // Its own simulator, so its counters are this test's alone.
    const own = await startSimulator({ port: 0, timeScale: 1000, apiKeys: [KEY] });
    try {
      const workspace = await writeRepo({ 'prompts/launch.md': ok });
      const run = await runAction({
        workspace,
        event: {
          name: 'release',
          payload: { action: 'published', release: { tag_name: 'v2.0.0' } },
        },
        inputs: {
          'api-key': KEY,
          'base-url': own.url,
          upload: 'release',
          'release-posters': 'true',
          cache: 'false',
          'github-token': 'gh-token',
        },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(run.code).toBe(0);
      expect(run.outputs.completed).toBe('1');
      expect(own.stats()).toMatchObject({ creates: 1, duplicatePaidBodies: 0 });
      // ffmpeg is on the PATH: the poster frame goes beside the video.
      expect(gh.uploads.map((u) => [u.name, u.status])).toEqual([
        ['launch.mp4', 502],
        ['launch.mp4', 201],
        ['launch.jpg', 201],
      ]);
      const [video] = JSON.parse(run.outputs.videos ?? '[]') as Array<{ path: string }>;
      const assets = gh.releases[0]?.assets ?? [];
      expect(assets.map((a) => [a.name, a.state])).toEqual([
        ['launch.mp4', 'uploaded'],
        ['launch.jpg', 'uploaded'],
      ]);
      expect(assets[0]?.bytes.equals(await readFile(video?.path ?? ''))).toBe(true);
      expect(JSON.parse(run.outputs['release-asset-urls'] ?? '[]')).toHaveLength(2);
      expect(gh.requests.join('\n')).not.toContain(KEY);
      for (const a of assets) expect(a.bytes.includes(Buffer.from(KEY))).toBe(false);
      await expectNoKey(workspace, [
        withoutMaskCommand(run.stdout, KEY),
        run.stderr,
        run.outputText,
        run.summary,
      ]);
    } finally {
      await own.close();
      await gh.close();
    }
  });

  it('failure: a refused video fails the step and the key is nowhere', async () => {
    const workspace = await writeRepo({ 'prompts/a.md': refused });
    const run = await runAction({
      workspace,
      event: { name: 'push', payload: {} },
      inputs: { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.failed).toBe('1');
    expect(run.stdout).toMatch(/::error::.*failed: 1/);
    await expectNoKey(workspace, [
      withoutMaskCommand(run.stdout, KEY),
      run.stderr,
      run.outputText,
      run.summary,
    ]);
  });

  it('crash: SIGKILL after the task is journaled; the key is nowhere in what was written', async () => {
    const workspace = await writeRepo({
      'prompts/a.md': prompt('A slow tide.').replace('sim:seconds=2', 'sim:seconds=600'),
    });
    const { env, files, temp } = await runnerEnv({
      workspace,
      inputs: { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'false' },
    });
    // The action keeps its state in the runner's temporary folder, never in the checkout.
    const stateDir = path.join(temp, 'clipwright', 'state');
    await mkdir(stateDir, { recursive: true });
    const journaled = journalWhere(stateDir, (e) => Object.values(e).some((x) => x.taskId));
    const child = startNode(bundlePath, [], env, workspace);
    await journaled;
    child.process.kill('SIGKILL');
    const done = await child.exit;
    expect(done.signal).toBe('SIGKILL');
    const outputText = await readFile(files.output, 'utf8');
    const summary = await readFile(files.summary, 'utf8');
    expect(parseOutputFile(outputText).completed).toBeUndefined();
    await expectNoKey(workspace, [
      withoutMaskCommand(done.stdout, KEY),
      done.stderr,
      outputText,
      summary,
    ]);
  });
});

describe('the API key never lands in a file, in any form, even when the server echoes it', {
  timeout: 30_000,
}, () => {
  // Characters that JSON escapes and URL encoding changes: each form differs from the raw key.
  const ODD_KEY = 'sk-rel/"echo"+key&a\\b-9d2e7f';

  it('a server error quoting the key (raw, JSON-escaped, URL-encoded): exit 1, the key in no file and no output', async () => {
    expect(new Set(leakForms(ODD_KEY)).size).toBe(3);
    const own = await startSimulator({ port: 0, timeScale: 1000, apiKeys: [ODD_KEY] });
    // The failed task's message quotes the key as a careless server might.
    const proxy = await startRewritingProxy(own.url, (body, req) => {
      if (req.method !== 'GET' || body.status !== 'failed') return undefined;
      const error = body.error as Record<string, unknown>;
      error.message = `refused for Bearer ${ODD_KEY}; see https://status.test/?k=${encodeURIComponent(ODD_KEY)}`;
      return body;
    });
    try {
      const root = await writeRepo({ 'prompts/a.md': refused, 'prompts/b.md': ok });
      for (const json of [[], ['--json']]) {
        const io = recordingIo({ cwd: root, env: { EVOLINK_API_KEY: ODD_KEY } });
        const args = ['generate', '--root', root, '--out', path.join(root, 'out')];
        const code = await runCli([...args, '--base-url', proxy.url, ...json], io, {
          clock: own.clock,
        });
        expect(code).toBe(1);
        expect(io.out() + io.err()).toContain('refused for Bearer ***');
        for (const form of leakForms(ODD_KEY)) expect(io.out() + io.err()).not.toContain(form);
      }
      expect(proxy.rewritten()).toBeGreaterThanOrEqual(1);
      // The failure is remembered (journal), listed (manifest, gallery): all without the key.
      const journal = Object.values(await readJournal(path.join(root, '.clipwright')));
      expect(JSON.stringify(journal)).toContain('refused for Bearer ***');
      const manifest = await readFile(path.join(root, 'out', 'manifest.json'), 'utf8');
      expect(manifest).toContain('refused for Bearer ***');
      expect(await filesContaining(ODD_KEY, [root])).toEqual([]);
      // The failure is remembered: the second run sent nothing new for it, b came from the cache.
      expect(own.stats()).toMatchObject({ creates: 2, duplicatePaidBodies: 0 });
    } finally {
      await proxy.close();
      await own.close();
    }
  });
});
