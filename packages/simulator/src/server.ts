import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './account/auth.ts';
import { creditsBody } from './account/credits.ts';
import type { SimContext } from './context.ts';
import { applyEarlyFaults } from './faults/apply-faults.ts';
import { fileIdOfPath } from './files/file-store.ts';
import { catalogPaths, handleCatalog } from './handlers/handle-catalog.ts';
import { handleCreate } from './handlers/handle-create.ts';
import { handleFile } from './handlers/handle-file.ts';
import { handleQuery } from './handlers/handle-query.ts';
import { handleUpload, handleUploadedFile } from './handlers/handle-upload.ts';
import { ApiError, serverError } from './http/api-error.ts';
import { sendError, sendJson } from './http/respond.ts';

const notFound = () =>
  new ApiError(404, {
    code: 'not_found',
    message: 'The requested resource was not found',
    type: 'not_found_error',
  });

/** Routes one request. Every API error is answered with the documented envelope. */
export function createHandler(ctx: SimContext, stats: () => unknown) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    ctx.counters.requests++;
    // Every answer, errors included, carries a request id (vendor client code reads it).
    res.setHeader('x-request-id', `req-sim-${ctx.counters.requests}`);
    const url = new URL(req.url ?? '/', 'http://simulator');
    const path = url.pathname;
    try {
      if (path === '/v1/videos/generations' && req.method === 'POST')
        return await handleCreate(ctx, req, res);
      const task = /^\/v1\/tasks\/([^/]+)$/.exec(path);
      if (task?.[1] !== undefined && req.method === 'GET') {
        return await handleQuery(ctx, req, res, decodeURIComponent(task[1]));
      }
      const file = /^\/files\/([A-Za-z0-9]+)\.mp4$/.exec(path);
      if (file?.[1] && (req.method === 'GET' || req.method === 'HEAD'))
        return await handleFile(ctx, req, res, file[1], undefined);
      if (path === '/api/v1/files/upload/stream' && req.method === 'POST')
        return await handleUpload(ctx, req, res);
      const uploaded = fileIdOfPath(path);
      if (uploaded && (req.method === 'GET' || req.method === 'HEAD'))
        return handleUploadedFile(ctx, req, res, uploaded);
      if (path === '/v1/credits' && req.method === 'GET') {
        const key = authenticate(req, ctx.keys);
        if (!(await applyEarlyFaults(ctx, 'credits', res))) return;
        return sendJson(res, 200, creditsBody(ctx.ledger, key));
      }
      const catalog = catalogPaths.find((p) => p === path);
      if (catalog && req.method === 'GET') return await handleCatalog(ctx, req, res, catalog);
      if (path === '/__sim/stats' && req.method === 'GET') return sendJson(res, 200, stats());
      throw notFound();
    } catch (error) {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendError(res, error instanceof ApiError ? error : serverError(500));
    }
  };
}

/**
 * The second listener (another origin, like a CDN): serves only signed result URLs,
 * `/files/{fileId}.mp4?signature=...`, and counts requests that carry Authorization.
 */
export function createCdnHandler(ctx: SimContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    ctx.counters.requests++;
    ctx.counters.signedDownloads.requests++;
    if (req.headers.authorization !== undefined) ctx.counters.signedDownloads.withAuthorization++;
    const url = new URL(req.url ?? '/', 'http://simulator');
    const file = /^\/files\/([A-Za-z0-9]+)\.mp4$/.exec(url.pathname);
    try {
      if (file?.[1] && (req.method === 'GET' || req.method === 'HEAD')) {
        return await handleFile(ctx, req, res, file[1], url.searchParams.get('signature') ?? '');
      }
      throw notFound();
    } catch (error) {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendError(res, error instanceof ApiError ? error : serverError(500));
    }
  };
}
