import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInAsset {
  id: number;
  name: string;
  state: 'uploaded' | 'starter';
  content_type: string;
  size: number;
  bytes: Buffer;
  browser_download_url: string;
}
export interface StandInRelease {
  id: number;
  tag_name: string;
  draft: boolean;
  immutable?: boolean;
  assets: StandInAsset[];
}
export interface StandInComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
}
export interface StandInPull {
  state: 'open' | 'closed';
  head: { sha: string; repo: string };
  labels?: string[];
}
export interface UploadRecord {
  name: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  bytes: number;
  status: number;
}

/**
 * A local stand-in for the parts of GitHub's REST API the action uses: releases (paginated
 * two per page so pagination is exercised), assets, uploads, compare, and issue comments
 * (listed two per page, created, updated) and labels. Written by hand:
 * no package serves these routes locally.
 */
export async function startGitHubStandIn(options: {
  repository: string;
  releases: Array<
    Omit<StandInRelease, 'assets'> & { assets?: Array<{ name: string; bytes?: Buffer }> }
  >;
  /** Upload attempts answered with 502 before one succeeds (each leaves a starter asset). */
  failUploads?: number;
  /** A private repository: a request without a token gets 404, as GitHub answers one. */
  private?: boolean;
  /** Tokens that may only read (writes get 403). */
  readOnlyTokens?: string[];
  compare?: Record<string, { files: string[]; commits: number }>;
  /** Issue (pull request) comments by issue number; listed two per page. */
  comments?: Record<number, Array<Pick<StandInComment, 'body'> & Partial<StandInComment>>>;
  /** Labels by issue number. */
  labels?: Record<number, string[]>;
  /** Pull requests by number, as `GET /pulls/{n}` returns them (the fields the action reads). */
  pulls?: Record<number, StandInPull>;
  /** Workflow-run artifacts: each listed under its run and downloaded as its zip bytes. */
  artifacts?: Array<{ runId: number; name: string; zip: Uint8Array; expired?: boolean }>;
  /** The login `GET /user` answers for a token; other tokens get 403, as an installation token does. */
  users?: Record<string, string>;
  /**
   * GitHub App installation tokens by the app's slug: `GET /user` is 403 for them, GraphQL's
   * `viewer` names the bot (`<slug>[bot]`), and their comments are the bot's.
   */
  apps?: Record<string, string>;
}) {
  let nextId = 1000;
  let failUploads = options.failUploads ?? 0;
  const uploads: UploadRecord[] = [];
  const requests: string[] = [];
  const releases: StandInRelease[] = options.releases.map((r) => ({
    ...r,
    assets: (r.assets ?? []).map((a) => asset(a.name, a.bytes ?? Buffer.from('old'), 'uploaded')),
  }));
  const comments = new Map<number, StandInComment[]>();
  for (const [issue, list] of Object.entries(options.comments ?? {})) {
    comments.set(
      Number(issue),
      list.map((c) =>
        newComment(Number(issue), c.body, c.user ?? { login: 'someone', type: 'User' }),
      ),
    );
  }
  function newComment(issue: number, body: string, user: StandInComment['user']): StandInComment {
    const id = nextId++;
    return {
      id,
      body,
      user,
      html_url: `https://github.example/${options.repository}/pull/${issue}#issuecomment-${id}`,
    };
  }
  /** Who a token posts as: a user, an app's bot, or the workflow's own github-actions[bot]. */
  function identity(token: string): StandInComment['user'] {
    const login = options.users?.[token];
    if (login) return { login, type: 'User' };
    const app = options.apps?.[token];
    return { login: `${app ?? 'github-actions'}[bot]`, type: 'Bot' };
  }
  let base = '';
  function asset(name: string, bytes: Buffer, state: StandInAsset['state']): StandInAsset {
    const id = nextId++;
    return {
      id,
      name,
      state,
      content_type: 'video/mp4',
      size: bytes.length,
      bytes,
      browser_download_url: `https://github.example/download/${id}/${name}`,
    };
  }
  // As GitHub answers: the digest of the bytes (REST `release-asset.digest`, "sha256:<hex>").
  const pub = (a: StandInAsset) => ({
    ...a,
    bytes: undefined,
    digest: `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`,
  });
  const pubRelease = (r: StandInRelease) => ({
    id: r.id,
    tag_name: r.tag_name,
    draft: r.draft,
    immutable: r.immutable ?? false,
    upload_url: `${base}/uploads/repos/${options.repository}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map(pub),
  });
  function json(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  const repoPath = `/repos/${options.repository}`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(`${req.method} ${url.pathname}`);
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
    if (options.private && token === '') return json(res, 404, { message: 'Not Found' });
    const write = req.method !== 'GET';
    if (write && options.readOnlyTokens?.includes(token)) {
      return json(res, 403, { message: 'Resource not accessible by integration' });
    }
    // The first path parameter when the method and path match, else undefined.
    const route = (method: string, pattern: string): string | undefined =>
      req.method === method
        ? (new RegExp(`^${pattern}$`).exec(url.pathname)?.[1] ?? undefined)
        : undefined;
    const assetsOf = route('GET', `${repoPath}/releases/(\\d+)/assets`);
    const deleted = route('DELETE', `${repoPath}/releases/assets/(\\d+)`);
    const uploadTo = route('POST', `/uploads${repoPath}/releases/(\\d+)/assets`);
    const updateRelease = route('PATCH', `${repoPath}/releases/(\\d+)`);
    const compared = route('GET', `${repoPath}/compare/(.+)`);
    const listComments = route('GET', `${repoPath}/issues/(\\d+)/comments`);
    const createComment = route('POST', `${repoPath}/issues/(\\d+)/comments`);
    const updateComment = route('PATCH', `${repoPath}/issues/comments/(\\d+)`);
    const listLabels = route('GET', `${repoPath}/issues/(\\d+)/labels`);
    const pull = route('GET', `${repoPath}/pulls/(\\d+)`);
    const runArtifacts = route('GET', `${repoPath}/actions/runs/(\\d+)/artifacts`);
    const artifactZip = route('GET', `${repoPath}/actions/artifacts/(\\d+)/zip`);
    if (req.method === 'POST' && url.pathname === '/graphql') {
      const query = String(
        (JSON.parse((await readBody(req)).toString('utf8') || '{}') as { query?: unknown }).query,
      );
      if (!/\bviewer\s*\{\s*login\s*\}/.test(query))
        return json(res, 200, { errors: [{ message: 'stand-in answers viewer { login } only' }] });
      return json(res, 200, { data: { viewer: { login: identity(token).login } } });
    }
    if (req.method === 'GET' && url.pathname === '/user') {
      const login = options.users?.[token];
      return login
        ? json(res, 200, { login, type: 'User' })
        : json(res, 403, { message: 'Resource not accessible by integration' });
    }
    if (pull) {
      const p = options.pulls?.[Number(pull)];
      if (!p) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, {
        number: Number(pull),
        state: p.state,
        head: { sha: p.head.sha, repo: { full_name: p.head.repo } },
        base: { repo: { full_name: options.repository } },
        labels: (p.labels ?? []).map((name) => ({ name })),
      });
    }
    if (runArtifacts) {
      const found = (options.artifacts ?? [])
        .map((a, i) => ({ ...a, id: 500 + i }))
        .filter((a) => a.runId === Number(runArtifacts))
        .filter((a) => !url.searchParams.get('name') || a.name === url.searchParams.get('name'));
      return json(res, 200, {
        total_count: found.length,
        artifacts: found.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.byteLength,
          expired: a.expired ?? false,
          workflow_run: { id: a.runId },
        })),
      });
    }
    if (artifactZip) {
      const a = options.artifacts?.[Number(artifactZip) - 500];
      if (!a) return json(res, 404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/zip' });
      res.end(Buffer.from(a.zip));
      return;
    }
    if (listComments) {
      const all = comments.get(Number(listComments)) ?? [];
      const page = Number(url.searchParams.get('page') ?? '1');
      const size = 2;
      const headers: Record<string, string> = {};
      if (page * size < all.length) {
        headers.link = `<${base}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`;
      }
      return json(res, 200, all.slice((page - 1) * size, page * size), headers);
    }
    if (createComment || updateComment) {
      const parsed = JSON.parse((await readBody(req)).toString('utf8') || '{}') as {
        body?: unknown;
      };
      if (typeof parsed.body !== 'string' || parsed.body === '') {
        return json(res, 422, {
          message: 'Validation Failed',
          errors: [{ field: 'body', code: 'missing_field' }],
        });
      }
      if (parsed.body.length > 65536) {
        return json(res, 422, {
          message: 'Validation Failed',
          errors: [
            {
              field: 'body',
              code: 'custom',
              message: 'body is too long (maximum is 65536 characters)',
            },
          ],
        });
      }
      if (createComment) {
        const issue = Number(createComment);
        const created = newComment(issue, parsed.body, identity(token));
        comments.set(issue, [...(comments.get(issue) ?? []), created]);
        return json(res, 201, created);
      }
      const found = [...comments.values()].flat().find((c) => c.id === Number(updateComment));
      if (!found) return json(res, 404, { message: 'Not Found' });
      found.body = parsed.body;
      return json(res, 200, found);
    }
    if (listLabels) {
      return json(
        res,
        200,
        (options.labels?.[Number(listLabels)] ?? []).map((name, i) => ({ id: i + 1, name })),
      );
    }
    if (req.method === 'GET' && url.pathname === `${repoPath}/releases`) {
      const page = Number(url.searchParams.get('page') ?? '1');
      const size = 2;
      const slice = releases.slice((page - 1) * size, page * size).map(pubRelease);
      const headers: Record<string, string> = {};
      if (page * size < releases.length) {
        headers.link = `<${base}${repoPath}/releases?per_page=100&page=${page + 1}>; rel="next"`;
      }
      return json(res, 200, slice, headers);
    }
    if (assetsOf) {
      const release = releases.find((r) => r.id === Number(assetsOf));
      return release
        ? json(res, 200, release.assets.map(pub))
        : json(res, 404, { message: 'Not Found' });
    }
    if (deleted) {
      for (const r of releases) r.assets = r.assets.filter((a) => a.id !== Number(deleted));
      res.writeHead(204).end();
      return;
    }
    if (updateRelease) {
      const release = releases.find((r) => r.id === Number(updateRelease));
      if (!release) return json(res, 404, { message: 'Not Found' });
      const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as {
        tag_name?: string;
      };
      if (body.tag_name) release.tag_name = body.tag_name;
      return json(res, 200, pubRelease(release));
    }
    if (uploadTo) {
      const release = releases.find((r) => r.id === Number(uploadTo));
      const name = githubAssetName(url.searchParams.get('name') ?? '');
      const bytes = await readBody(req);
      const record = {
        name,
        contentType: req.headers['content-type'],
        contentLength: req.headers['content-length'],
        bytes: bytes.length,
      };
      if (!release) return json(res, 404, { message: 'Not Found' });
      if (release.immutable && !release.draft) {
        uploads.push({ ...record, status: 422 });
        return json(res, 422, { message: 'Cannot upload assets to an immutable release.' });
      }
      if (release.assets.some((a) => a.name === name)) {
        uploads.push({ ...record, status: 422 });
        return json(res, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
        });
      }
      if (failUploads > 0) {
        failUploads--;
        release.assets.push(asset(name, Buffer.alloc(0), 'starter'));
        uploads.push({ ...record, status: 502 });
        return json(res, 502, { message: 'Bad Gateway' }, { 'retry-after': '0' });
      }
      const created = asset(name, bytes, 'uploaded');
      created.content_type = String(req.headers['content-type']);
      release.assets.push(created);
      uploads.push({ ...record, status: 201 });
      return json(res, 201, pub(created));
    }
    if (compared) {
      const entry = options.compare?.[decodeURIComponent(compared)];
      if (!entry) return json(res, 404, { message: 'Not Found' });
      const perPage = Number(url.searchParams.get('per_page') ?? '250');
      const page = Number(url.searchParams.get('page') ?? '1');
      const commits = Array.from(
        { length: Math.max(0, Math.min(perPage, entry.commits - (page - 1) * perPage)) },
        (_, i) => ({ sha: `c${i}` }),
      );
      // Like GitHub: the files come on the first page only.
      const files =
        page === 1 ? entry.files.map((filename) => ({ filename, status: 'modified' })) : [];
      return json(res, 200, { commits, files });
    }
    json(res, 404, { message: `stand-in has no route ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    releases,
    comments,
    uploads,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * How the stand-in renames an uploaded asset, after GitHub's documented behaviour ("GitHub
 * renames asset filenames that have special characters, non-alphanumeric characters, and
 * leading or trailing periods", REST reference, upload a release asset) and the renamings
 * users report (spaces, `~`, `:` and parentheses become `.`).
 */
export function githubAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+|\.+$/g, '');
}
