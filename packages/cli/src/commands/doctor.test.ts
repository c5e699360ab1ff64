import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { testIo } from '../../test/test-io.ts';
import { exitCodes } from '../exit-codes.ts';
import { runCli } from '../run-cli.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'clipwright-doctor-'));
  // sora-2-beta-max, 10 s: 5.76 credits, the published price.
  await writeFile(join(root, 'a.prompt.md'), '---\nmodel: sora-2-beta-max\n---\nA paper boat.\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));
/** A fast simulator, closed when the test ends. */
async function sim(options: Parameters<typeof startSimulator>[0] = {}): Promise<Simulator> {
  const s = await startSimulator({ port: 0, timeScale: 1000, ...options });
  onTestFinished(() => s.close());
  return s;
}

async function doctor(s: Simulator, key: string, ...args: string[]) {
  const io = testIo({ env: { EVOLINK_API_KEY: key }, cwd: root });
  const code = await runCli(['doctor', '--base-url', s.url, ...args], io, { clock: s.clock });
  return { code, io };
}

describe('clipwright doctor', () => {
  it('with the right key: exit 0, the balance and the plan that fits; no create', async () => {
    const s = await sim({ balance: 250 });
    const { code, io } = await doctor(s, DEFAULT_API_KEY);
    expect(code).toBe(exitCodes.ok);
    expect(io.out()).toContain(`API:      ${s.url} answers`);
    expect(io.out()).toContain('Key:      accepted');
    expect(io.out()).toContain(
      "Balance: 250 credits (3.68 USD); the plan's estimate of 5.76 credits (0.08 USD) fits.",
    );
    expect(io.out()).toContain('Plan:     1 video, about 5.76 credits');
    expect(s.stats().creates).toBe(0);
    expect(s.stats().requests).toBe(1);
  });

  it('with a wrong key: exit 3, and the key is never printed; no create', async () => {
    const s = await sim();
    const { code, io } = await doctor(s, 'sk-wrong-key-123');
    expect(code).toBe(exitCodes.notConfigured);
    expect(io.out()).toMatch(/Key: +refused \(401: .*\); check EVOLINK_API_KEY/);
    expect(io.out() + io.err()).not.toContain('sk-wrong-key-123');
    expect(s.stats().creates).toBe(0);
  });

  it('without a key: exit 3 before any request', async () => {
    const s = await sim();
    const io = testIo({ env: {}, cwd: root });
    expect(await runCli(['doctor', '--base-url', s.url], io)).toBe(exitCodes.notConfigured);
    expect(io.err()).toContain('EVOLINK_API_KEY is not set');
    expect(s.stats().requests).toBe(0);
  });

  it('an API that does not answer: exit 4', async () => {
    const s = await sim();
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise((r) => server.close(r));
    const io = testIo({ env: { EVOLINK_API_KEY: DEFAULT_API_KEY }, cwd: root });
    const url = `http://127.0.0.1:${port}`;
    const code = await runCli(['doctor', '--base-url', url, '--json'], io, { clock: s.clock });
    expect(code).toBe(exitCodes.apiError);
    expect(JSON.parse(io.out())).toMatchObject({
      baseUrl: url,
      answers: false,
      key: 'unknown',
      exitCode: exitCodes.apiError,
    });
  });

  it('a balance below every video: exit 1, as generate would refuse; --json says why', async () => {
    const s = await sim({ balance: 3 });
    const { code, io } = await doctor(s, DEFAULT_API_KEY, '--json');
    expect(code).toBe(exitCodes.someFailed);
    expect(JSON.parse(io.out())).toMatchObject({
      answers: true,
      key: 'accepted',
      status: 'known',
      credits: { available: 3 },
      estimate: 5.76,
      cheapest: 5.76,
      fits: false,
      enough: false,
      videos: 1,
      exitCode: 1,
    });
    expect(s.stats().creates).toBe(0);
  });

  it('no balance endpoint: exit 0 with the balance unknown, said so', async () => {
    const s = await sim({
      faults: { rules: [{ on: 'credits', fault: 'status', status: 404, at: [1], count: 5 }] },
    });
    const { code, io } = await doctor(s, DEFAULT_API_KEY);
    expect(code).toBe(exitCodes.ok);
    expect(io.out()).toContain('Key:      not checked: the API gave no balance to check it with');
    expect(io.out()).toMatch(/^The balance could not be read \(.*404/m);
    expect(s.stats().creates).toBe(0);
  });
});
