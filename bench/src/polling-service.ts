import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PollingShape, ShapeTask } from './polling-shapes.ts';

/** A task as the service tracks it: when it was created, polled and first seen finished. */
export interface ServiceTask {
  id: string;
  createdAt: number;
  finishedAt: number;
  /** Queries answered (refusals included: each is a poll). */
  queries: number;
  firstSeenFinishedAt?: number;
}

export interface ShapeService {
  url: string;
  tasks(): ServiceTask[];
  close(): Promise<void>;
}

/**
 * A task service of our own (not the simulator), answering every task after one shape:
 * `POST /v1/videos/generations` makes task `task-unified-<n>` from `tasks[n]` (the prompt's
 * `task=<n>`), `GET /v1/tasks/{id}` answers what the shape says at that time, refusals as 429
 * with or without Retry-After. No key check, no validation: it measures polling alone.
 */
export async function startShapeService(o: {
  shape: PollingShape;
  tasks: readonly ShapeTask[];
  now: () => number;
}): Promise<ShapeService> {
  const made = new Map<string, ServiceTask & { plan: ShapeTask }>();
  let url = '';
  const send = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const base = (t: ServiceTask) => ({
    id: t.id,
    model: 'sora-2',
    object: 'video.generation.task',
    created: Math.floor(t.createdAt / 1000),
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const now = o.now();
    if (req.method === 'POST') {
      const prompt = String(
        (JSON.parse(Buffer.concat(chunks).toString() || '{}') as { prompt?: unknown }).prompt,
      );
      const n = Number(/task=(\d+)/.exec(prompt)?.[1]);
      const plan = o.tasks[n];
      if (!plan)
        return send(res, 400, { error: { code: 'invalid_parameters', message: 'no task=<n>' } });
      const t = {
        id: `task-unified-${n}`,
        createdAt: now,
        finishedAt: now + plan.durationMs,
        queries: 0,
        plan,
      };
      made.set(t.id, t);
      return send(res, 200, { ...base(t), status: 'pending', progress: 0 });
    }
    const t = made.get(decodeURIComponent(req.url?.split('/').at(-1) ?? ''));
    if (!t) return send(res, 404, { error: { code: 'task_not_found', message: 'no such task' } });
    t.queries += 1;
    const answer = o.shape.answer(t.plan, now - t.createdAt, now);
    if ('refused' in answer) {
      const headers =
        answer.retryAfterSeconds === undefined
          ? {}
          : { 'retry-after': String(answer.retryAfterSeconds) };
      return send(res, 429, { error: { code: 'rate_limit_exceeded', message: 'busy' } }, headers);
    }
    if (answer.status === 'completed') {
      t.firstSeenFinishedAt ??= now;
      return send(res, 200, {
        ...base(t),
        status: 'completed',
        progress: 100,
        results: [`${url}/files/${t.id}.mp4`],
      });
    }
    const { estimated_time, ...rest } = answer;
    return send(res, 200, {
      ...base(t),
      ...rest,
      ...(estimated_time !== undefined && { task_info: { estimated_time } }),
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, 500, { error: { message: String(error) } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tasks: () => [...made.values()].map(({ plan: _, ...t }) => t),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
