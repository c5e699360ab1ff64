import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodes } from '../src/exit-codes.ts';
import { runCli } from '../src/run-cli.ts';
import { testIo } from './test-io.ts';

// `--param key=value`: the caller's `params` (as the action's input and a prompt file's map).
let root: string;
const noClient = {
  createClient: () => {
    throw new Error('nothing may be sent');
  },
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'clipwright-param-flag-'));
  await writeFile(
    join(root, 'veo.prompt.md'),
    '---\nmodel: veo-3.1-fast-generate-preview\n---\nA lighthouse at dusk.\n',
  );
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = testIo({ cwd: root });
  const code = await runCli([...argv, '--root', root], io, noClient);
  return { code, io, all: io.out() + io.err() };
}

type PlanJson = { jobs: { request: Record<string, unknown> }[] };

describe('--param key=value on plan, validate and generate', () => {
  it('sets any documented field for every video, values read as YAML scalars', async () => {
    const { code, io } = await run(
      'plan',
      '--json',
      '--param',
      'seed=42',
      '--param',
      'generate_audio=false',
      '--param',
      'negative_prompt=rain, fog',
    );
    expect(code).toBe(exitCodes.ok);
    const request = (JSON.parse(io.out()) as PlanJson).jobs[0]?.request;
    expect(request).toMatchObject({
      seed: 42,
      generate_audio: false,
      negative_prompt: 'rain, fog',
    });
  });

  it('the file’s own params win over the flag, as over the action’s input', async () => {
    await writeFile(
      join(root, 'own.prompt.md'),
      '---\nmodel: veo-3.1-fast-generate-preview\nparams:\n  seed: 7\n---\nA harbour.\n',
    );
    try {
      const { code, io } = await run('plan', '--json', 'own.prompt.md', '--param', 'seed=42');
      expect(code).toBe(exitCodes.ok);
      expect((JSON.parse(io.out()) as PlanJson).jobs[0]?.request.seed).toBe(7);
    } finally {
      await rm(join(root, 'own.prompt.md'));
    }
  });

  it('a value the model refuses is a problem that names the flag as given (exit 2)', async () => {
    const bad = await run('validate', '--param', 'duration=99');
    expect(bad.code).toBe(exitCodes.invalidInput);
    expect(bad.all).toMatch(
      /veo\.prompt\.md:\d+:\d+ --param duration=99: .*\(from the caller's defaults\)/,
    );
  });

  it('a near miss of a field gets a did-you-mean', async () => {
    const typo = await run('validate', '--param', 'sed=42');
    expect(typo.code).toBe(exitCodes.invalidInput);
    expect(typo.all).toMatch(/--param sed=42: .*did you mean `seed`\?/s);
  });

  it.each([
    [
      ['--param', 'model=kling-v3-text-to-video'],
      /--param model=kling-v3-text-to-video: `model` is not a request parameter of the model: set the model outside `params`/,
    ],
    [
      ['--param', 'duration=8', '--duration', '4'],
      /--param duration=8: `duration` is given twice, as --param and as its own flag: keep one/,
    ],
    [
      ['--param', 'seed'],
      /expected key=value with a request field as the key, e.g. --param seed=42/,
    ],
    [['--param', 'seed='], /the value of seed is empty/],
    [['--param', 'image_urls=[a, b]'], /the value of image_urls must be one value/],
    [
      ['--param', 'seed=1', '--param', 'seed=2'],
      /seed is given twice: keep one --param seed=\.\.\./,
    ],
  ])('refuses %j before anything is read or sent (exit 2)', async (args, message) => {
    const { code, all } = await run('validate', ...args);
    expect(code).toBe(exitCodes.invalidInput);
    expect(all).toMatch(message);
  });

  it('generate sends nothing for a bad one', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const io = testIo({ env: { EVOLINK_API_KEY: DEFAULT_API_KEY }, cwd: root });
      const code = await runCli(
        [
          'generate',
          '--base-url',
          sim.url,
          '--root',
          root,
          '--out',
          join(root, 'out'),
          '--state-dir',
          join(root, 'state'),
          '--param',
          'duration=99',
        ],
        io,
        { clock: sim.clock },
      );
      expect(code).toBe(exitCodes.invalidInput);
      expect(io.out() + io.err()).toContain('--param duration=99: ');
      expect(sim.stats().requests).toBe(0);
    } finally {
      await sim.close();
    }
  });

  it('is in the --help of plan, validate and generate', async () => {
    for (const command of ['plan', 'validate', 'generate']) {
      const io = testIo({ cwd: root });
      await runCli([command, '--help'], io, noClient);
      expect(io.out()).toMatch(/--param <key=value>/);
    }
  });
});
