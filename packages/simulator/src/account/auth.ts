import type { IncomingMessage } from 'node:http';
import { ApiError } from '../http/api-error.ts';
import { DEFAULT_API_KEY } from '../options.ts';

/** Key → allowed models ('*' for all). */
export type KeyTable = Map<string, ReadonlySet<string> | '*'>;

export function buildKeyTable(
  apiKeys: string[] | Record<string, string[] | '*'> | undefined,
): KeyTable {
  const table: KeyTable = new Map();
  if (apiKeys === undefined) {
    table.set(DEFAULT_API_KEY, '*');
  } else if (Array.isArray(apiKeys)) {
    for (const key of apiKeys) table.set(key, '*');
  } else {
    for (const [key, models] of Object.entries(apiKeys))
      table.set(key, models === '*' ? '*' : new Set(models));
  }
  return table;
}

const unauthorized = () =>
  new ApiError(401, {
    code: 'unauthorized',
    message: 'Invalid or expired token',
    type: 'authentication_error',
  });

/** The caller's key, or a 401 ApiError. The key itself never appears in any message. */
export function authenticate(req: IncomingMessage, keys: KeyTable): string {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  const key = match?.[1];
  if (!key || !keys.has(key)) throw unauthorized();
  return key;
}

/** Throws 403 `model_access_denied` when `key` may not use `model`. */
export function authorizeModel(keys: KeyTable, key: string, model: string): void {
  const allowed = keys.get(key);
  if (allowed === '*' || allowed?.has(model)) return;
  throw new ApiError(403, {
    code: 'model_access_denied',
    message: `Token does not have access to model: ${model}`,
    type: 'invalid_request_error',
    param: 'model',
  });
}
