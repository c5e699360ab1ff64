import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, authorizeModel } from '../account/auth.ts';
import { chargeOf } from '../account/charge.ts';
import type { SimContext } from '../context.ts';
import { applyEarlyFaults, countFault, has, takeVideoFault } from '../faults/apply-faults.ts';
import type { FaultRule } from '../faults/faults.ts';
import { checkIssuedImage } from '../files/issued-image.ts';
import { ApiError, invalidParam } from '../http/api-error.ts';
import { canonicalJson } from '../http/canonical-json.ts';
import { enforceRateLimit } from '../http/rate-limit.ts';
import { readBody } from '../http/read-body.ts';
import {
  resetConnection,
  sendJson,
  sendMalformedJson,
  useOneapiRequestId,
} from '../http/respond.ts';
import type { UnavailableReason } from '../options.ts';
import { parseDirectives } from '../tasks/directives.ts';
import { taskBody } from '../tasks/task-body.ts';
import type { TaskRecord } from '../tasks/task-record.ts';
import { type ValidRequest, validateRequest } from '../validation/validate-request.ts';

/**
 * POST /v1/videos/generations: authenticate, rate-limit, read the body, early faults, replay
 * an earlier create under the same Idempotency-Key, validate, then create the paid task.
 */
export async function handleCreate(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const apiKey = authenticate(req, ctx.keys);
  enforceRateLimit(ctx, 'create', apiKey);
  const text = await readBody(req);
  const rules = await applyEarlyFaults(ctx, 'create', res);
  if (!rules) return;
  const body = parseJson(text);
  const bodyKey = canonicalJson(body);
  const idempotencyHeader = req.headers['idempotency-key'];
  const idemKey =
    typeof idempotencyHeader === 'string' && idempotencyHeader !== ''
      ? `${apiKey}\0${idempotencyHeader}`
      : undefined;
  if (idemKey && replayEarlier(ctx, res, idemKey, bodyKey)) return;

  const request = validateRequest(body, {
    allowInsecureCallbacks: ctx.allowInsecureCallbacks,
    ownImage: (link, index) => checkIssuedImage(link, index, ctx.baseUrl(), ctx.files),
  });
  const task = createPaidTask(ctx, { request, apiKey, bodyKey, rules });
  if (idemKey) ctx.idempotency.set(idemKey, { bodyKey, taskId: task.id });
  answerCreated(ctx, res, task, rules);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalidParam(undefined, 'Request body is not valid JSON', 'invalid_json');
  }
}

/**
 * Answers with the task an earlier create under `idemKey` made (true), or refuses another
 * body under the same key (409 `idempotency_conflict`); false when there is no such task.
 */
function replayEarlier(
  ctx: SimContext,
  res: ServerResponse,
  idemKey: string,
  bodyKey: string,
): boolean {
  const earlier = ctx.idempotency.get(idemKey);
  if (!earlier) return false;
  if (earlier.bodyKey !== bodyKey) {
    throw new ApiError(409, {
      code: 'idempotency_conflict',
      message: 'Idempotency-Key was already used with a different request body',
      type: 'invalid_request_error',
    });
  }
  const task = ctx.tasks.get(earlier.taskId);
  if (!task) return false;
  if (task.directives.oneapiRequestId) useOneapiRequestId(res);
  answerOutcomeUnknown(task);
  ctx.counters.idempotentReplays++;
  sendJson(res, 200, taskBody(task, ctx.clock.now(), ctx.baseUrl()), {
    'idempotency-replayed': 'true',
  });
  return true;
}

/** Checks the key may use the model, reserves the credits and creates the task. */
function createPaidTask(
  ctx: SimContext,
  c: { request: ValidRequest; apiKey: string; bodyKey: string; rules: FaultRule[] },
): TaskRecord {
  const { request, apiKey, bodyKey, rules } = c;
  authorizeModel(ctx.keys, apiKey, request.model.name);
  const named = [...request.prompt.matchAll(/\bsim:unavailable=([\w.-]+)/g)].map((m) => m[1]);
  refuseUnavailable(
    request.model.name,
    ctx.unavailableModels[request.model.name] ??
      (named.includes(request.model.name) ? 'access' : undefined),
  );
  const credits = chargeOf(request.model.name, request.params);
  ctx.ledger.reserve(apiKey, credits);

  const directives = parseDirectives(request.prompt);
  if (has(rules, 'empty-results')) countFault(ctx, 'empty-results');
  if (has(rules, 'expired-url')) countFault(ctx, 'expired-url');
  const task = ctx.tasks.create({
    request,
    apiKey,
    bodyKey,
    credits,
    directives,
    emptyResults: directives.emptyResults === true || has(rules, 'empty-results'),
    expiredUrl: directives.expiredUrl === true || has(rules, 'expired-url'),
    videoFault: takeVideoFault(ctx, rules),
  });
  ctx.counters.creates++;
  if (ctx.paidBodies.has(bodyKey)) ctx.counters.duplicatePaidBodies++;
  ctx.paidBodies.add(bodyKey);
  return task;
}

/** Sends the new task, unless a fault resets the connection or garbles the JSON. */
function answerCreated(
  ctx: SimContext,
  res: ServerResponse,
  task: TaskRecord,
  rules: FaultRule[],
): void {
  if (task.directives.oneapiRequestId) useOneapiRequestId(res);
  answerOutcomeUnknown(task);
  if (has(rules, 'reset-after-create')) {
    countFault(ctx, 'reset-after-create');
    resetConnection(res);
    return;
  }
  const out = taskBody(task, ctx.clock.now(), ctx.baseUrl());
  if (has(rules, 'malformed-json')) {
    countFault(ctx, 'malformed-json');
    sendMalformedJson(res, out);
    return;
  }
  sendJson(res, 200, out);
}

/** A free refusal meaning "this model is not available to you" (see option `unavailableModels`). */
function refuseUnavailable(model: string, reason: UnavailableReason | undefined): void {
  if (reason === undefined) return;
  if (reason === 'not_found') {
    throw new ApiError(404, {
      code: 'model_not_found',
      message: `Model not found: ${model}`,
      type: 'not_found_error',
      param: 'model',
    });
  }
  if (reason === 'deprecated') {
    throw new ApiError(400, {
      code: 'model_deprecated',
      message: `Model ${model} is deprecated and no longer available`,
      type: 'invalid_request_error',
      param: 'model',
    });
  }
  throw new ApiError(403, {
    code: 'model_access_denied',
    message: `Token does not have access to model: ${model}`,
    type: 'invalid_request_error',
    param: 'model',
  });
}

/**
 * `sim:paid-outcome-unknown=<n>`: the gateway code of the vendor's successor client
 * (EvoLinkAI/evolink-mcp) for a paid create whose outcome it cannot tell yet. The task exists
 * and is charged; a retry under the same Idempotency-Key gets it once the count is used up.
 * The status is not documented: 409, as for `idempotency_conflict`.
 */
function answerOutcomeUnknown(task: TaskRecord): void {
  if (task.outcomeUnknownLeft <= 0) return;
  task.outcomeUnknownLeft--;
  throw new ApiError(409, {
    code: 'paid_outcome_unknown',
    message:
      'The outcome of this paid request is not known yet; retry with the same Idempotency-Key',
    type: 'invalid_request_error',
  });
}
