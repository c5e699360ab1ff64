import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';
import { examplesDir } from './run-demo.ts';

const noClient = {
  createClient: () => {
    throw new Error('this command must not make an API client');
  },
};

let bad: string;
beforeAll(async () => {
  bad = await mkdtemp(join(tmpdir(), 'clipwright-cli-'));
  await writeFile(
    join(bad, 'teaser.prompt.md'),
    '---\nmodel: sora-2-beta-max\nduration: 8\n---\nA paper boat in the rain.\n',
  );
  await writeFile(
    join(bad, 'ok.prompt.md'),
    '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA kite.\n',
  );
});
afterAll(() => rm(bad, { recursive: true, force: true }));

describe('runCli: commands that make no API call', () => {
  it('prints help with every command and exits 0', async () => {
    const io = testIo();
    expect(await runCli(['--help'], io)).toBe(exitCodes.ok);
    for (const command of [
      'generate',
      'plan',
      'validate',
      'diff',
      'doctor',
      'status',
      'download',
      'models',
      'simulator',
    ]) {
      expect(io.out()).toContain(command);
    }
  });

  it('exits 2 on an unknown option, with a hint', async () => {
    const io = testIo();
    expect(await runCli(['plan', '--frobnicate'], io)).toBe(exitCodes.invalidInput);
    expect(io.err()).toContain("unknown option '--frobnicate'");
    expect(io.err()).toContain('clipwright plan --help');
  });

  it('exits 2 on a malformed --shard, --var or --concurrency', async () => {
    for (const args of [
      ['--shard', '3/2'],
      ['--var', 'novalue'],
      ['--concurrency', '0'],
    ]) {
      const io = testIo();
      expect(await runCli(['generate', ...args], io, noClient)).toBe(exitCodes.invalidInput);
      expect(io.err()).toMatch(/expected/);
    }
  });

  it('plan prints the jobs and the total without a client', async () => {
    const io = testIo();
    expect(await runCli(['plan', '--root', examplesDir], io, noClient)).toBe(exitCodes.ok);
    expect(io.out()).toContain('launch-teaser');
    expect(io.out()).toContain('kling-v3-text-to-video');
    expect(io.out()).toMatch(/6 videos, [\d.]+ credits estimated/);
    expect(io.out()).toContain('Dry run: nothing was sent');
  });

  it('plan --json is one JSON document with every job', async () => {
    const io = testIo();
    expect(await runCli(['plan', '--root', examplesDir, '--json'], io, noClient)).toBe(
      exitCodes.ok,
    );
    const plan = JSON.parse(io.out()) as {
      jobs: Array<{ name: string; credits: number }>;
      totalCredits: number;
    };
    expect(plan.jobs.map((j) => j.name).sort()).toEqual([
      'city-timelapse',
      'launch-teaser',
      'moderation-fail',
      'product-loop-vertical',
      'release-banner',
      'social-teaser',
    ]);
    expect(plan.totalCredits).toBeCloseTo(plan.jobs.reduce((s, j) => s + j.credits, 0));
  });

  it('plan applies --shard, --var, --tag and the default flags', async () => {
    const all = testIo();
    await runCli(['plan', '--root', examplesDir, '--json'], all, noClient);
    const total = (JSON.parse(all.out()) as { jobs: unknown[] }).jobs.length;
    let covered = 0;
    for (const k of [1, 2]) {
      const io = testIo();
      expect(
        await runCli(['plan', '--root', examplesDir, '--json', '--shard', `${k}/2`], io, noClient),
      ).toBe(0);
      covered += (JSON.parse(io.out()) as { jobs: unknown[] }).jobs.length;
    }
    expect(covered).toBe(total);

    // --var, --tag and the default flags reach the plan, below the file's own settings.
    const root = await mkdtemp(join(tmpdir(), 'clipwright-cli-flags-'));
    try {
      await writeFile(join(root, 'hello.prompt.md'), 'Hello {{ who }}, release {{ version }}.\n');
      await writeFile(join(root, 'own.prompt.md'), '---\nduration: 10\n---\nA kite.\n');
      const flags = ['--var', 'who=Ada', '--tag', 'v2.0.0', '--model', 'sora-2'];
      const io = testIo();
      const args = ['plan', '--root', root, '--json', '--duration', '15', ...flags];
      expect(await runCli(args, io, noClient)).toBe(exitCodes.ok);
      const jobs = (JSON.parse(io.out()) as { jobs: Array<{ name: string; request: object }> })
        .jobs;
      expect(jobs.find((j) => j.name === 'hello')?.request).toMatchObject({
        model: 'sora-2',
        duration: 15,
        prompt: 'Hello Ada, release 2.0.0.',
      });
      expect(jobs.find((j) => j.name === 'own')?.request).toMatchObject({
        model: 'sora-2',
        duration: 10,
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('validate warns clearly on a model the vendor catalog does not know, and on one it no longer lists', async () => {
    const root = await mkdtemp(join(tmpdir(), 'clipwright-cli-lifecycle-'));
    try {
      await writeFile(
        join(root, 'odd.prompt.md'),
        '---\nmodel: zzz-unheard-of-9000\n---\nA kite.\n',
      );
      await writeFile(join(root, 'old.prompt.md'), '---\nmodel: sora-2-beta-max\n---\nA car.\n');
      const io = testIo();
      expect(await runCli(['validate', '--root', root], io, noClient)).toBe(exitCodes.ok);
      expect(io.err()).toMatch(
        /warning odd\.prompt\.md:1: model "zzz-unheard-of-9000" is not in the vendor's catalog/,
      );
      expect(io.err()).toMatch(
        /warning old\.prompt\.md:1: model "sora-2-beta-max" is no longer listed/,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('plan shows the defaults used and marks estimates at the dearest value of an unset field', async () => {
    const root = await mkdtemp(join(tmpdir(), 'clipwright-cli-dearest-'));
    try {
      await writeFile(join(root, 'kite.prompt.md'), 'A kite.\n');
      await writeFile(join(root, 'car.prompt.md'), '---\nmodel: sora-2-pro-preview\n---\nA car.\n');
      const plain = testIo();
      expect(await runCli(['plan', '--root', root], plain, noClient)).toBe(exitCodes.ok);
      expect(plain.out()).toMatch(/^car +sora-2-pro-preview +12s\^ +1080p\^ +69\.12-345\.67\^/m);
      // No model named: the default, kling-v3-text-to-video, at its documented 5 s, 720p, sound
      // off (5.4 credits/s), an exact price.
      expect(plain.out()).toMatch(/^kite +kling-v3-text-to-video\* +5s\* +16:9\* +27\.00 /m);
      expect(plain.out()).toContain(
        '  kite: model kling-v3-text-to-video, duration 5, aspect_ratio 16:9',
      );
      expect(plain.out()).toContain('  car: duration 12, quality 1080p');

      // A flag sets the duration: it is neither a default nor priced at its dearest.
      const json = testIo();
      const args = ['plan', 'car.prompt.md', '--root', root, '--json', '--duration', '8'];
      expect(await runCli(args, json, noClient)).toBe(exitCodes.ok);
      const jobs = (
        JSON.parse(json.out()) as {
          jobs: Array<{ name: string; defaults: object; pricedAtDearest: object }>;
        }
      ).jobs;
      expect(jobs.find((j) => j.name === 'car')).toMatchObject({
        defaults: {},
        pricedAtDearest: { quality: '1080p' },
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('validate lists every problem with file:line:column, field and fix, and exits 2', async () => {
    const io = testIo();
    expect(await runCli(['validate', '--root', bad], io, noClient)).toBe(exitCodes.invalidInput);
    expect(io.err()).toMatch(/teaser\.prompt\.md:3:\d+ duration: .*10.*15.*\(fix: /);
    expect(io.err()).toContain('1 problem.');
  });

  it('validate --json reports the problems as data', async () => {
    const io = testIo();
    expect(await runCli(['validate', '--root', bad, '--json'], io, noClient)).toBe(
      exitCodes.invalidInput,
    );
    const report = JSON.parse(io.out()) as {
      valid: boolean;
      problems: Array<{ file: string; line: number; field: string }>;
    };
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ file: 'teaser.prompt.md', line: 3, field: 'duration' }),
    ]);
  });

  it('validate passes the examples', async () => {
    const io = testIo();
    expect(await runCli(['validate', '--root', examplesDir], io, noClient)).toBe(exitCodes.ok);
    expect(io.out()).toMatch(/6 videos in 5 files: no problem/);
  });

  it('exits 2 when no prompt file matches the globs', async () => {
    const io = testIo();
    expect(await runCli(['plan', '--root', bad, 'nothing/*.md'], io, noClient)).toBe(
      exitCodes.invalidInput,
    );
    expect(io.err()).toContain('No prompt file matched "nothing/*.md"');
  });

  it('generate refuses invalid prompt files before asking for a key', async () => {
    const io = testIo();
    expect(await runCli(['generate', '--root', bad], io, noClient)).toBe(exitCodes.invalidInput);
    expect(io.err()).toContain('Nothing was sent');
  });

  it('generate without EVOLINK_API_KEY is a clear error with exit 3, no stack trace', async () => {
    const io = testIo({ env: {} });
    expect(await runCli(['generate', '--root', examplesDir], io, noClient)).toBe(
      exitCodes.notConfigured,
    );
    expect(io.err()).toContain('EVOLINK_API_KEY is not set');
    expect(io.err()).not.toMatch(/\n\s+at /);
    for (const args of [
      ['status', 'task-unified-1-abcdefgh'],
      ['download', 'task-unified-1-abcdefgh'],
    ]) {
      const other = testIo({ env: {} });
      expect(await runCli(args, other, noClient)).toBe(exitCodes.notConfigured);
    }
  });

  it('models lists each model with its allowed values and defaults', async () => {
    const io = testIo();
    expect(await runCli(['models'], io, noClient)).toBe(exitCodes.ok);
    expect(io.out()).toContain('sora-2-pro-preview');
    expect(io.out()).toMatch(/duration\s+4 \| 8 \| 12/);
    expect(io.out()).toMatch(/sora-2-beta-max[\s\S]*duration\s+10 \| 15, default 10/);
    const json = testIo();
    await runCli(['models', '--json'], json, noClient);
    const { models: list } = JSON.parse(json.out()) as {
      models: Array<{ name: string; parameters: Record<string, { values?: unknown[] }> }>;
    };
    expect(list.find((m) => m.name === 'sora-2-beta-max')?.parameters.duration?.values).toEqual([
      10, 15,
    ]);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const tty = testIo({ tty: true, env: {} });
    await runCli(['validate', '--root', examplesDir], tty, noClient);
    expect(tty.out()).toContain('\u001b[');
    const noColor = testIo({ tty: true, env: { NO_COLOR: '1' } });
    await runCli(['validate', '--root', examplesDir], noColor, noClient);
    expect(noColor.out()).not.toContain('\u001b[');
    const pipe = testIo({ tty: false, env: {} });
    await runCli(['validate', '--root', examplesDir], pipe, noClient);
    expect(pipe.out()).not.toContain('\u001b[');
  });
});

describe('runCli: the API key', () => {
  it('is replaced by *** in anything printed, even an unexpected error', async () => {
    const key = 'sk-live-0123456789abcdef';
    const io = testIo({ env: { EVOLINK_API_KEY: key } });
    const code = await runCli(['status', 'task-unified-1-abcdefgh'], io, {
      createClient: () => {
        throw new Error(`could not use ${key}`);
      },
    });
    expect(code).toBe(exitCodes.internal);
    expect(io.err()).toContain('could not use ***');
    expect(io.err()).not.toContain(key);
    expect(io.err()).toContain('This is a bug in Clipwright');
  });
});
