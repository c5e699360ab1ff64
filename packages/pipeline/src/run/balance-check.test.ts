import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createClient } from '@clipwright/core';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { planOf } from '../../test/run-helpers.ts';
import type { PipelineEvent } from '../model/events.ts';
import { formatBalance } from '../report/format-balance.ts';
import { runSession } from '../session/run-session.ts';
import type { SessionOptions } from '../session/session-options.ts';
import { checkBalance } from './balance-check.ts';

const sims: Simulator[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.close();
});
async function sim(options: Parameters<typeof startSimulator>[0] = {}) {
  const s = await startSimulator({ port: 0, timeScale: 1000, ...options });
  sims.push(s);
  return s;
}

/** A repository with one sora-2-beta-max video (10 s: 5.76 credits, the published price). */
async function repo(): Promise<string> {
  const { root } = await planOf([]);
  await mkdir(path.join(root, 'prompts'));
  await writeFile(
    path.join(root, 'prompts', 'a.md'),
    '---\nmodel: sora-2-beta-max\n---\nA paper boat. sim:seconds=1\n',
  );
  return root;
}

function session(s: Simulator, root: string, extra: Partial<SessionOptions> = {}) {
  const events: PipelineEvent[] = [];
  const run = runSession({
    plan: { root },
    balanceCheck: true,
    clientOptions: { apiKey: DEFAULT_API_KEY, baseUrl: s.url, clock: s.clock },
    clock: s.clock,
    outDir: path.join(root, 'out'),
    onEvent: (e) => events.push(e),
    ...extra,
  });
  return { run, events };
}
const balanceEvents = (events: PipelineEvent[]) => events.filter((e) => e.type === 'balance');

describe('the session balance check', () => {
  it('reports a balance that fits and runs', async () => {
    const s = await sim({ balance: 100 });
    const root = await repo();
    const { run, events } = session(s, root);
    const result = await run;
    expect(result.verdict).toBe('ok');
    expect(result.balance).toMatchObject({
      status: 'known',
      fits: true,
      enough: true,
      cheapest: 5.76,
    });
    const [event] = balanceEvents(events);
    expect(event && formatBalance(event.check)).toBe(
      "Balance: 100 credits (1.47 USD); the plan's estimate of 5.76 credits (0.08 USD) fits.",
    );
    // The check comes before the first create.
    expect(events.findIndex((e) => e.type === 'balance')).toBeLessThan(
      events.findIndex((e) => e.type === 'created'),
    );
    expect(s.stats().creates).toBe(1);
  });

  it('resolves the client once: one client for the balance check and the run', async () => {
    const s = await sim({ balance: 100 });
    const root = await repo();
    let made = 0;
    const { run } = session(s, root, {
      client: () => {
        made += 1;
        return createClient({ apiKey: DEFAULT_API_KEY, baseUrl: s.url, clock: s.clock });
      },
    });
    expect((await run).verdict).toBe('ok');
    expect(made).toBe(1);
    expect(s.stats().creates).toBe(1);
  });

  it('refuses to start below the first video: no create, no manifest', async () => {
    const s = await sim({ balance: 3 });
    const root = await repo();
    const { run, events } = session(s, root);
    const result = await run;
    expect(result.verdict).toBe('insufficient-balance');
    expect(result.balance).toMatchObject({ status: 'known', enough: false, cheapest: 5.76 });
    expect(result.results).toEqual([]);
    expect(balanceEvents(events)).toHaveLength(1);
    expect(events.some((e) => e.type === 'created')).toBe(false);
    expect(s.stats().creates).toBe(0);
    expect(existsSync(path.join(root, 'out', 'manifest.json'))).toBe(false);
  });

  it('does not refuse a run whose videos are all made already, however low the balance', async () => {
    const rich = await sim({ balance: 100 });
    const root = await repo();
    expect((await session(rich, root).run).verdict).toBe('ok');
    const poor = await sim({ balance: 0 });
    const result = await session(poor, root).run;
    expect(result.verdict).toBe('ok');
    expect(result.counts.cached).toBe(1);
    expect(result.balance).toMatchObject({ status: 'known', cheapest: undefined, enough: true });
    expect(poor.stats().creates).toBe(0);
  });

  it('a refused key ends the session refused after one free request', async () => {
    const s = await sim();
    const root = await repo();
    const result = await session(s, root, {
      clientOptions: { apiKey: 'sk-wrong', baseUrl: s.url, clock: s.clock },
    }).run;
    expect(result.verdict).toBe('refused');
    expect(result.refusal?.status).toBe(401);
    expect(keyedRequests(s)).toBe(1);
    expect(s.stats().creates).toBe(0);
  });

  it('a balance that cannot be read warns and the run goes on', async () => {
    const s = await sim({
      balance: 3,
      faults: { rules: [{ on: 'credits', fault: 'status', status: 404, at: [1], count: 10 }] },
    });
    const root = await repo();
    const { run, events } = session(s, root);
    const result = await run;
    expect(result.balance).toMatchObject({ status: 'unknown', unreachable: false });
    const [event] = balanceEvents(events);
    expect(event && formatBalance(event.check)).toMatch(
      /^The balance could not be read \(.*404.*\); going on without the balance check\.$/,
    );
    // The run went on: the create itself met the empty balance (402, refunded, not charged).
    expect(s.stats().creates).toBe(0);
    expect(result.counts.failed).toBe(1);
    expect(result.results[0]?.error?.code).toBe('insufficient_quota');
  });

  it('is off unless asked: no balance request', async () => {
    const s = await sim();
    const root = await repo();
    const result = await session(s, root, { balanceCheck: false }).run;
    expect(result.balance).toBeUndefined();
    expect(keyedRequests(s)).toBe(1 + s.stats().queries + s.stats().downloads);
  });
});

describe('checkBalance', () => {
  it('calls an API that does not answer unreachable', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise((r) => server.close(r));
    const s = await sim();
    const client = createClient({
      apiKey: DEFAULT_API_KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      clock: s.clock,
      maxRetries: 0,
    });
    const plan = await planOf([]);
    const check = await checkBalance({ plan, client, stateDir: path.join(plan.root, 'state') });
    expect(check).toMatchObject({ status: 'unknown', unreachable: true });
  });
});

/** Requests besides the catalog's free, keyless reads (prices and health, before the plan runs). */
function keyedRequests(s: Simulator): number {
  const { requests, catalog } = s.stats();
  return requests - catalog.served - catalog.notModified;
}
