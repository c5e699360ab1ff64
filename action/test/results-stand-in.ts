import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArtifactRecord {
  name: string;
  blob: string;
  mimeType?: string;
  expiresAt?: string;
  size?: string;
  hash?: string;
  id?: number;
}

/**
 * A local stand-in for the Twirp calls of the Actions results service (JSON encoding) that
 * @actions/artifact v6 makes (ArtifactService CreateArtifact and FinalizeArtifact) and
 * @actions/cache makes (CacheService v2, below). Written by hand: the real service is not
 * public. Blobs go to Azurite through the signed URL it hands out.
 */
export async function startResultsStandIn(options: {
  runtimeToken: string;
  runBackendId: string;
  jobBackendId: string;
  container: string;
  signedUploadUrl: (container: string, blob: string) => string;
}) {
  const artifacts: ArtifactRecord[] = [];
  let nextId = 4100;
  const cacheEntries: Array<{ key: string; version: string; blob: string; finalized: boolean }> =
    [];
  // The Actions cache's three Twirp calls (CacheService v2): immutable keys, lookup by exact
  // key then by restore-key prefix, newest first.
  const cacheCall = (method: string, body: Record<string, unknown>): object => {
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    if (method === 'CreateCacheEntry') {
      if (cacheEntries.some((e) => e.key === key && e.version === version)) {
        return { ok: false, message: 'cache entry already exists' };
      }
      const blob = `cache/${cacheEntries.length}-${encodeURIComponent(key)}`;
      cacheEntries.push({ key, version, blob, finalized: false });
      return { ok: true, signed_upload_url: options.signedUploadUrl(options.container, blob) };
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = cacheEntries.find((e) => e.key === key && e.version === version);
      if (!entry) return { ok: false, message: 'no such entry' };
      entry.finalized = true;
      return { ok: true, entry_id: String(cacheEntries.indexOf(entry) + 1) };
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const ready = cacheEntries.filter((e) => e.finalized && e.version === version).reverse();
      const prefixes = (body.restore_keys ?? body.restoreKeys ?? []) as string[];
      const hit =
        ready.find((e) => e.key === key) ??
        ready.find((e) => prefixes.some((p) => e.key.startsWith(p)));
      if (!hit) return { ok: false };
      return {
        ok: true,
        signed_download_url: options.signedUploadUrl(options.container, hit.blob),
        matched_key: hit.key,
      };
    }
    return { ok: false, message: `no cache method ${method}` };
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const [, service, method = ''] =
      /^\/twirp\/github\.actions\.results\.api\.v1\.(ArtifactService|CacheService)\/(\w+)$/.exec(
        req.url ?? '',
      ) ?? [];
    if (req.headers.authorization !== `Bearer ${options.runtimeToken}`)
      return send(401, { code: 'unauthenticated', msg: 'bad token' });
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
    if (service === 'CacheService') return send(200, cacheCall(method, body));
    // protobuf JSON: the client may send either the proto names or the lowerCamel JSON names.
    const field = (snake: string, camel: string) =>
      (body[snake] ?? body[camel]) as string | undefined;
    const runId = field('workflow_run_backend_id', 'workflowRunBackendId');
    const jobId = field('workflow_job_run_backend_id', 'workflowJobRunBackendId');
    if (runId !== options.runBackendId || jobId !== options.jobBackendId) {
      return send(400, { code: 'invalid_argument', msg: 'backend ids do not match the token' });
    }
    const name = String(body.name ?? '');
    if (method === 'CreateArtifact') {
      if (artifacts.some((a) => a.name === name))
        return send(409, {
          code: 'already_exists',
          msg: 'an artifact with this name already exists on the workflow run',
        });
      const blob = `${options.runBackendId}/${name}`;
      const mime = body.mime_type ?? body.mimeType;
      const expires = field('expires_at', 'expiresAt');
      artifacts.push({
        name,
        blob,
        ...(typeof mime === 'string' ? { mimeType: mime } : {}),
        ...(expires ? { expiresAt: expires } : {}),
      });
      return send(200, {
        ok: true,
        signed_upload_url: options.signedUploadUrl(options.container, blob),
      });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.name === name);
      if (!artifact) return send(404, { code: 'not_found', msg: 'no such artifact' });
      artifact.size = String(body.size);
      const hash = body.hash;
      if (typeof hash === 'string') artifact.hash = hash;
      artifact.id = nextId++;
      return send(200, { ok: true, artifact_id: String(artifact.id) });
    }
    send(404, { code: 'bad_route', msg: `no method ${req.url}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    artifacts,
    cacheEntries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An unsigned JWT with the claims @actions/artifact decodes (it never verifies the signature). */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead:x Actions.Results:${runBackendId}:${jobBackendId}` })}.sig`;
}
