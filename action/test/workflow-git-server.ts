import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for GitHub's git smart-HTTP endpoint (`<server>/<owner>/<repo>.git`),
 * served by git's own `git http-backend` (CGI) over the bare repositories under `root`.
 * Private: every request without `Authorization: basic x-access-token:<token>` of a known token
 * gets 401, as github.com answers a private repository. Written by hand: it is only the CGI
 * bridge (environment in, headers and body out); git does the protocol.
 */
export async function startGitServer(options: {
  /** Folder holding `<owner>/<repo>.git` bare repositories. */
  root: string;
  private: boolean;
  /** Tokens that may read. */
  tokens: string[];
}) {
  const requests: Array<{ path: string; status: number; authorized: boolean }> = [];
  const allowed = new Set(
    options.tokens.map((t) =>
      `basic ${Buffer.from(`x-access-token:${t}`).toString('base64')}`.toLowerCase(),
    ),
  );
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const auth = String(req.headers.authorization ?? '').toLowerCase();
    const authorized = allowed.has(auth);
    if (options.private && !authorized) {
      requests.push({ path: url.pathname, status: 401, authorized });
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' });
      res.end('Authentication required\n');
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: options.root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: String(req.headers['content-type'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headersDone = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      requests.push({ path: url.pathname, status, authorized });
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => {
      if (!headersDone) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // github.localhost: git (libcurl) resolves *.localhost to the loopback, and @actions/artifact
  // takes a *.localhost server for github.com, not for GitHub Enterprise Server.
  const url = `http://github.localhost:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
