import { z } from 'zod';
import { UnexpectedResponseError } from '../errors.ts';
import type { Task } from '../types.ts';

// Loose objects everywhere: the API adds fields, and we must not break when it does.
export const taskSchema = z.looseObject({
  id: z.string().min(1),
  model: z.string().default(''),
  object: z.string().optional(),
  status: z.string().min(1),
  progress: z.number().default(0),
  created: z.number().default(0),
  results: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? undefined),
  error: z
    .looseObject({
      code: z.union([z.string(), z.number()]).transform(String),
      message: z.string().default(''),
    })
    .nullish()
    .transform((v) => v ?? undefined),
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
      billing_rule: z.string().optional(),
      credits_reserved: z.number().optional(),
      credits_used: z.number().optional(),
      user_group: z.string().optional(),
    })
    .nullish()
    .transform((v) => v ?? undefined),
});

/** Parses a task body or throws `UnexpectedResponseError` naming the first mismatched fields. */
export function parseTask(
  body: unknown,
  context: { what: string; status?: number; requestId?: string },
): Task {
  const result = taskSchema.safeParse(body);
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
  return result.data as Task;
}
