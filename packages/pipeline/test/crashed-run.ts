import { createClient } from '@clipwright/core';
import { DEFAULT_API_KEY, type Simulator } from '@clipwright/simulator';
import { loadPlan } from '../src/plan/load-plan.ts';
import { idempotencyKey } from '../src/run/create-task.ts';
import { Journal } from '../src/run/journal.ts';

/**
 * The state an earlier run of `root` leaves when it crashes after the create of each of
 * `names` reached the server and before the task id was journaled: the journal in
 * `stateDir` holds the intent (attempt 1 and its key), the simulator the paid task. The next
 * run's create under that key is a replay: paid by the crashed run, not by the next one.
 */
export async function crashedAfterCreate(o: {
  root: string;
  stateDir: string;
  names: string[];
  sim: Simulator;
}): Promise<void> {
  const plan = await loadPlan({ root: o.root });
  const journal = await Journal.open(o.stateDir);
  const client = createClient({ apiKey: DEFAULT_API_KEY, baseUrl: o.sim.url, clock: o.sim.clock });
  for (const name of o.names) {
    const job = plan.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no video named ${name} in ${o.root}`);
    const key = idempotencyKey(job.hash, 1);
    await journal.set({ hash: job.hash, name: job.name, attempt: 1, key });
    await client.videos.create(job.request, { idempotencyKey: key });
  }
}
