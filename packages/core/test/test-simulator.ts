import {
  DEFAULT_API_KEY,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
  startSteppedSimulator,
} from '@clipwright/simulator';
import { afterEach } from 'vitest';
import type { Client } from '../src/client/client.ts';
import type { ClientOptions } from '../src/client/client-options.ts';
import { createClient } from '../src/client/create-client.ts';
import type { Clock, RetryInfo } from '../src/types.ts';

const running: Simulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

/** A simulator 1000x faster than real time, closed after the test. */
export async function testSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({
    port: 0,
    timeScale: 1000,
    allowInsecureCallbacks: true,
    ...options,
  });
  running.push(sim);
  return sim;
}

/** A client on the simulator's clock that records its retries. */
export function testClient(
  sim: Simulator,
  options: ClientOptions = {},
): { client: Client; retries: RetryInfo[] } {
  const retries: RetryInfo[] = [];
  const client = createClient({
    apiKey: DEFAULT_API_KEY,
    baseUrl: sim.url,
    env: {},
    clock: sim.clock,
    allowInsecureCallbacks: true,
    onRetry: (info) => retries.push(info),
    ...options,
  });
  return { client, retries };
}

/**
 * A simulator whose time moves only when the client sleeps: `clock` (the client's) advances
 * the simulator by exactly the time slept, and nothing else moves it. What a test observes
 * (a pending state first, then progress) is then the same however busy the machine is.
 */
export async function steppedSimulator(
  options: SimulatorOptions = {},
): Promise<{ sim: Simulator; clock: Clock }> {
  const { sim, clock } = await startSteppedSimulator({ allowInsecureCallbacks: true, ...options });
  running.push(sim);
  return { sim, clock };
}
