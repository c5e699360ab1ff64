import { execFile, spawn } from 'node:child_process';
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
  repo = join(work, 'repo');
  await mkdir(join(repo, 'prompts'), { recursive: true });
  await writeFile(
    join(repo, 'prompts', 'boat.md'),
    '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA paper boat on a rain puddle.\n',
  );
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
      expect(files, tarball).toContain('package/dist/index.js');
      expect(
        files.filter((f) => /(^|\/)test-[^/]*$|\.test\.(ts|js|d\.ts)$/.test(f)),
        tarball,
      ).toEqual([]);
      const { stdout: manifest } = await run('tar', ['xzf', tarball, '-O', 'package/package.json']);
      expect(manifest, tarball).not.toContain('workspace:');
    }
  });

  it(
    'run: --version, validate, plan, and generate against `clipwright simulator`',
    async () => {
      const pkg = JSON.parse(
        await readFile(join(checkout, 'packages/cli/package.json'), 'utf8'),
      ) as { version: string };
      expect((await clipwright(['--version'])).stdout.trim()).toBe(pkg.version);
      expect((await readFile(bin, 'utf8')).startsWith('#!/usr/bin/env node')).toBe(true);

      const validate = await clipwright(['validate']);
      expect(validate.stderr).toContain(`Root: ${repo}`);
      expect(validate.stdout).toContain('1 video in 1 file: no problem');
      expect((await clipwright(['plan'])).stdout).toContain('boat');

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
        const generate = await clipwright(['generate', '--quiet'], {
          EVOLINK_API_KEY: listening.apiKey,
          EVOLINK_BASE_URL: listening.url,
        });
        expect(generate.stderr).toBe('');
        const out = await readdir(join(repo, 'out'));
        // boat.jpg (the poster) is there only when ffmpeg is on the PATH.
        const posters = out.filter((name) => name.endsWith('.jpg'));
        expect(posters.every((name) => name === 'boat.jpg')).toBe(true);
        expect(out.filter((name) => !posters.includes(name)).sort()).toEqual([
          'boat.mp4',
          'index.html',
          'manifest.json',
        ]);
      } finally {
        sim.kill('SIGTERM');
      }
    },
    TIMEOUT,
  );
});
