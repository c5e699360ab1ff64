import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import type { CliDeps } from './cli-context.ts';
import { exitCodes } from './exit-codes.ts';
import { starterPrompt, starterWorkflow } from './init/starter-files.ts';
import { runCli } from './run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clipwright-first-hour-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Questions asked, and the answers given, by a stand-in for the terminal prompts. */
function asking(answers: { confirm?: boolean; choose?: string[] }, interactive = true) {
  const asked: string[] = [];
  const deps: Partial<CliDeps> = {
    interactive: () => interactive,
    confirm: async (message) => {
      asked.push(message);
      return answers.confirm;
    },
    choose: async ({ message }) => {
      asked.push(message);
      return answers.choose;
    },
  };
  return { asked, deps };
}

describe('clipwright init', () => {
  it('without a terminal writes all three, and a second run overwrites nothing', async () => {
    const root = join(dir, 'init-all');
    await mkdir(root);
    await writeFile(join(root, '.gitignore'), 'node_modules/\nout/');
    const { asked, deps } = asking({}, false);
    const io = testIo({ cwd: root });
    expect(await runCli(['init'], io, deps)).toBe(exitCodes.ok);
    expect(asked).toEqual([]);
    expect(await readFile(join(root, 'prompts/first-video.md'), 'utf8')).toBe(starterPrompt);
    expect(await readFile(join(root, '.github/workflows/clipwright.yml'), 'utf8')).toBe(
      starterWorkflow,
    );
    // Only the missing line is added, after a newline the file lacked.
    expect(await readFile(join(root, '.gitignore'), 'utf8')).toBe(
      'node_modules/\nout/\n# Clipwright: the videos, and its cache and journal\n.clipwright/\n',
    );
    expect(io.out()).toContain('wrote   prompts/first-video.md');

    await writeFile(join(root, 'prompts/first-video.md'), 'mine\n');
    const again = testIo({ cwd: root });
    expect(await runCli(['init'], again, deps)).toBe(exitCodes.ok);
    expect(await readFile(join(root, 'prompts/first-video.md'), 'utf8')).toBe('mine\n');
    expect(again.out()).toContain(
      'kept    prompts/first-video.md (it exists; nothing was overwritten)',
    );
    expect(again.out()).toContain('kept    .gitignore');
    expect(
      (await readFile(join(root, '.gitignore'), 'utf8')).match(/\.clipwright\//g),
    ).toHaveLength(1);
  });

  it('writes only the parts named by flags', async () => {
    const root = join(dir, 'init-flags');
    await mkdir(root);
    const io = testIo({ cwd: root });
    expect(await runCli(['init', '--gitignore'], io, asking({}, true).deps)).toBe(exitCodes.ok);
    expect(await readFile(join(root, '.gitignore'), 'utf8')).toContain('out/\n.clipwright/\n');
    expect(io.out()).not.toContain('first-video');
    await expect(readFile(join(root, 'prompts/first-video.md'))).rejects.toThrow();
  });

  it('on a terminal asks which parts, and writes only those chosen', async () => {
    const root = join(dir, 'init-ask');
    await mkdir(root);
    const { asked, deps } = asking({ choose: ['prompt'] });
    expect(await runCli(['init'], testIo({ cwd: root }), deps)).toBe(exitCodes.ok);
    expect(asked).toHaveLength(1);
    expect(await readFile(join(root, 'prompts/first-video.md'), 'utf8')).toBe(starterPrompt);
    await expect(readFile(join(root, '.gitignore'))).rejects.toThrow();
  });

  it('cancelled on a terminal writes nothing', async () => {
    const root = join(dir, 'init-cancel');
    await mkdir(root);
    const io = testIo({ cwd: root });
    expect(await runCli(['init'], io, asking({ choose: undefined }).deps)).toBe(
      exitCodes.interrupted,
    );
    expect(io.err()).toContain('nothing was written');
    await expect(readFile(join(root, 'prompts/first-video.md'))).rejects.toThrow();
  });

  it('writes a starter prompt that validates', async () => {
    const root = join(dir, 'init-valid');
    await mkdir(root);
    await runCli(['init', '--prompt'], testIo({ cwd: root }), asking({}, false).deps);
    const io = testIo({ cwd: root });
    expect(await runCli(['validate'], io)).toBe(exitCodes.ok);
    expect(io.out()).toContain('1 video in 1 file: no problem');
  });
});

describe('generate asks before spending above --confirm-above, on a terminal only', () => {
  let sim: Simulator;
  let root: string;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, timeScale: 1000 });
    root = join(dir, 'confirm');
    await mkdir(join(root, 'prompts'), { recursive: true });
    // sora-2-pro-preview, 12 s at 1080p: well above the default of 50 credits.
    await writeFile(
      join(root, 'prompts', 'boat.md'),
      '---\nmodel: sora-2-pro-preview\nduration: 12\nquality: 1080p\n---\nA paper boat. sim:seconds=1\n',
    );
  });
  afterAll(async () => {
    await sim.close();
  });

  const generate = (args: string[], deps: Partial<CliDeps>, env: Record<string, string> = {}) => {
    const io = testIo({ cwd: root, env: { EVOLINK_API_KEY: DEFAULT_API_KEY, ...env } });
    const code = runCli(
      ['generate', '--base-url', sim.url, '--regenerate', '--out', join(root, 'out'), ...args],
      io,
      { clock: sim.clock, ...deps },
    );
    return { io, code };
  };

  it('a "no" sends nothing and says how to skip the question', async () => {
    const before = sim.stats().creates;
    const { asked, deps } = asking({ confirm: false });
    const { io, code } = generate([], deps);
    expect(await code).toBe(exitCodes.interrupted);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^Make 1 video for up to [\d.]+ credits \(above 50\)\?/);
    expect(io.err()).toContain('Not started, nothing was sent');
    expect(io.err()).toContain('--yes');
    expect(sim.stats().creates).toBe(before);
  });

  it('a "yes" runs', async () => {
    const before = sim.stats().creates;
    const { asked, deps } = asking({ confirm: true });
    expect(await generate([], deps).code).toBe(exitCodes.ok);
    expect(asked).toHaveLength(1);
    expect(sim.stats().creates).toBe(before + 1);
  });

  it('--yes, a higher --confirm-above or CLIPWRIGHT_CONFIRM_ABOVE skip the question', async () => {
    for (const [args, env] of [
      [['--yes'], {}],
      [['--confirm-above', '100000'], {}],
      [[], { CLIPWRIGHT_CONFIRM_ABOVE: '100000' }],
    ] as const) {
      const { asked, deps } = asking({ confirm: false });
      expect(await generate([...args], deps, { ...env }).code).toBe(exitCodes.ok);
      expect(asked).toEqual([]);
    }
  });

  it('without a terminal (or in CI) never asks and never refuses', async () => {
    const { asked, deps } = asking({ confirm: false }, false);
    expect(await generate([], deps).code).toBe(exitCodes.ok);
    expect(asked).toEqual([]);
  });

  it('a bad CLIPWRIGHT_CONFIRM_ABOVE is an input error naming it', async () => {
    const { io, code } = generate([], asking({}).deps, { CLIPWRIGHT_CONFIRM_ABOVE: 'lots' });
    expect(await code).toBe(exitCodes.invalidInput);
    expect(io.err()).toContain('CLIPWRIGHT_CONFIRM_ABOVE is not a number');
  });
});

describe('every --help', () => {
  const commands = [
    'generate',
    'plan',
    'diff',
    'validate',
    'doctor',
    'status',
    'download',
    'models',
    'simulator',
    'init',
    'demo',
    'completion',
  ];
  for (const command of ['', ...commands]) {
    it(`has examples: clipwright ${command} --help`, async () => {
      const io = testIo();
      expect(await runCli([...(command ? [command] : []), '--help'], io)).toBe(exitCodes.ok);
      expect(io.out()).toMatch(new RegExp(`Examples:\\n  \\$ .*clipwright ${command}`));
    });
  }
});

describe('clipwright completion', () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    it(`${shell}: every command and its options, from the program`, async () => {
      const io = testIo();
      expect(await runCli(['completion', shell], io)).toBe(exitCodes.ok);
      const script = io.out();
      for (const word of ['generate', 'validate', 'init', 'demo', 'confirm-above', 'max-credits'])
        expect(script).toContain(word);
      // The shell parses it (when installed here).
      const file = join(dir, `completion.${shell}`);
      await writeFile(file, script);
      const check = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
      if (check.error === undefined) expect(check.stderr).toBe('');
      if (check.error === undefined) expect(check.status).toBe(0);
    });
  }

  it('refuses another shell', async () => {
    const io = testIo();
    expect(await runCli(['completion', 'tcsh'], io)).toBe(exitCodes.invalidInput);
    expect(io.err()).toContain('Allowed choices are bash, zsh, fish');
  });
});
