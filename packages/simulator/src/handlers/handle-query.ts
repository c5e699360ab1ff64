import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../account/auth.ts';
import type { SimContext } from '../context.ts';
import { applyEarlyFaults, countFault, has } from '../faults/apply-faults.ts';
import { ApiError, invalidParam } from '../http/api-error.ts';
import { enforceRateLimit } from '../http/rate-limit.ts';
import { sendJson, sendMalformedJson, useOneapiRequestId } from '../http/respond.ts';
import { taskBody } from '../tasks/task-body.ts';

// docs.evolink.ai task query: an id that does not start with `task-unified-` is 400 invalid_task_id.
const wellFormedId = /^task-unified-[A-Za-z0-9-]{1,120}$/;

/** GET /v1/tasks/{task_id} */
export async function handleQuery(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
): Promise<void> {
  const apiKey = authenticate(req, ctx.keys);
  enforceRateLimit(ctx, 'query', apiKey);
  ctx.counters.queries++;
  const rules = await applyEarlyFaults(ctx, 'query', res);
  if (!rules) return;
  if (!wellFormedId.test(id))
    throw invalidParam('task_id', 'Invalid task id format', 'invalid_task_id');
  const task = ctx.tasks.get(id);
  const now = ctx.clock.now();
  if (!task || task.apiKey !== apiKey || now >= task.createdAt + ctx.resultTtlMs) {
    throw new ApiError(404, {
      code: 'task_not_found',
      message: 'Task not found or expired',
      type: 'not_found_error',
    });
  }
  task.queries++;
  if (task.directives.oneapiRequestId) useOneapiRequestId(res);
  if (task.finishedAt !== undefined && task.firstSeenFinishedAt === undefined)
    task.firstSeenFinishedAt = now;
  const body = taskBody(task, now, ctx.baseUrl());
  if (has(rules, 'malformed-json')) {
    countFault(ctx, 'malformed-json');
    sendMalformedJson(res, body);
    return;
  }
  sendJson(res, 200, body);
}
