import { parseTask } from '../internal/task-schema.ts';
import type { Task } from '../types.ts';

/**
 * Parses a callback body (a JSON string, bytes, or the parsed object) into a `Task`. Callbacks
 * are not signed: treat the result as a hint and confirm it with `client.tasks.get(task.id)`.
 * Throws `UnexpectedResponseError` when the body is not a task.
 */
export function parseCallback(body: unknown): Task {
  let value = body;
  if (value instanceof Uint8Array) value = new TextDecoder().decode(value);
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return parseTask(undefined, { what: 'the callback body (not JSON)' });
    }
  }
  return parseTask(value, { what: 'the callback body' });
}
