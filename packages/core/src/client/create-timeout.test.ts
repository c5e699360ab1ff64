import { Agent, Dispatcher, errors } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import { TimeoutError } from '../errors/request-errors.ts';

const req = { model: 'sora-2-beta-max', prompt: 'a lighthouse sim:seconds=4' };

/**
 * The network as a test writes it: each request is answered after the latency `latencyOf`
 * gives it, in simulated time. A request whose latency passes the headers timeout the client
 * gave it fails as undici fails it (`HeadersTimeoutError`); the others go to the simulator
 * at once. So the timeouts are checked without waiting for one.
 */
class LatencyDispatcher extends Dispatcher {
  readonly #agent = new Agent();
  /** The headers timeout each request was sent with, by `METHOD path`. */
  readonly timeouts: Array<[string, number | null | undefined]> = [];
  readonly #latencyOf: (route: string) => number;
  constructor(latencyOf: (route: string) => number) {
    super();
    this.#latencyOf = latencyOf;
  }
  override dispatch(
    options: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandler,
  ): boolean {
    const route = `${options.method} ${options.path.split('?')[0]}`;
    this.timeouts.push([route, options.headersTimeout]);
    const limit = options.headersTimeout ?? 300_000; // undici's own default
    if (this.#latencyOf(route) > limit) {
      queueMicrotask(() => handler.onError?.(new errors.HeadersTimeoutError()));
      return true;
    }
    return this.#agent.dispatch(options, handler);
  }
  override async close(): Promise<void> {
    await this.#agent.close();
  }
}

const dispatchers: LatencyDispatcher[] = [];
afterEach(async () => {
  await Promise.all(dispatchers.splice(0).map((d) => d.close()));
});

function latency(byRoute: (route: string) => number): LatencyDispatcher {
  const d = new LatencyDispatcher(byRoute);
  dispatchers.push(d);
  return d;
}

const isCreate = (route: string) => route === 'POST /v1/videos/generations';

describe('the create waits longer for its answer than other requests', () => {
  it('gives the create 120 s and a query 30 s, by default', async () => {
    const sim = await testSimulator();
    // The server takes 90 s to answer a create and 45 s to answer anything else.
    const network = latency((route) => (isCreate(route) ? 90_000 : 45_000));
    const { client } = testClient(sim, { dispatcher: network, maxRetries: 0 });
    const task = await client.videos.create(req);
    expect(task.id).toMatch(/^task-/);
    const error = await client.tasks.get(task.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(network.timeouts).toEqual([
      ['POST /v1/videos/generations', 120_000],
      [`GET /v1/tasks/${task.id}`, 30_000],
    ]);
  });

  it('times a create out after 120 s, as one whose outcome is unknown', async () => {
    const sim = await testSimulator();
    const network = latency((route) => (isCreate(route) ? 121_000 : 0));
    const { client } = testClient(sim, { dispatcher: network, maxRetries: 0 });
    const error = await client.videos.create(req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).sent).toBe(true);
    expect(sim.stats().creates).toBe(0); // the answer never came: nothing reached it here
  });

  it('takes createTimeoutMs and headersTimeoutMs each for its own requests', async () => {
    const sim = await testSimulator();
    const network = latency(() => 0);
    const { client } = testClient(sim, {
      dispatcher: network,
      createTimeoutMs: 200_000,
      headersTimeoutMs: 10_000,
    });
    const task = await client.videos.create(req);
    await client.tasks.get(task.id);
    await client.credits();
    expect(network.timeouts).toEqual([
      ['POST /v1/videos/generations', 200_000],
      [`GET /v1/tasks/${task.id}`, 10_000],
      ['GET /v1/credits', 10_000],
    ]);
  });
});
