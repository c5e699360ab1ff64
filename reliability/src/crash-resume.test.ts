import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { cliBin, planChild, startNode } from './child-process.ts';
import { endState, journalWhere, prompt, readJournal, writeRepo } from './scenario.ts';

const SCALE = 1000;
let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const env = { EVOLINK_API_KEY: DEFAULT_API_KEY };

async function expectCleanOut(root: string) {
  const state = await endState(path.join(root, 'out'), path.join(root, '.clipwright'));
  expect(state).toMatchObject({ strays: [], unlisted: [], missing: [], temp: [] });
  expect(sim?.stats().duplicatePaidBodies).toBe(0);
  return state;
}

describe('the process killed mid-run, then started again', { timeout: 30_000 }, () => {
  it('pipeline: SIGKILL after the first create is journaled; the re-run resumes that task and creates nothing', async () => {
    sim = await startSimulator({ port: 0, timeScale: SCALE });
    const root = await writeRepo({
      'prompts/a.md': prompt('A harbour at dawn.').replace('sim:seconds=2', 'sim:seconds=600'),
    });
    const first = startNode(planChild, [root, sim.url, String(SCALE)], env);
    const line = await first.line(/^created /);
    first.process.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');
    const taskId = line.slice('created '.length);
    const [entry] = Object.values(await readJournal(path.join(root, '.clipwright')));
    expect(entry).toMatchObject({ taskId, attempt: 1 });
    expect(sim.stats().creates).toBe(1);

    const second = startNode(planChild, [root, sim.url, String(SCALE)], env);
    const done = await second.exit;
    expect(done.stdout).toContain('done {"completed":1,');
    expect(done.stdout).not.toContain('created ');
    expect(sim.stats().creates).toBe(1);
    const state = await expectCleanOut(root);
    expect(state.manifest.videos[0]).toMatchObject({ status: 'completed', taskId });
    expect(await readJournal(path.join(root, '.clipwright'))).toEqual({});
  });

  it('pipeline: SIGKILL while the create is in flight (intent journaled, no task id); the re-run replays the key and pays once', async () => {
    sim = await startSimulator({
      port: 0,
      timeScale: SCALE,
      faults: { rules: [{ on: 'create', fault: 'slow-headers', at: [1], delayMs: 600_000 }] },
    });
    const root = await writeRepo({ 'prompts/a.md': prompt('A quiet street.') });
    const stateDir = path.join(root, '.clipwright');
    await mkdir(stateDir, { recursive: true });
    const intent = journalWhere(stateDir, (e) =>
      Object.values(e).some((x) => x.key !== undefined && x.taskId === undefined),
    );
    const first = startNode(planChild, [root, sim.url, String(SCALE)], env);
    await intent;
    // Simulated-time polling: kill only once the server holds the request.
    while (sim.stats().faults['slow-headers'] !== 1) await sim.clock.sleep(5_000);
    first.process.kill('SIGKILL');
    await first.exit;
    const second = startNode(planChild, [root, sim.url, String(SCALE)], env);
    const done = await second.exit;
    expect(done.stdout).toContain('done {"completed":1,');
    await sim.clock.sleep(700_000); // simulated: the slow first create wakes and is replayed too
    expect(sim.stats().creates).toBe(1);
    expect(sim.stats().idempotentReplays).toBeGreaterThanOrEqual(1);
    await expectCleanOut(root);
  });

  it('CLI: SIGKILL after the first create is journaled; `clipwright generate` again resumes it and creates nothing', async () => {
    sim = await startSimulator({ port: 0, timeScale: SCALE });
    const root = await writeRepo({
      'prompts/a.md': prompt('A slow boat.').replace('sim:seconds=2', 'sim:seconds=20'),
    });
    const args = [
      'generate',
      '--root',
      root,
      '--out',
      path.join(root, 'out'),
      '--json',
      '--base-url',
      sim.url,
    ];
    const first = startNode(cliBin, args, env);
    const line = await first.line(/"type":"created"/);
    first.process.kill('SIGKILL');
    await first.exit;
    const { taskId } = JSON.parse(line) as { taskId: string };
    expect(sim.stats().creates).toBe(1);
    const [entry] = Object.values(await readJournal(path.join(root, '.clipwright')));
    expect(entry?.taskId).toBe(taskId);

    const done = await startNode(cliBin, args, env).exit;
    expect(done.code).toBe(0);
    expect(done.stdout).not.toContain('"type":"created"');
    expect(sim.stats().creates).toBe(1);
    const state = await expectCleanOut(root);
    expect(state.manifest.videos[0]).toMatchObject({ status: 'completed', taskId });
  });
});
