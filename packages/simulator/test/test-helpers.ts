import { afterEach } from 'vitest';
import type { SimulatorOptions } from '../src/options.ts';
import { DEFAULT_API_KEY } from '../src/options.ts';
import { type Simulator, startSimulator } from '../src/simulator.ts';
import { startSteppedSimulator } from '../src/stepped-simulator.ts';

/** A parsed JSON body; the tests check its shape with assertions. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field by the assertions
export type Json = any;

/** Fetches and parses JSON. */
export async function json(response: Promise<Response>): Promise<Json> {
  return (await response).json();
}

const running: Simulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

/** Starts a simulator that runs 1000x faster and is closed after the test. */
export async function sim(options: SimulatorOptions = {}): Promise<Simulator> {
  const s = await startSimulator({ timeScale: 1000, ...options });
  running.push(s);
  return s;
}

/**
 * A simulator whose time moves only by `advance(simMs)`: states that last a few real ms at a
 * high time scale are observed however busy the machine is.
 */
export async function manualSim(
  options: SimulatorOptions = {},
): Promise<{ s: Simulator; advance: (simMs: number) => void }> {
  const { sim: s, advance } = await startSteppedSimulator(options);
  running.push(s);
  return { s, advance };
}

export const auth = { authorization: `Bearer ${DEFAULT_API_KEY}` };

export async function create(
  s: Simulator,
  body: unknown,
  headers: Record<string, string> = auth,
): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(`${s.url}/v1/videos/generations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

export async function query(
  s: Simulator,
  id: string,
  headers: Record<string, string> = auth,
): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(`${s.url}/v1/tasks/${id}`, { headers });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** Polls (in simulated time) until the task is terminal. */
export async function waitTerminal(s: Simulator, id: string): Promise<Json> {
  for (;;) {
    const { body } = await query(s, id);
    if (body.status === 'completed' || body.status === 'failed') return body;
    await s.clock.sleep(2000);
  }
}
