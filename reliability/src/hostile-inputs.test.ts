import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '@clipwright/cli';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIo } from './recording-io.ts';
import { endState, listFiles, prompt, scenario, writeRepo } from './scenario.ts';
import { filesContaining } from './secrets-scan.ts';

/**
 * Issue 13's repository, names, files and secrets classes: a hostile or broken repository is
 * refused by `clipwright generate` with a located problem (exit 2) before any request, and
 * nothing is written to the output folder.
 */
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterAll(() => sim.close());

const token = 'ghs_checkoutTokenThatMustNotLeak0123';

async function generate(root: string, env: Record<string, string> = {}, extra: string[] = []) {
  const io = recordingIo({ cwd: root, env: { EVOLINK_API_KEY: DEFAULT_API_KEY, ...env } });
  const out = path.join(root, 'out');
  const before = sim.stats().requests;
  const code = await runCli(
    ['generate', '--root', root, '--out', out, '--base-url', sim.url, ...extra],
    io,
    {
      clock: sim.clock,
    },
  );
  return { code, err: io.err(), requests: sim.stats().requests - before, out };
}

/** Refused: exit 2, every expected `file:line` named, zero requests, no video written. */
async function expectRefused(root: string, located: string[], env?: Record<string, string>) {
  const run = await generate(root, env);
  expect(run.code, run.err).toBe(2);
  for (const at of located) expect(run.err).toContain(at);
  expect(run.requests).toBe(0);
  expect((await listFiles(run.out)).filter((f) => f.endsWith('.mp4'))).toEqual([]);
  return run;
}

describe('repository: files the repository does not own are never read', () => {
  it('a prompt symlinked to .git/config is refused and the token goes nowhere', async () => {
    const root = await writeRepo({
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: bearer ${token}\n`,
      'prompts/ok.md': prompt('A kite.'),
    });
    await symlink('../.git/config', path.join(root, 'prompts/notes.md'));
    const run = await expectRefused(root, ['prompts/notes.md:1:']);
    expect(run.err).toContain('symlink into .git/');
    expect(run.err).not.toContain(token);
    expect(await filesContaining(token, [run.out, path.join(root, '.clipwright')])).toEqual([]);
  });

  it('a prompt under a symlinked folder leading out of the repository is refused', async () => {
    const outside = await writeRepo({ 'private.md': `Leak ${token}\n` });
    const root = await writeRepo({ 'clip.prompt.md': prompt('A kite.') });
    await symlink(outside, path.join(root, 'prompts'));
    const run = await expectRefused(root, ['prompts/private.md:1:']);
    expect(run.err).toContain('outside the repository');
  });

  it('an image symlinked out of the repository is refused, never uploaded; an own image is, once', async () => {
    // A PNG's signature and header: enough for both the format check and the server.
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000040000000240802000000', 'hex');
    const outside = await writeRepo({});
    await writeFile(path.join(outside, 'private.png'), png);
    const root = await writeRepo({
      'prompts/leak.md': prompt('A kite.', 'model: sora-2\nimage: ../assets/leak.png'),
    });
    await mkdir(path.join(root, 'assets'));
    await symlink(path.join(outside, 'private.png'), path.join(root, 'assets/leak.png'));
    const uploadsBefore = sim.stats().uploads;
    const run = await expectRefused(root, ['prompts/leak.md:3:']);
    expect(run.err).toContain('image: "../assets/leak.png" is a symlink to a file outside');

    await rm(path.join(root, 'assets/leak.png'));
    await writeFile(path.join(root, 'assets/leak.png'), png);
    const made = await generate(root);
    expect(made.code, made.err).toBe(0);
    const again = await generate(root);
    expect(again.code, again.err).toBe(0);
    expect(sim.stats().uploads - uploadsBefore).toBe(1);
  });

  it('a symlinked prompt file that cannot be followed (dangling, a loop) is refused, not dropped', async () => {
    const root = await writeRepo({ 'prompts/ok.md': prompt('A kite.') });
    await symlink('../drafts/gone.md', path.join(root, 'prompts/gone.md'));
    await symlink('loop.md', path.join(root, 'prompts/loop.md'));
    const run = await expectRefused(root, ['prompts/gone.md:1:', 'prompts/loop.md:1:']);
    expect(run.err).toContain('is a symlink that points to nothing');
    expect(run.err).toContain('is a symlink that loops back on itself');
  });

  it('an output whose folder is a symlink committed inside --out: refused before it is paid, nothing written outside', async () => {
    const outside = await writeRepo({});
    const root = await writeRepo({
      'clipwright.yml': [
        'videos:',
        '  - { output: site/a.mp4, model: sora-2, prompt: One sim:seconds=2 }',
        '  - { output: b.mp4, model: sora-2, prompt: Two sim:seconds=2 }',
        '',
      ].join('\n'),
    });
    await mkdir(path.join(root, 'out'));
    await symlink(outside, path.join(root, 'out/site'));
    const creates = sim.stats().creates;
    const run = await generate(root);
    expect(run.code, run.err).toBe(1);
    expect(run.err).toMatch(/site is a symlink or not a folder/);
    expect(sim.stats().creates - creates).toBe(1);
    expect(await listFiles(outside)).toEqual([]);
    const end = await endState(run.out, path.join(root, '.clipwright'));
    expect(end.manifest.videos.map((v) => [v.name, v.status, v.error?.code])).toEqual([
      ['site/a', 'failed', 'unsafe_output'],
      ['b', 'completed', undefined],
    ]);
  });

  it('a committed symlink in the cache is not served: the video is made and paid once', async () => {
    const s = await scenario({ files: { 'prompts/clip.md': prompt('A lighthouse.') } });
    try {
      const job = s.plan.jobs[0];
      if (!job) throw new Error('no job');
      const cache = path.join(s.stateDir, 'cache');
      await mkdir(cache, { recursive: true });
      await writeFile(path.join(s.root, 'secret.txt'), token);
      await symlink(path.join(s.root, 'secret.txt'), path.join(cache, `${job.hash}.mp4`));
      const result = await s.run();
      expect(result.results.map((r) => r.status)).toEqual(['completed']);
      expect(s.sim.stats().creates).toBe(1);
      expect(await readFile(path.join(s.outDir, job.output), 'utf8')).not.toContain(token);
      const again = await s.run();
      expect(again.results.map((r) => r.status)).toEqual(['cached']);
      expect(s.sim.stats().creates).toBe(1);
      const end = await endState(s.outDir, s.stateDir);
      expect([end.strays, end.unlisted, end.missing, end.temp]).toEqual([[], [], [], []]);
    } finally {
      await s.close();
    }
  });
});

describe('names: outputs that cannot be delivered are refused before anything is paid', () => {
  const names = [
    'a\u0000b.mp4',
    `${'n'.repeat(300)}.mp4`,
    'clips/',
    'index.html/teaser.mp4',
    'manifest.json/teaser.mp4',
    'aux.mp4',
    'why?.mp4',
  ];
  for (const name of names) {
    it(JSON.stringify(name.length > 40 ? `${name.slice(0, 20)}…` : name), async () => {
      const root = await writeRepo({
        'clipwright.yml': `videos:\n  - output: ${JSON.stringify(name)}\n    model: sora-2\n    prompt: A kite.\n`,
      });
      await expectRefused(root, ['clipwright.yml:2:']);
    });
  }

  it('an output that is the folder of another, and names equal after Unicode normalisation', async () => {
    const root = await writeRepo({
      'clipwright.yml': [
        'videos:',
        '  - { output: a.mp4, model: sora-2, prompt: One }',
        '  - { output: a.mp4/b.mp4, model: sora-2, prompt: Two }',
        '  - { output: "caf\u00e9.mp4", model: sora-2, prompt: Three }',
        '  - { output: "cafe\u0301.mp4", model: sora-2, prompt: Four }',
        '',
      ].join('\n'),
    });
    await expectRefused(root, ['clipwright.yml:3:', 'clipwright.yml:5:']);
  });
});

describe('files: what is not a prompt file is refused, what is one is read as one', () => {
  it('binary content, NUL and control characters', async () => {
    const root = await writeRepo({ 'prompts/nul.md': 'A kite\u0000.\n' });
    await writeFile(
      path.join(root, 'prompts/clip.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]),
    );
    await expectRefused(root, ['prompts/clip.md:1:', 'prompts/nul.md:1:']);
  });

  it('a prompt file over the size limit', async () => {
    const root = await writeRepo({});
    await mkdir(path.join(root, 'prompts'));
    await writeFile(path.join(root, 'prompts/huge.md'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    const run = await expectRefused(root, ['prompts/huge.md:1:']);
    expect(run.err).toContain('over the limit');
  });

  it('{{ constructor }} is an unknown variable, not a function', async () => {
    const root = await writeRepo({ 'prompts/clip.md': prompt('A {{ constructor }}.') });
    const run = await expectRefused(root, ['prompts/clip.md:4:']);
    expect(run.err).toContain('unknown variable');
  });

  it('a BOM before the front matter and YAML aliases: planned and made as written', async () => {
    const s = await scenario({
      files: {
        'prompts/bom.md': `\uFEFF${prompt('A kite.')}`,
        'clipwright.yml':
          'defaults: &d\n  model: sora-2\nvideos:\n  - output: b.mp4\n    prompt: &p A boat. sim:seconds=2\n    <<: *d\n',
      },
    });
    try {
      expect(s.plan.problems).toEqual([]);
      expect(s.plan.jobs.map((j) => [j.output, j.request.model, j.request.prompt])).toEqual([
        ['b.mp4', 'sora-2', 'A boat. sim:seconds=2'],
        ['bom.mp4', 'sora-2', 'A kite. sim:seconds=2'],
      ]);
      const result = await s.run();
      expect(result.results.map((r) => r.status)).toEqual(['completed', 'completed']);
      expect(s.sim.stats().creates).toBe(2);
    } finally {
      await s.close();
    }
  });
});

describe('secrets: a variable holding the key is refused', () => {
  it('--var and vars: equal to EVOLINK_API_KEY', async () => {
    const root = await writeRepo({
      'prompts/a.md': prompt('A kite {{ k }}.'),
      'prompts/b.md': `---\nmodel: sora-2\nvars:\n  key: ${DEFAULT_API_KEY}\n---\nA boat {{ key }}.\n`,
    });
    const run = await generate(root, {}, ['--var', `k=${DEFAULT_API_KEY}`]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('prompts/a.md:1:');
    expect(run.err).toContain('prompts/b.md:4:');
    expect(run.err).toContain('holds the API key');
    expect(run.err).not.toContain(DEFAULT_API_KEY);
    expect(run.requests).toBe(0);
  });
});
