import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The packages as a stranger gets them: `pnpm pack` (workspace: ranges rewritten), then plain
// `npm install` of the tarballs into an empty folder (third-party dependencies come from the
// registry), then the installed `clipwright` bin on a temporary repository.
const run = promisify(execFile);
const checkout = fileURLToPath(new URL('../../..', import.meta.url));
const packages = ['catalog', 'core', 'pipeline', 'simulator', 'cli'];
const TIMEOUT = 240_000;
/** The version of /usr/bin/node when it is older than 24, else undefined. */
const oldNode = ((): string | undefined => {
  const r = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
  const version = r.status === 0 ? r.stdout.trim() : undefined;
  return version && Number(version.slice(1).split('.')[0]) < 24 ? version : undefined;
})();

/** The environment without what a parent pnpm or npm run would leak into the children. */
const env: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) {
  if (v !== undefined && !/^(EVOLINK_|INIT_CWD$|npm_|PNPM_|NODE_OPTIONS$)/i.test(k)) env[k] = v;
}

let work: string;
let tarballs: string[];
let bin: string;
let repo: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'clipwright-packed-'));
  const packs = join(work, 'tarballs');
  for (const name of packages) {
    await run('pnpm', ['pack', '--pack-destination', packs], {
      cwd: join(checkout, 'packages', name),
      env,
    });
  }
  tarballs = (await readdir(packs)).filter((f) => f.endsWith('.tgz')).map((f) => join(packs, f));
  const install = join(work, 'install');
  await mkdir(install);
  await writeFile(join(install, 'package.json'), '{ "private": true }\n');
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], {
    cwd: install,
    env,
  });
  bin = join(install, 'node_modules', '.bin', 'clipwright');
  // A new user's repository: empty; `clipwright init` fills it.
  repo = join(work, 'repo');
  await mkdir(repo);
}, TIMEOUT);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function clipwright(args: string[], extra: Record<string, string> = {}) {
  return run(bin, args, { cwd: repo, env: { ...env, ...extra } });
}

describe('the packed packages, installed with npm', () => {
  it('hold built dist, a LICENSE and a README, and no test helper or test', async () => {
    expect(tarballs).toHaveLength(packages.length);
    for (const tarball of tarballs) {
      const { stdout } = await run('tar', ['tzf', tarball]);
      const files = stdout.split('\n').filter(Boolean);
      expect(files, tarball).toContain('package/LICENSE');
      expect(files, tarball).toContain('package/README.md');
      // The entry its package.json names is in the tarball (the catalog's is dist/src/index.js,
      // beside dist/data/).
      const { stdout: pkgJson } = await run('tar', ['xzf', tarball, '-O', 'package/package.json']);
      const entry = (JSON.parse(pkgJson) as { exports: { '.': { default: string } } }).exports['.']
        .default;
      expect(files, tarball).toContain(`package/${entry.replace(/^\.\//, '')}`);
      expect(
        files.filter((f) => /(^|\/)test-[^/]*$|\.test\.(ts|js|d\.ts)$/.test(f)),
        tarball,
      ).toEqual([]);
      const { stdout: manifest } = await run('tar', ['xzf', tarball, '-O', 'package/package.json']);
      expect(manifest, tarball).not.toContain('workspace:');
    }
  });

  it(
    "a new user's path: --version, init, demo, validate, plan, doctor and generate against `clipwright simulator`",
    async () => {
      const pkg = JSON.parse(
        await readFile(join(checkout, 'packages/cli/package.json'), 'utf8'),
      ) as { version: string };
      expect((await clipwright(['--version'])).stdout.trim()).toBe(pkg.version);
      expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node')).toBe(true);

      // init without a terminal: all three parts, each said; nothing asked.
      const init = await clipwright(['init']);
      expect(init.stdout).toContain('wrote   prompts/first-video.md');
      expect(init.stdout).toContain('wrote   .gitignore: out/ .clipwright/');
      expect(init.stdout).toContain('wrote   .github/workflows/clipwright.yml');
      expect(await readFile(join(repo, '.gitignore'), 'utf8')).toContain('out/\n.clipwright/\n');
      expect(await readFile(join(repo, '.github/workflows/clipwright.yml'), 'utf8')).toContain(
        'uses: clipwright/clipwright/action@v1',
      );
      expect((await clipwright(['init'])).stdout).toContain('kept    prompts/first-video.md');

      // demo from the installed package: its own examples and simulator, no key.
      const demoDir = join(work, 'demo');
      await mkdir(demoDir);
      const demo = await run(bin, ['demo'], { cwd: demoDir, env });
      expect(demo.stderr).toContain('Clipwright demo: EvoLink simulator on http://');
      // Five examples, and the storyboard's three shots and itself: its title card is drawn with
      // the font the bundle carries in dist/fonts/ (no node_modules resolution needed).
      expect(demo.stdout).toContain('Finished with failures: 9 completed, 1 failed');
      expect(demo.stdout).toContain('Open the gallery:');
      expect(demo.stdout).not.toContain('pnpm');
      const demoOut = await readdir(join(demoDir, 'out'));
      expect(demoOut).toEqual(
        expect.arrayContaining([
          'launch-teaser.mp4',
          'release-promo.mp4',
          'release-promo.jpg',
          'index.html',
          'manifest.json',
        ]),
      );

      const validate = await clipwright(['validate']);
      expect(validate.stderr).toContain(`Root: ${repo}`);
      expect(validate.stdout).toContain('1 video in 1 file: no problem');
      const plan = await clipwright(['plan']);
      // The starter prompt sets every priced value: the estimate is exact, nothing marked.
      expect(plan.stdout).toMatch(/first-video\s+sora-2-pro-preview\s+4s\s+16:9\s+720p\s+[\d.]+\s/);
      expect(plan.stdout).not.toContain('^');
      expect(plan.stdout).toContain('Dry run: nothing was sent.');

      // Help and completion from the bundle.
      expect((await clipwright(['generate', '--help'])).stdout).toContain('Examples:');
      expect((await clipwright(['completion', 'bash'])).stdout).toContain('complete -o filenames');

      const sim = spawn(bin, ['simulator', '--port', '0', '--time-scale', '1000', '--json'], {
        cwd: repo,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const listening = await new Promise<{ url: string; apiKey: string }>((done, fail) => {
          let out = '';
          sim.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            const line = out.split('\n')[0];
            if (out.includes('\n') && line) done(JSON.parse(line));
          });
          sim.once('exit', (code) => fail(new Error(`simulator exited ${code}: ${out}`)));
        });
        const key = { EVOLINK_API_KEY: listening.apiKey, EVOLINK_BASE_URL: listening.url };
        const doctor = await clipwright(['doctor'], key);
        expect(doctor.stdout).toContain(`API:      ${listening.url} answers`);
        expect(doctor.stdout).toContain('Key:      accepted');
        expect(doctor.stdout).toMatch(/Plan: {5}1 video, about [\d.]+ credits\n/);
        const generate = await clipwright(['generate', '--quiet'], key);
        expect(generate.stderr).toBe('');
        const out = await readdir(join(repo, 'out'));
        // first-video.jpg (the poster) is there only when ffmpeg is on the PATH.
        const posters = out.filter((name) => name.endsWith('.jpg'));
        expect(posters.every((name) => name === 'first-video.jpg')).toBe(true);
        expect(out.filter((name) => !posters.includes(name)).sort()).toEqual([
          'first-video.mp4',
          'index.html',
          'manifest.json',
        ]);
      } finally {
        sim.kill('SIGTERM');
      }
    },
    TIMEOUT,
  );

  // The system's Node.js at /usr/bin/node, when it is older than 24 (Node 20 on this machine's
  // image); elsewhere the test is reported as skipped, with this name.
  it.skipIf(oldNode === undefined)(
    'on a Node.js older than engines (/usr/bin/node): one clear line, no SyntaxError',
    async () => {
      const old = '/usr/bin/node';
      const version = oldNode as string;
      const result = await run(old, [bin, 'validate'], { cwd: repo, env }).then(
        () => ({ code: 0, stderr: '' }),
        (err: { code: number; stderr: string }) => err,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `clipwright needs Node.js 24 or newer (engines ">=24"), and this is Node.js ${version.slice(1)}: install Node.js 24 (https://nodejs.org, or e.g. \`nvm install 24\`) and run it again.\n`,
      );
    },
    TIMEOUT,
  );
});
