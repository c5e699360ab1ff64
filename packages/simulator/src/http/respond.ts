import type { ServerResponse } from 'node:http';
import type { ApiError } from './api-error.ts';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.status, error.toJSON(), error.headers);
}

/** A 200 whose JSON body is cut off in the middle (the `malformed-json` fault). */
export function sendMalformedJson(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(cut),
  });
  res.end(cut);
}

/** Drops the connection with a TCP reset, without answering. */
export function resetConnection(res: ServerResponse): void {
  const socket = res.socket;
  if (socket && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket?.destroy();
}

/** Moves the response's request id to `x-oneapi-request-id` (the other header the API uses). */
export function useOneapiRequestId(res: ServerResponse): void {
  const id = res.getHeader('x-request-id');
  if (id === undefined) return;
  res.removeHeader('x-request-id');
  res.setHeader('x-oneapi-request-id', id);
}
