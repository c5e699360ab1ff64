import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashedAfterCreate } from '../../pipeline/test/crashed-run.ts';
import { type TestIo, testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';
import { examplesDir } from './run-demo.ts';

let sim: Simulator;
let dir: string;
const env = { EVOLINK_API_KEY: DEFAULT_API_KEY };

beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
  dir = await mkdtemp(join(tmpdir(), 'clipwright-generate-'));
});
afterAll(async () => {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

function generate(io: TestIo, ...args: string[]): Promise<number> {
  return runCli(['generate', '--base-url', sim.url, ...args], io, { clock: sim.clock });
}

function allOutput(io: TestIo): string {
  return io.out() + io.err();
}

describe('generate on the examples, against the simulator', () => {
  let out: string;
  let io: TestIo;
  let code: number;
  beforeAll(async () => {
    out = join(dir, 'examples-out');
    io = testIo({ env, cwd: dir });
    code = await generate(
      io,
      '--root',
      examplesDir,
      '--out',
      out,
      '--state-dir',
      join(dir, 'state-examples'),
    );
  }, 30_000);

  it('exits 1 because one video fails moderation, and says which', () => {
    expect(code).toBe(exitCodes.someFailed);
    expect(io.out()).toContain('Finished with failures: 5 completed, 1 failed');
    expect(io.out()).toMatch(/moderation-fail \(failed\): .*content_policy_violation/);
  });

  it('writes the videos, manifest.json and the gallery', async () => {
    const files = (await readdir(out)).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'city-timelapse.mp4',
        'index.html',
        'launch-teaser.mp4',
        'manifest.json',
        'product-loop-vertical.mp4',
        'release-banner.mp4',
        'social-teaser.mp4',
      ]),
    );
    expect(files).not.toContain('moderation-fail.mp4');
    const mp4 = await readFile(join(out, 'launch-teaser.mp4'));
    expect(mp4.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(io.out()).toContain('Gallery:  examples-out/index.html');
  });

  it('prints plain lines when stderr is not a terminal, without colour', () => {
    expect(io.err()).toMatch(/^planned 6 videos, about [\d.]+ credits$/m);
    expect(io.err()).toMatch(
      /^created launch-teaser task-unified-\d+-\w+ \(sora-2-pro-preview\)$/m,
    );
    expect(io.err()).toMatch(/^completed launch-teaser [\d.]+ KiB -> launch-teaser\.mp4$/m);
    expect(io.err()).toMatch(/^failed moderation-fail: .*content_policy_violation/m);
    expect(allOutput(io)).not.toContain('\u001b[');
  });

  it('never prints the API key', () => {
    expect(allOutput(io)).not.toContain(DEFAULT_API_KEY);
  });

  it('creates each video once, and a re-run creates nothing', async () => {
    const creates = sim.stats().creates;
    const again = testIo({ env, cwd: dir });
    const code2 = await generate(
      again,
      '--root',
      examplesDir,
      '--out',
      out,
      '--state-dir',
      join(dir, 'state-examples'),
    );
    expect(code2).toBe(exitCodes.someFailed);
    expect(sim.stats().creates).toBe(creates);
    expect(sim.stats().duplicatePaidBodies).toBe(0);
  });
});

describe('generate --json', () => {
  it('prints one JSON event per line and a summary with the exit code', async () => {
    const io = testIo({ env, cwd: dir });
    const code = await generate(
      io,
      '--root',
      examplesDir,
      'launch-teaser.prompt.md',
      'moderation-fail.prompt.md',
      '--out',
      join(dir, 'json-out'),
      '--state-dir',
      join(dir, 'state-json'),
      '--json',
    );
    expect(code).toBe(exitCodes.someFailed);
    const events = io
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; [k: string]: unknown });
    const types = new Set(events.map((e) => e.type));
    for (const t of ['planned', 'created', 'done', 'summary']) expect(types).toContain(t);
    const summary = events.at(-1) as {
      type: string;
      exitCode: number;
      counts: Record<string, number>;
    };
    // Just the two files named: explicit globs leave examples/clipwright.yml out.
    expect(summary).toMatchObject({
      type: 'summary',
      exitCode: 1,
      counts: { completed: 1, failed: 1 },
    });
    const failed = events.find((e) => e.type === 'done' && e.name === 'moderation-fail');
    expect(failed?.result).toMatchObject({
      status: 'failed',
      error: { code: 'content_policy_violation' },
    });
    expect(io.err()).toBe('');
  });
});

describe('generate on a terminal', () => {
  it('draws a progress bar per running video, and no colour with NO_COLOR', async () => {
    const io = testIo({ env: { ...env, NO_COLOR: '1' }, cwd: dir, tty: true });
    const code = await generate(
      io,
      '--root',
      examplesDir,
      'city-timelapse.prompt.md',
      'launch-teaser.prompt.md',
      '--out',
      join(dir, 'tty-out'),
      '--state-dir',
      join(dir, 'state-tty'),
    );
    expect(code).toBe(exitCodes.ok);
    expect(io.err()).toMatch(/city-timelapse\s+[█░]+\s+\d+%/);
    expect(io.err()).toMatch(/✔ launch-teaser\s+completed/);
    // log-update moves the cursor, but NO_COLOR means no colour codes (SGR) at all
    expect(io.err()).toContain('\u001b[');
    expect(io.err() + io.out()).not.toMatch(new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`));
  });
});

describe('Ctrl-C during generate', () => {
  it('stops creating, lists the paid tasks still running, and the next run resumes them', async () => {
    const root = join(dir, 'interrupt');
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    for (const name of ['one', 'two', 'three']) {
      await writeFile(
        join(root, `${name}.prompt.md`),
        `---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA ${name} second shot of a lighthouse. sim:seconds=400\n`,
      );
    }
    const createsBefore = sim.stats().creates;
    let created = 0;
    const io = testIo({ env, cwd: root });
    const write = io.stderr.write;
    io.stderr.write = (text: string) => {
      // Interrupt once two tasks exist: the third is never created.
      if (text.startsWith('created ') && ++created === 2) queueMicrotask(() => io.emit('SIGINT'));
      return write(text);
    };
    const code = await generate(io, '--concurrency', '2', '--out', join(root, 'out'));
    expect(code).toBe(exitCodes.interrupted);
    expect(io.err()).toContain('Ctrl-C: stopping, no new video will be started.');
    expect(sim.stats().creates - createsBefore).toBe(2);
    const ids = [...io.err().matchAll(/^created \S+ (task-unified-\S+)/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(io.out()).toContain(id);
    expect(io.out()).toContain('Run the same `clipwright generate` again to resume them');
    expect(io.out()).toContain('.clipwright remembers them');
    expect(io.listeners('SIGINT')).toBe(0);

    const resumed = testIo({ env, cwd: root });
    expect(await generate(resumed, '--concurrency', '2', '--out', join(root, 'out'))).toBe(
      exitCodes.ok,
    );
    // Only the third video is new: the two paid tasks were resumed from the journal.
    expect(sim.stats().creates - createsBefore).toBe(3);
    expect(sim.stats().duplicatePaidBodies).toBe(0);
  });
});

describe('status and download', () => {
  let completedId: string;
  let failedId: string;
  beforeAll(async () => {
    const io = testIo({ env, cwd: dir });
    await generate(
      io,
      '--root',
      examplesDir,
      'launch-teaser.prompt.md',
      'moderation-fail.prompt.md',
      '--out',
      join(dir, 'status-out'),
      '--state-dir',
      join(dir, 'state-status'),
      '--json',
    );
    const { videos: entries } = JSON.parse(
      await readFile(join(dir, 'status-out', 'manifest.json'), 'utf8'),
    ) as { videos: Array<{ name: string; taskId: string }> };
    completedId = entries.find((e) => e.name === 'launch-teaser')?.taskId ?? '';
    failedId = entries.find((e) => e.name === 'moderation-fail')?.taskId ?? '';
  }, 30_000);

  it('status shows a completed task and exits 0', async () => {
    const io = testIo({ env, cwd: dir });
    expect(await runCli(['status', completedId, '--base-url', sim.url], io)).toBe(exitCodes.ok);
    expect(io.out()).toContain(`${completedId}  completed  100%`);
    expect(io.out()).toContain('model:    sora-2-pro-preview');
    expect(io.out()).toContain(`clipwright download ${completedId}`);
  });

  it('status of a failed task shows its error and exits 1', async () => {
    const io = testIo({ env, cwd: dir });
    expect(await runCli(['status', failedId, '--base-url', sim.url, '--json'], io)).toBe(
      exitCodes.someFailed,
    );
    expect(JSON.parse(io.out())).toMatchObject({
      id: failedId,
      status: 'failed',
      error: { code: 'content_policy_violation' },
    });
  });

  it('status of an unknown task is an API error, exit 4', async () => {
    const io = testIo({ env, cwd: dir });
    expect(
      await runCli(['status', 'task-unified-1763700000-zzzzzzzz', '--base-url', sim.url], io),
    ).toBe(exitCodes.apiError);
    expect(io.err()).toMatch(/^clipwright: .*404/);
  });

  it('download saves the video and prints its size and hash', async () => {
    const io = testIo({ env, cwd: dir });
    expect(await runCli(['download', completedId, 'again.mp4', '--base-url', sim.url], io)).toBe(
      exitCodes.ok,
    );
    expect(io.out()).toMatch(/^again\.mp4 {2}[\d.]+ KiB {2}sha256 [0-9a-f]{64}\n$/);
    expect((await stat(join(dir, 'again.mp4'))).size).toBeGreaterThan(1000);
  });

  it('download of a failed task says there is no video, exit 1', async () => {
    const io = testIo({ env, cwd: dir });
    expect(await runCli(['download', failedId, '--base-url', sim.url], io)).toBe(
      exitCodes.someFailed,
    );
    expect(io.err()).toContain('there is no video to download');
    expect(existsSync(join(dir, `${failedId}.mp4`))).toBe(false);
  });
});

describe('generate --max-credits', () => {
  it('skips what does not fit the budget and exits 1', async () => {
    const root = join(dir, 'budget');
    await mkdir(root, { recursive: true });
    for (const name of ['a', 'b']) {
      await writeFile(
        join(root, `${name}.prompt.md`),
        `---\nmodel: sora-2-pro-preview\nduration: 4\nquality: 720p\n---\nShot ${name} of a windmill. sim:seconds=5\n`,
      );
    }
    const io = testIo({ env, cwd: root });
    // Published: 4 s at 720p = 69.12 credits each; 100 pays for one.
    const code = await generate(io, '--max-credits', '100', '--concurrency', '1', '--json');
    expect(code).toBe(exitCodes.someFailed);
    const summary = JSON.parse(io.out().trimEnd().split('\n').at(-1) ?? '{}') as {
      counts: Record<string, number>;
      credits: number;
    };
    expect(summary.counts).toMatchObject({ completed: 1, budget: 1 });
    expect(summary.credits).toBeLessThanOrEqual(100);
  });

  it('sends nothing for sora-2-pro-preview 12 s at 1080p (345.67 published) under --max-credits 100, and says why', async () => {
    const root = join(dir, 'budget-hd');
    await mkdir(root, { recursive: true });
    await writeFile(
      join(root, 'hd.prompt.md'),
      '---\nmodel: sora-2-pro-preview\nduration: 12\nquality: 1080p\n---\nA windmill.\n',
    );
    const io = testIo({ env, cwd: root });
    const code = await generate(io, '--max-credits', '100');
    expect(code).toBe(exitCodes.someFailed);
    expect(io.out() + io.err()).toMatch(
      /needs 345\.67 credits, more than the run's maxCredits \(100\)/,
    );
    expect(
      sim.stats().tasks.filter((t) => t.model === 'sora-2-pro-preview' && t.credits > 300),
    ).toEqual([]);
  });

  it('refuses a model without a published price under --max-credits (exit 2, nothing sent) until a per-video price is stated', async () => {
    const root = join(dir, 'unpriced');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'u.prompt.md'), '---\nmodel: sora-2\nduration: 10\n---\nA kite.\n');
    const before = sim.stats().creates;
    const io = testIo({ env, cwd: root });
    expect(await generate(io, '--max-credits', '500')).toBe(exitCodes.invalidInput);
    expect(io.out() + io.err()).toMatch(
      /u\.prompt\.md:1:1 model: sora-2 has no published price.*--max-credits-per-video/,
    );
    expect(sim.stats().creates).toBe(before);
  });
});

describe('status --wait', () => {
  it('follows a task to the end', async () => {
    const root = join(dir, 'wait');
    await mkdir(root, { recursive: true });
    await writeFile(
      join(root, 'w.prompt.md'),
      '---\nmodel: sora-2-beta-max\n---\nA hot-air balloon at dawn. sim:seconds=600\n',
    );
    // Create the task, then stop waiting at once (Ctrl-C), and follow it with status --wait.
    const io = testIo({ env, cwd: root });
    const write = io.stderr.write;
    io.stderr.write = (text: string) => {
      if (text.startsWith('created ')) queueMicrotask(() => io.emit('SIGINT'));
      return write(text);
    };
    expect(await generate(io)).toBe(exitCodes.interrupted);
    const id = /created w (task-unified-\S+)/.exec(io.err())?.[1] ?? '';
    const waiting = testIo({ env, cwd: root });
    const code = await runCli(['status', id, '--wait', '--base-url', sim.url], waiting, {
      clock: sim.clock,
    });
    expect(code).toBe(exitCodes.ok);
    expect(waiting.out()).toContain(`${id}  completed  100%`);
    expect(waiting.err()).toMatch(/processing \d+%/);
  });
});

describe('generate: the run session through the CLI', () => {
  async function promptsRoot(names: string[]): Promise<string> {
    const root = await mkdtemp(join(dir, 'session-'));
    await mkdir(join(root, 'prompts'));
    for (const n of names)
      await writeFile(
        join(root, 'prompts', `${n}.md`),
        `---\nmodel: sora-2-beta-max\n---\nA scene called ${n}. sim:seconds=1\n`,
      );
    return root;
  }

  it('a wrong key: exit 3, one message naming EVOLINK_API_KEY, at most one create reached the server', async () => {
    const root = await promptsRoot(['a', 'b', 'c']);
    // The catalog's reads (free, keyless: prices and health) aside.
    const keyed = () => {
      const { requests, catalog } = sim.stats();
      return requests - catalog.served - catalog.notModified;
    };
    const before = keyed();
    const io = testIo({ env: { EVOLINK_API_KEY: 'sk-wrong' }, cwd: root });
    // The default concurrency (4): the creates wait for the first to prove the key.
    const code = await generate(io, '--out', 'out');
    expect(code).toBe(exitCodes.notConfigured);
    expect(keyed() - before).toBe(1);
    expect(io.out().match(/EVOLINK_API_KEY/g)).toHaveLength(1);
  });

  it('the closing line shows the credits of manifest.json and the gallery header', async () => {
    const root = await promptsRoot(['a', 'b']);
    const io = testIo({ env, cwd: root });
    expect(await generate(io, '--out', 'out')).toBe(exitCodes.ok);
    const manifest = JSON.parse(await readFile(join(root, 'out', 'manifest.json'), 'utf8'));
    expect(manifest.credits).toBeGreaterThan(0);
    expect(io.out()).toContain(`; ${manifest.credits} credits spent in`);
    const html = await readFile(join(root, 'out', 'index.html'), 'utf8');
    expect(html).toContain(`Credits used: ${manifest.credits}.`);
  });

  it('--tag version-2 and vNext keep the tag as {{ version }}; v1.2 gives 1.2', async () => {
    const root = await mkdtemp(join(dir, 'tag-'));
    await writeFile(join(root, 'r.prompt.md'), 'Release {{ version }}.\n');
    for (const [tag, version] of [
      ['version-2', 'version-2'],
      ['vNext', 'vNext'],
      ['v1.2', '1.2'],
    ]) {
      const io = testIo({ env, cwd: root });
      expect(await runCli(['plan', '--json', '--tag', tag as string], io)).toBe(exitCodes.ok);
      expect(io.out()).toContain(`Release ${version}.`);
    }
  });

  it('the dry run (plan): the valid video listed, the invalid one with its problem, nothing sent', async () => {
    const root = await promptsRoot(['a']);
    await writeFile(join(root, 'prompts', 'bad.md'), '---\nduration: soon\n---\nBad.\n');
    const before = sim.stats().requests;
    const table = testIo({ env: {}, cwd: root });
    expect(await runCli(['plan'], table)).toBe(exitCodes.invalidInput);
    expect(table.out()).toMatch(/^a +sora-2-beta-max +10s/m);
    expect(table.out()).toContain(
      '1 video, 5.76 credits estimated (0.08 USD, at the high end) (1 invalid)',
    );
    expect(table.out()).toMatch(/prompts\/bad\.md:2:\d+ duration/);
    expect(table.out()).not.toMatch(/completed/);
    const json = testIo({ env: {}, cwd: root });
    expect(await runCli(['plan', '--json'], json)).toBe(exitCodes.invalidInput);
    const plan = JSON.parse(json.out()) as { jobs: unknown[]; invalid: Array<{ name: string }> };
    expect(plan.jobs).toHaveLength(1);
    expect(plan.invalid.map((i) => i.name)).toEqual(['bad']);
    expect(sim.stats().requests).toBe(before);
  });

  it('credits agree with a replay and a refunded task: closing line, manifest.json, gallery, the charge', async () => {
    // Names of their own: the same prompt (so the same idempotency key) as another test's
    // would be replayed from that test's task on this shared simulator.
    const root = await promptsRoot(['credits-a', 'credits-b']);
    await writeFile(
      join(root, 'prompts', 'credits-c.md'),
      '---\nmodel: sora-2-beta-max\n---\nRefused. sim:fail=content_policy_violation sim:seconds=1\n',
    );
    const stateDir = join(root, 'state');
    await crashedAfterCreate({ root, stateDir, names: ['credits-b'], sim });
    const earlier = new Set(sim.stats().tasks.map((t) => t.id));
    const io = testIo({ env, cwd: root });
    expect(await generate(io, '--out', 'out', '--state-dir', stateDir)).toBe(exitCodes.someFailed);
    const charged = sim
      .stats()
      .tasks.filter((t) => !earlier.has(t.id) && t.status === 'completed')
      .reduce((sum, t) => sum + t.credits, 0);
    expect(charged).toBeGreaterThan(0);
    const manifest = JSON.parse(await readFile(join(root, 'out', 'manifest.json'), 'utf8'));
    const byName = Object.fromEntries(
      manifest.videos.map((v: { name: string; status: string; credits: number }) => [v.name, v]),
    );
    expect(byName['credits-a'].credits).toBe(charged);
    expect(byName['credits-b']).toMatchObject({ status: 'completed', credits: 0 });
    expect(byName['credits-c']).toMatchObject({ status: 'failed', credits: 0 });
    expect(manifest.credits).toBe(charged);
    expect(io.out()).toContain(`; ${charged} credits spent in`);
    const html = await readFile(join(root, 'out', 'index.html'), 'utf8');
    expect(html).toContain(`Credits used: ${charged}.`);
  });

  it('generate over one prompt file keeps the other videos in manifest.json and index.html', async () => {
    const root = await promptsRoot(['a', 'b']);
    expect(await generate(testIo({ env, cwd: root }), '--out', 'out')).toBe(exitCodes.ok);
    const io = testIo({ env, cwd: root });
    expect(await generate(io, '--out', 'out', 'prompts/a.md')).toBe(exitCodes.ok);
    expect(io.out()).toContain('Done: 1 cached;');
    const manifest = JSON.parse(await readFile(join(root, 'out', 'manifest.json'), 'utf8'));
    expect(
      manifest.videos.map((v: { name: string; earlierRun?: true }) => [v.name, v.earlierRun]),
    ).toEqual([
      ['a', undefined],
      ['b', true],
    ]);
    const html = await readFile(join(root, 'out', 'index.html'), 'utf8');
    expect(html).toContain('b.mp4');
    expect(html).toContain('1 kept from an earlier run');
  });

  it('a journal write that fails once fails one video, and the later writes recover', async () => {
    const root = await promptsRoot(['journal-a', 'journal-b']);
    const journal = join(root, 'state', 'journal.json');
    const io = testIo({ env, cwd: root });
    // While a's task runs, a directory stands where the journal goes (EISDIR); once a has
    // failed it is gone again.
    const write = io.stderr.write;
    io.stderr.write = (text: string) => {
      if (text.startsWith('created journal-a ')) {
        rmSync(journal);
        mkdirSync(journal);
      }
      if (text.startsWith('failed journal-a')) rmSync(journal, { recursive: true });
      return write(text);
    };
    const code = await generate(
      io,
      '--out',
      'out',
      '--state-dir',
      join(root, 'state'),
      '--concurrency',
      '1',
    );
    expect(code).toBe(exitCodes.someFailed);
    expect(io.err()).toMatch(/failed journal-a: .*(EISDIR|directory)/);
    expect(io.err()).toMatch(/completed journal-b/);
    expect(JSON.parse(await readFile(journal, 'utf8'))).toMatchObject({ version: 1 });
  });
});
