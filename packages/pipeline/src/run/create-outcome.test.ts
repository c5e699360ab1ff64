import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Clock, createClient } from '@clipwright/core';
import { afterEach, describe, expect, it } from 'vitest';
import { jobFor, planOf } from '../../test/run-helpers.ts';
import type { JournalEntry } from './journal.ts';
import { runPlan } from './run-plan.ts';

// Time moves only when the run sleeps (polls): nothing here waits on a real timer.
function fakeClock(): Clock {
  let now = Date.UTC(2026, 0, 1);
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** A server written here: `handle` sees every request with its body read. */
async function hostile(
  handle: (req: IncomingMessage, body: string, res: ServerResponse) => void,
): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => handle(req, body, res));
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port nothing listens on: a server is opened and closed again. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return `http://127.0.0.1:${port}`;
}

const failedTask = (id: string) =>
  JSON.stringify({
    id,
    status: 'failed',
    error: { code: 'content_policy_violation', message: 'refused by the test server' },
  });

const job = (name: string) =>
  jobFor(name, { model: 'sora-2', prompt: `Scene ${name}`, duration: 10 });

async function run(plan: Awaited<ReturnType<typeof planOf>>, baseUrl: string, extra = {}) {
  const clock = fakeClock();
  const client = createClient({ apiKey: 'sk-test', baseUrl, env: {}, clock, maxRetries: 0 });
  return runPlan(plan, {
    client,
    clock,
    outDir: path.join(plan.root, 'out'),
    posters: false,
    ...extra,
  });
}

async function journalOf(root: string): Promise<Record<string, JournalEntry>> {
  const text = await readFile(path.join(root, '.clipwright', 'journal.json'), 'utf8');
  return (JSON.parse(text) as { entries: Record<string, JournalEntry> }).entries;
}

describe('what a create costs when its answer never comes', () => {
  it('a create that never reached a server (connection refused) is not counted as spent', async () => {
    const plan = await planOf([job('a')]);
    const result = await run(plan, await closedPort());
    const [r] = result.results;
    expect(r?.status).toBe('failed');
    expect(r?.error?.code).toBe('connection_error');
    expect(r?.credits).toBe(0);
    expect(r?.creditsUnknown).toBeUndefined();
    expect(result.credits).toBe(0);
  });

  it('a connection reset after the create was sent: may have been charged, and the next run re-sends the same key', async () => {
    const keys: Array<string | undefined> = [];
    let creates = 0;
    const url = await hostile((req, _body, res) => {
      if (req.method === 'POST') {
        creates += 1;
        keys.push(req.headers['idempotency-key'] as string | undefined);
        if (creates === 1) {
          req.socket.destroy(); // the request arrived; its answer never leaves
          return;
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(failedTask('task-1'));
    });
    const plan = await planOf([job('a')]);
    const first = await run(plan, url);
    const [r] = first.results;
    expect(r?.status).toBe('failed');
    expect(r?.credits).toBe(plan.jobs[0]?.credits);
    expect(r?.creditsUnknown).toBe(true);
    expect(first.credits).toBe(plan.jobs[0]?.credits);
    const entry = (await journalOf(plan.root))[plan.jobs[0]?.hash ?? ''];
    expect(entry).toMatchObject({ outcome: 'unknown', key: keys[0] });
    expect(entry?.taskId).toBeUndefined();

    const second = await run(plan, url);
    expect(second.results[0]?.taskId).toBe('task-1');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]); // never a new key: a server that made it replays it
  });

  it('a create answer with an odd credits_reserved keeps its task and does not eat the budget', async () => {
    const plan = await planOf([job('a'), job('b')]);
    const estimate = plan.jobs[0]?.credits ?? 0;
    const ids: string[] = [];
    const url = await hostile((req, _body, res) => {
      if (req.method === 'POST') {
        const id = `task-${ids.length + 1}`;
        ids.push(id);
        // The vendor's Kling docs show 270000 for a 27-credit job (1/10,000-credit units).
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id,
            status: 'pending',
            usage: { credits_reserved: estimate * 10_000 },
          }),
        );
        return;
      }
      const id = decodeURIComponent(req.url?.split('/').at(-1) ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end(failedTask(id));
    });
    const result = await run(plan, url, { maxCredits: estimate * 3, concurrency: 1 });
    expect(ids).toEqual(['task-1', 'task-2']);
    expect(result.results.map((r) => [r.name, r.taskId, r.status])).toEqual([
      ['a', 'task-1', 'failed'],
      ['b', 'task-2', 'failed'],
    ]);
    const journal = await journalOf(plan.root);
    expect(journal[plan.jobs[0]?.hash ?? '']?.failure?.taskId).toBe('task-1');
  });
});
