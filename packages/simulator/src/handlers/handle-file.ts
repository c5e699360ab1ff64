import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimContext } from '../context.ts';
import { applyEarlyFaults, countFault } from '../faults/apply-faults.ts';
import type { FaultRule } from '../faults/faults.ts';
import { parseRange, resultFile } from '../files/result-file.ts';
import { resetConnection } from '../http/respond.ts';
import { resultVideo } from '../mp4/result-video.ts';
import { taskVideoSpec } from '../mp4/task-video.ts';
import { parseDirectives } from '../tasks/directives.ts';
import { type TaskRecord, taskStatus } from '../tasks/task-record.ts';

/** Resolves on 'drain' or 'close', removing both listeners. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Aborts when the response's connection closes or `closing` fires, whichever comes first. */
function closedSignal(res: ServerResponse, closing: AbortSignal): AbortSignal {
  const closed = new AbortController();
  if (res.destroyed) closed.abort();
  else res.once('close', () => closed.abort());
  return AbortSignal.any([closing, closed.signal]);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The signature of a signed result URL (not secret: it only has to be checked). */
function signature(fileId: string): string {
  return createHash('sha256').update(`signed:${fileId}`).digest('hex').slice(0, 32);
}

/**
 * GET|HEAD /files/{fileId}.mp4: the result video, like a CDN link (no auth; expires).
 * `signed` is the signature of a request to the second listener, undefined on the API's.
 * A redirected task's link answers 302 to the signed URL on the second listener.
 */
export async function handleFile(
  ctx: SimContext,
  req: IncomingMessage,
  res: ServerResponse,
  fileId: string,
  signed: string | undefined,
): Promise<void> {
  const task = ctx.tasks.byFile(fileId);
  const now = ctx.clock.now();
  if (!task || taskStatus(task, now).status !== 'completed' || task.emptyResults) {
    sendText(res, 404, 'Not Found');
    return;
  }
  if (redirectedOrRefused(ctx, res, task, now, { fileId, signed })) return;
  const rules = await applyEarlyFaults(ctx, 'download', res);
  if (!rules) return;
  const mp4 = await resultVideo(taskVideoSpec(task));
  const file = resultFile(mp4, ctx.resultBytes);
  const range = sendHead(req, res, file.size, {
    'content-type': 'video/mp4',
    'accept-ranges': 'bytes',
    etag: `"${fileId}-${file.size}"`,
    'last-modified': new Date(task.finishAt).toUTCString(),
  });
  if (!range || req.method === 'HEAD') {
    res.end();
    return;
  }
  ctx.counters.downloads++;
  await sendBody(ctx, res, file, range, rules);
}

/**
 * Answers (true) a link that is redirected to the second listener (302), badly signed (403)
 * or expired (403); false when the video may be sent.
 */
function redirectedOrRefused(
  ctx: SimContext,
  res: ServerResponse,
  task: TaskRecord,
  now: number,
  { fileId, signed }: { fileId: string; signed: string | undefined },
): boolean {
  const redirected = ctx.redirectResults || parseDirectives(task.prompt).redirectResult === true;
  if (signed === undefined && redirected) {
    res.writeHead(302, {
      location: `${ctx.cdnUrl()}/files/${fileId}.mp4?signature=${signature(fileId)}&expires=${task.finishAt + ctx.resultTtlMs}`,
      'content-length': 0,
    });
    res.end();
    return true;
  }
  if (signed !== undefined && signed !== signature(fileId)) {
    sendText(res, 403, 'SignatureDoesNotMatch');
    return true;
  }
  if (task.expiredUrl || now >= task.finishAt + ctx.resultTtlMs) {
    sendText(res, 403, 'Request has expired');
    return true;
  }
  return false;
}

/**
 * Writes the status line and headers: 200, 206 for a satisfiable `Range`, 416 (then returns
 * undefined) for an unsatisfiable one. Returns the byte range to send.
 */
function sendHead(
  req: IncomingMessage,
  res: ServerResponse,
  size: number,
  headers: Record<string, string | number>,
): { start: number; end: number } | undefined {
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': 0 });
    return undefined;
  }
  const { start, end } = range ?? { start: 0, end: size };
  if (range) headers['content-range'] = `bytes ${start}-${end - 1}/${size}`;
  headers['content-length'] = end - start;
  res.writeHead(range ? 206 : 200, headers);
  return { start, end };
}

/** Streams the range, or half of it before a body fault: a stall, a truncation or a reset. */
async function sendBody(
  ctx: SimContext,
  res: ServerResponse,
  file: ReturnType<typeof resultFile>,
  { start, end }: { start: number; end: number },
  rules: FaultRule[],
): Promise<void> {
  const bodyFault = rules.find(
    (r) => r.fault === 'stall-body' || r.fault === 'truncate-body' || r.fault === 'reset-body',
  );
  const cutAt = bodyFault ? start + Math.floor((end - start) / 2) : end;
  for (const chunk of file.chunks(start, cutAt)) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
  }
  if (!bodyFault) {
    res.end();
    return;
  }
  countFault(ctx, bodyFault.fault);
  if (bodyFault.fault === 'stall-body') {
    // Stall: keep the connection open without sending more, until delayMs (default: never),
    // the client closes the connection, or the simulator closes.
    await ctx.clock
      .sleep(bodyFault.delayMs ?? Number.POSITIVE_INFINITY, closedSignal(res, ctx.closing))
      .catch(() => undefined);
    resetConnection(res);
  } else if (bodyFault.fault === 'truncate-body') {
    res.socket?.end();
  } else {
    resetConnection(res);
  }
}
