import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import {
  DEFAULT_API_KEY,
  type Simulator,
  type SteppedSimulator,
  startSteppedSimulator,
} from '@clipwright/simulator';
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

/**
 * The simulator's time moves only by `advance`: a task cannot finish between a child's
 * `created` line and its SIGKILL, however slow the machine (a real clock at 1000x could).
 */
async function frozenSimulator(options: Parameters<typeof startSteppedSimulator>[0] = {}) {
  const stepped: SteppedSimulator = await startSteppedSimulator({ timeScale: SCALE, ...options });
  sim = stepped.sim;
  return { sim: stepped.sim, advance: stepped.advance };
}

/** Resolves once `condition` holds: waits for an event, asserts nothing about time. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await pause(10);
}

async function expectCleanOut(root: string) {
  const state = await endState(path.join(root, 'out'), path.join(root, '.clipwright'));
  expect(state).toMatchObject({ strays: [], unlisted: [], missing: [], temp: [] });
  expect(sim?.stats().duplicatePaidBodies).toBe(0);
  return state;
}

describe('the process killed mid-run, then started again', () => {
  it('pipeline: SIGKILL after the first create is journaled; the re-run resumes that task and creates nothing', async () => {
    const { sim, advance } = await frozenSimulator();
    const root = await writeRepo({ 'prompts/a.md': prompt('A harbour at dawn.') });
    const first = startNode(planChild, [root, sim.url, String(SCALE)], env);
    const line = await first.line(/^created /);
    first.process.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');
    const taskId = line.slice('created '.length);
    const [entry] = Object.values(await readJournal(path.join(root, '.clipwright')));
    expect(entry).toMatchObject({ taskId, attempt: 1 });
    expect(sim.stats().creates).toBe(1);
    expect(sim.stats().tasks[0]?.status).not.toBe('completed');
    advance(60_000); // the task finishes while no process waits for it

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
    const { sim, advance } = await frozenSimulator({
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
    // Kill only once the server holds the request (its time does not move until told).
    await until(() => sim.stats().faults['slow-headers'] === 1);
    first.process.kill('SIGKILL');
    await first.exit;
    const second = startNode(planChild, [root, sim.url, String(SCALE)], env);
    // The re-run's create (same key) makes the task; then time moves: the task finishes and
    // the slow first create wakes, answered as a replay.
    await until(() => sim.stats().creates === 1);
    advance(700_000);
    const done = await second.exit;
    expect(done.stdout).toContain('done {"completed":1,');
    await until(() => sim.stats().idempotentReplays >= 1);
    expect(sim.stats().creates).toBe(1);
    await expectCleanOut(root);
  });

  it('CLI: SIGKILL after the first create is journaled; `clipwright generate` again resumes it and creates nothing', async () => {
    const { sim, advance } = await frozenSimulator();
    const root = await writeRepo({ 'prompts/a.md': prompt('A slow boat.') });
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
    advance(60_000); // the task finishes while no process waits for it

    const done = await startNode(cliBin, args, env).exit;
    expect(done.code).toBe(0);
    expect(done.stdout).not.toContain('"type":"created"');
    expect(sim.stats().creates).toBe(1);
    const state = await expectCleanOut(root);
    expect(state.manifest.videos[0]).toMatchObject({ status: 'completed', taskId });
  });
});
