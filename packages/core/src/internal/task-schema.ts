import { z } from 'zod';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import type { Task } from '../types.ts';

/**
 * The most credits one task can plausibly cost. A figure above it (or below zero) is a server
 * fault: accepting it would let a lying server refund a run's budget or blow through it.
 */
export const MAX_TASK_CREDITS = 1_000_000;

/**
 * A number the API may send as a number, a numeric string (`"93"`), null or not at all. Task
 * answers are parsed leniently wherever a field is not needed to act: a number that cannot
 * be read is treated as absent, never as a reason to refuse the answer.
 */
export function lenientNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value)) {
    return undefined;
  }
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A field not needed to act: whatever it holds (absent included) goes through `read`. */
const lenient = <T>(read: (value: unknown) => T) => z.unknown().optional().transform(read);

/** A string field that is not needed to act: anything else reads as absent. */
const lenientString = lenient((v) => (typeof v === 'string' ? v : undefined));

/** A number field that is not needed to act: numbers, numeric strings; else `fallback`. */
const numberOr = <T extends number | undefined>(fallback: T) =>
  lenient((v) => lenientNumber(v) ?? fallback);

/**
 * The task schema, built on first use: building zod schemas costs start-up time, and a
 * command that never reads a task (`clipwright validate`) should not pay it. `strictCredits`:
 * an absurd credits figure is an error (a query, a callback: the figure settles a budget);
 * on a create it reads as absent (the task exists and is billed: refusing it would lose it).
 */
function buildTaskSchema(strictCredits: boolean) {
  const credits = z
    .unknown()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === null) return undefined;
      const n = lenientNumber(v);
      if (n !== undefined && n >= 0 && n <= MAX_TASK_CREDITS) return n;
      if (strictCredits) {
        ctx.issues.push({
          code: 'custom',
          input: v,
          message: `must be a number of credits from 0 to ${MAX_TASK_CREDITS}`,
        });
      }
      return undefined;
    });

  // What the vendor's clients accept (EvoLinkAI/evolink-mcp task parsing; docs.evolink.ai
  // task query page): `error` as an object whose `code` may be missing or a number, or as a
  // bare string; `message` may be null. A missing code reads as `unknown_error`.
  const taskError = z
    .union([
      z.string().transform((message) => ({ code: 'unknown_error', message })),
      z.looseObject({
        code: lenient((v) =>
          (typeof v === 'string' && v !== '') || typeof v === 'number'
            ? String(v)
            : 'unknown_error',
        ),
        message: lenient((v) => (typeof v === 'string' ? v : '')),
        fallback_suggestion: lenientString,
      }),
    ])
    .nullish()
    .catch(undefined)
    .transform((v) => v ?? undefined);

  /** An object of fields none of which is needed to act: anything else reads as absent. */
  const optionalObject = <T extends z.ZodRawShape>(shape: T) =>
    z
      .looseObject(shape)
      .nullish()
      .catch(undefined)
      .transform((v) => v ?? undefined);

  // Loose objects everywhere: the API adds fields, and we must not break when it does.
  return z.looseObject({
    id: z.string().min(1),
    model: lenient((v) => (typeof v === 'string' ? v : '')),
    object: lenientString,
    status: z.string().min(1),
    progress: numberOr(0),
    created: numberOr(0),
    results: z
      .array(z.string())
      .nullish()
      .transform((v) => v ?? undefined),
    error: taskError,
    task_info: optionalObject({
      can_cancel: lenient((v) => (typeof v === 'boolean' ? v : undefined)),
      estimated_time: numberOr(undefined),
      video_duration: numberOr(undefined),
    }),
    usage: z
      .looseObject({
        billing_rule: lenientString,
        credits_reserved: credits,
        credits_used: credits,
        user_group: lenientString,
      })
      .nullish()
      .transform((v) => v ?? undefined),
  });
}

const schemas = new Map<boolean, ReturnType<typeof buildTaskSchema>>();

/** What a task answer was: its request (for messages) and whether it answered a create. */
export interface TaskContext {
  what: string;
  status?: number;
  requestId?: string;
  /**
   * The answer to a create (default: `what` starts with `POST `). A create whose task id is
   * present is never refused: the server made (and bills) that task. A missing or unreadable
   * `status` then reads as `pending` (the wait's first query tells), absurd credits as absent.
   */
  create?: boolean;
}

/** Parses a task body or throws `UnexpectedResponseError` naming the first mismatched fields. */
export function parseTask(body: unknown, context: TaskContext): Task {
  const create = context.create ?? context.what.startsWith('POST ');
  const source = create ? withCreateDefaults(body) : body;
  let schema = schemas.get(!create);
  if (!schema) {
    schema = buildTaskSchema(!create);
    schemas.set(!create, schema);
  }
  const result = schema.safeParse(source);
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

/**
 * A create answer with a task id keeps every field but those a create cannot act on without:
 * a status that is not a non-empty string reads as `pending`, a `results` that is not a list
 * of strings as absent. Without an id the answer is refused as before (nothing to wait on).
 */
function withCreateDefaults(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const b = body as Record<string, unknown>;
  if (typeof b.id !== 'string' || b.id === '') return body;
  const validResults =
    b.results === undefined ||
    b.results === null ||
    (Array.isArray(b.results) && b.results.every((r) => typeof r === 'string'));
  return {
    ...b,
    status: typeof b.status === 'string' && b.status !== '' ? b.status : 'pending',
    ...(!validResults && { results: undefined }),
  };
}
