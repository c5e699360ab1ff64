import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from './exit-codes.ts';
import { examplesDir } from './run-demo.ts';

// The real binary, as `pnpm clipwright` runs it: exit codes and terminal handling are
// properties of the process, so these tests spawn it.
const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));
const TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The parent's environment without anything that would change the CLI's behaviour. */
function baseEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(EVOLINK_|NO_COLOR$|FORCE_COLOR$|CLIPWRIGHT_)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

function start(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; tty?: boolean } = {},
): ChildProcess {
  const argv = [process.execPath, '--conditions=source', bin, ...args];
  const env = baseEnv(options.env ?? {});
  // `script` (util-linux) runs the command on a pseudo-terminal: a real TTY for both streams.
  return options.tty
    ? spawn('script', ['-qec', argv.map(shellQuote).join(' '), '/dev/null'], {
        env,
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(argv[0] ?? '', argv.slice(1), {
        env,
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
}

function finish(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function run(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; tty?: boolean } = {},
): Promise<Run> {
  return finish(start(args, options));
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

let sim: Simulator;
let dir: string;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
  dir = await mkdtemp(join(tmpdir(), 'clipwright-process-'));
  await writeFile(
    join(dir, 'bad.prompt.md'),
    '---\nmodel: sora-2-beta-max\nduraton: 10\n---\nA fox.\n',
  );
});
afterAll(async () => {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

describe('clipwright as a process', () => {
  it('--help exits 0', { timeout: TIMEOUT }, async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(exitCodes.ok);
    expect(r.stdout).toContain('Usage: clipwright');
  });

  it('validate exits 2 with located problems', { timeout: TIMEOUT }, async () => {
    const r = await run(['validate', '--root', dir]);
    expect(r.code).toBe(exitCodes.invalidInput);
    expect(r.stderr).toMatch(/bad\.prompt\.md:3:1 duraton: .*did you mean/);
  });

  it('generate without EVOLINK_API_KEY exits 3 with a message and no stack trace', {
    timeout: TIMEOUT,
  }, async () => {
    const r = await run(['generate', '--root', examplesDir, '--out', join(dir, 'none')]);
    expect(r.code).toBe(exitCodes.notConfigured);
    expect(r.stderr).toContain('EVOLINK_API_KEY is not set');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('colours on a terminal, not in a pipe, not with NO_COLOR', { timeout: TIMEOUT }, async () => {
    const args = ['validate', '--root', examplesDir];
    const pipe = await run(args);
    expect(pipe.code).toBe(0);
    expect(pipe.stdout).toMatch(/✔ 6 videos/);
    expect(pipe.stdout).not.toContain('\u001b[');
    const tty = await run(args, { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toContain('\u001b[32m✔');
    const noColor = await run(args, { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toMatch(/✔ 6 videos/);
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('generate prints plain lines in a pipe and progress bars on a terminal', {
    timeout: TIMEOUT,
  }, async () => {
    const env = { EVOLINK_API_KEY: DEFAULT_API_KEY };
    const root = await mkdtemp(join(dir, 'one-'));
    await writeFile(
      join(root, 'launch-teaser.prompt.md'),
      '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA paper boat on a pond. sim:seconds=20\n',
    );
    // --yes: on a terminal a run above the confirmation threshold would ask first.
    const common = ['generate', '--yes', '--root', root, '--base-url', sim.url];
    const pipe = await run(
      [...common, '--out', join(dir, 'pipe'), '--state-dir', join(dir, 'state-pipe')],
      { env },
    );
    expect(pipe.code).toBe(exitCodes.ok);
    expect(pipe.stderr).toMatch(/^created launch-teaser task-unified-/m);
    expect(pipe.stderr).toMatch(/^completed launch-teaser /m);
    expect(pipe.stdout).toMatch(/^Done: 1 completed;/m);
    expect(pipe.stdout + pipe.stderr).not.toContain('\u001b[');

    const tty = await run(
      [...common, '--out', join(dir, 'tty'), '--state-dir', join(dir, 'state-tty')],
      { env, tty: true },
    );
    expect(tty.code).toBe(exitCodes.ok);
    expect(tty.stdout).toMatch(/launch-teaser\s+[█░]+\s+\d+%/);
    expect(tty.stdout).toContain('\u001b[32m');
    expect(tty.stdout).not.toContain(DEFAULT_API_KEY);
  });

  it('Ctrl-C exits 130 and lists the paid tasks still running', { timeout: TIMEOUT }, async () => {
    const root = await mkdtemp(join(dir, 'sigint-'));
    await writeFile(
      join(root, 'long.prompt.md'),
      '---\nmodel: sora-2-beta-max\n---\nA glacier calving, seen from a boat. sim:seconds=100000\n',
    );
    const child = start(['generate', '--base-url', sim.url, '--out', join(root, 'out')], {
      env: { EVOLINK_API_KEY: DEFAULT_API_KEY },
      cwd: root,
    });
    const result = finish(child);
    child.stderr?.on('data', (d: Buffer) => {
      if (d.toString().includes('created long ')) child.kill('SIGINT');
    });
    const r = await result;
    expect(r.code).toBe(exitCodes.interrupted);
    const id = /created long (task-unified-\S+)/.exec(r.stderr)?.[1];
    expect(id).toBeDefined();
    expect(r.stdout).toContain(`long  ${id}`);
    expect(r.stdout).toContain('Run the same `clipwright generate` again to resume them');
  });

  it('simulator serves until SIGTERM, then exits 0', { timeout: TIMEOUT }, async () => {
    const child = start(['simulator', '--port', '0', '--json']);
    const result = finish(child);
    const url = await new Promise<string>((done) => {
      child.stdout?.on('data', (d: Buffer) => {
        const m = /"url":"([^"]+)"/.exec(d.toString());
        if (m?.[1]) done(m[1]);
      });
    });
    const stats = (await (await fetch(`${url}/__sim/stats`)).json()) as { creates: number };
    expect(stats.creates).toBe(0);
    child.kill('SIGTERM');
    expect((await result).code).toBe(exitCodes.ok);
  });
});
