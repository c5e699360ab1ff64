import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@clipwright/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import { runCli } from './run-cli.ts';

// Time moves only when the client sleeps (its back-off between retries): no real waiting.
function fakeClock(): Clock {
  let now = Date.UTC(2026, 0, 1);
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
}

let dir: string;
let server: Server;
let baseUrl: string;
/** The Idempotency-Key of every create that reached the server. */
const createKeys: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clipwright-unknown-'));
  const prompt = (scene: string) => `---\nmodel: sora-2-pro-preview\nduration: 4\n---\n${scene}\n`;
  await mkdir(join(dir, 'prompts'), { recursive: true });
  await writeFile(join(dir, 'prompts', 'a-boat.md'), prompt('A paper boat.'));
  await writeFile(join(dir, 'prompts', 'b-kite.md'), prompt('A kite over a beach.'));
  // A server that accepts the key and the balance check, reads every create in full and
  // then drops the connection: the create was sent, its answer never comes.
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET' && req.url === '/v1/credits') {
      res.end(
        JSON.stringify({
          success: true,
          message: 'ok',
          data: {
            token: { remaining_credits: 1000, unlimited_credits: false, used_credits: 0 },
            user: { remaining_credits: 1000, used_credits: 0 },
          },
        }),
      );
      return;
    }
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST') createKeys.push(String(req.headers['idempotency-key']));
      req.socket.destroy();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

describe('a create whose answer is lost after it was sent', () => {
  it('is reported as "may have been charged" and counted against --max-credits', async () => {
    // What one video costs, from the CLI's own plan.
    const planIo = testIo({ cwd: dir });
    await runCli(['plan', '--json'], planIo);
    const plan = JSON.parse(planIo.out()) as { jobs: Array<{ credits: number }> };
    const perVideo = plan.jobs[0]?.credits ?? 0;
    expect(perVideo).toBeGreaterThan(0);
    expect(plan.jobs.map((j) => j.credits)).toEqual([perVideo, perVideo]);

    // A budget for one video, one at a time: the second fits only if the lost create's
    // credits were released, which they must not be.
    const io = testIo({ cwd: dir, env: { EVOLINK_API_KEY: 'sk-test-unknown' } });
    const code = await runCli(
      [
        'generate',
        '--base-url',
        baseUrl,
        '--max-credits',
        String(perVideo),
        '--concurrency',
        '1',
        '--yes',
      ],
      io,
      { clock: fakeClock() },
    );
    const text = io.out() + io.err();
    expect(code, text).not.toBe(0);
    // Retries re-send the one create under its own key; the second video never goes out.
    expect(createKeys.length).toBeGreaterThan(0);
    expect(new Set(createKeys).size).toBe(1);
    expect(text).toContain(
      `${perVideo} credits spent or reserved (${perVideo} may have been charged: a create was sent but its answer was lost`,
    );
    expect(text).toMatch(/b-kite[^\n]*budget|budget[^\n]*b-kite/i);
  });
});
