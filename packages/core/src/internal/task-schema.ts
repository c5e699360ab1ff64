import { z } from 'zod';
import { UnexpectedResponseError } from '../errors.ts';
import type { Task } from '../types.ts';

/**
 * The most credits one task can plausibly cost. A figure above it (or below zero) is a server
 * fault: accepting it would let a lying server refund a run's budget or blow through it.
 */
export const MAX_TASK_CREDITS = 1_000_000;

/**
 * The task schema, built on first use: building zod schemas costs start-up time, and a
 * command that never reads a task (`clipwright validate`) should not pay it.
 */
let schema: ReturnType<typeof buildTaskSchema> | undefined;

function buildTaskSchema() {
  const credits = z
    .number()
    .refine((n) => Number.isFinite(n) && n >= 0 && n <= MAX_TASK_CREDITS, {
      message: `must be a number of credits from 0 to ${MAX_TASK_CREDITS}`,
    })
    .nullish()
    .transform((v) => v ?? undefined);

  /** A number the API may send as null: null and absent both become `fallback`. */
  const numberOr = (fallback: number) =>
    z
      .number()
      .nullish()
      .transform((v) => v ?? fallback);

  // What the vendor's clients accept (EvoLinkAI/evolink-mcp task parsing; docs.evolink.ai
  // task query page): `error` as an object whose `code` may be missing or a number, or as a
  // bare string; `message` may be null. A missing code reads as `unknown_error`.
  const taskError = z
    .union([
      z.string().transform((message) => ({ code: 'unknown_error', message })),
      z.looseObject({
        code: z
          .union([z.string(), z.number()])
          .nullish()
          .transform((v) =>
            v === undefined || v === null || v === '' ? 'unknown_error' : String(v),
          ),
        message: z
          .string()
          .nullish()
          .transform((v) => v ?? ''),
        fallback_suggestion: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
      }),
    ])
    .nullish()
    .transform((v) => v ?? undefined);

  // Loose objects everywhere: the API adds fields, and we must not break when it does.
  return z.looseObject({
    id: z.string().min(1),
    model: z
      .string()
      .nullish()
      .transform((v) => v ?? ''),
    object: z
      .string()
      .nullish()
      .transform((v) => v ?? undefined),
    status: z.string().min(1),
    progress: numberOr(0),
    created: numberOr(0),
    results: z
      .array(z.string())
      .nullish()
      .transform((v) => v ?? undefined),
    error: taskError,
    task_info: z
      .looseObject({
        can_cancel: z.boolean().optional(),
        estimated_time: z
          .number()
          .nullish()
          .transform((v) => v ?? undefined),
        video_duration: z
          .number()
          .nullish()
          .transform((v) => v ?? undefined),
      })
      .nullish()
      .transform((v) => v ?? undefined),
    usage: z
      .looseObject({
        billing_rule: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
        credits_reserved: credits,
        credits_used: credits,
        user_group: z
          .string()
          .nullish()
          .transform((v) => v ?? undefined),
      })
      .nullish()
      .transform((v) => v ?? undefined),
  });
}

/** Parses a task body or throws `UnexpectedResponseError` naming the first mismatched fields. */
export function parseTask(
  body: unknown,
  context: { what: string; status?: number; requestId?: string },
): Task {
  schema ??= buildTaskSchema();
  const result = schema.safeParse(body);
  if (!result.success) {
    const where = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
      .join('; ');
    throw new UnexpectedResponseError(`${context.what} did not look like a task (${where})`, {
      status: context.status,
      requestId: context.requestId,
      cause: result.error,
    });
  }
  const task = result.data as Task;
  // The request id comes from the response header; a task body never carries one.
  if (context.requestId !== undefined) task.requestId = context.requestId;
  return task;
}
