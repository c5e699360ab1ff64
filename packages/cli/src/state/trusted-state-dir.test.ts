import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../../../pipeline/test/git-repo.ts';
import { testIo } from '../../test/test-io.ts';
import { runCli } from '../run-cli.ts';
import { trustedStateDir, userStateDir } from './trusted-state-dir.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterAll(async () => {
  await sim.close();
});

const prompt = '---\nmodel: sora-2-beta-max\n---\nA lighthouse at dusk. sim:seconds=1\n';

async function repo(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'clipwright-state-trust-'));
  await mkdir(join(root, 'prompts'));
  await writeFile(join(root, 'prompts', 'a.md'), prompt);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'prompts');
  return root;
}

describe('state committed to the repository', () => {
  it('is not used: the run warns, keeps its state in the user’s own folder, and asks for its own video again', async () => {
    const root = await repo();
    const xdg = await mkdtemp(join(tmpdir(), 'clipwright-xdg-'));
    const env = { EVOLINK_API_KEY: DEFAULT_API_KEY, XDG_STATE_HOME: xdg };
    const generate = async () => {
      const io = testIo({ env, cwd: root });
      const code = await runCli(['generate', '--base-url', sim.url], io, { clock: sim.clock });
      return { code, err: io.err() };
    };
    // Create requests: paid ones and those the server's idempotency store answered (a create
    // with the same key as an earlier run's, which a run without that run's state sends).
    const creates = () => sim.stats().creates + sim.stats().idempotentReplays;
    const start = creates();
    // First run: the state folder is this machine's own (untracked): the video is made once.
    expect((await generate()).code).toBe(0);
    expect(creates() - start).toBe(1);
    // The state folder gets committed (as a clone of someone's repository would bring it).
    git(root, 'add', '-f', '.clipwright');
    git(root, 'commit', '-q', '-m', 'state');
    await rm(join(root, 'out'), { recursive: true, force: true });
    const second = await generate();
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/\.clipwright holds files committed to git \(\.clipwright\//);
    expect(second.err).toContain(userStateDir(root, env));
    // Its cache and journal were not used: the video was asked for again, under the run's own state.
    expect(creates() - start).toBe(2);
    // The user's own state folder is trusted: the next run reuses it and pays nothing.
    await rm(join(root, 'out'), { recursive: true, force: true });
    expect((await generate()).code).toBe(0);
    expect(creates() - start).toBe(2);
  }, 60_000);

  it('an untracked state folder, or one outside git, is used as it is', async () => {
    const root = await repo();
    const io = testIo({ env: {} });
    const state = join(root, '.clipwright');
    expect(await trustedStateDir(state, root, io)).toBe(state);
    const outside = await mkdtemp(join(tmpdir(), 'clipwright-no-git-'));
    expect(await trustedStateDir(join(outside, '.clipwright'), outside, io)).toBe(
      join(outside, '.clipwright'),
    );
    expect(io.err()).toBe('');
  });
});
