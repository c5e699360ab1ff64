import type { GitHubClient } from './github-client.ts';

/** The hidden first line that marks the action's comment, so it is found and edited again. */
export function commentMarker(key = 'cost-diff'): string {
  return `<!-- clipwright:${key.replace(/[^\w.-]/g, '_')} -->`;
}

/** Options for {@link upsertPrComment}. */
export interface UpsertPrCommentOptions {
  octokit: GitHubClient;
  /** owner/name */
  repository: string;
  /** The pull request's number (its issue number). */
  issueNumber: number;
  /** Markdown without the marker; the marker is put first. */
  body: string;
  /** Default {@link commentMarker}(). */
  marker?: string;
  /** Create the comment when none carries the marker; `false` only updates one. Default true. */
  create?: boolean;
}

export type UpsertOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { action: 'skipped' };

/** GitHub refuses comment bodies over 65 536 characters. */
const maxBody = 65_536;

/**
 * The login the token posts as. A user's token: `GET /user`. An installation token (the
 * workflow's `github.token`, or a GitHub App's from actions/create-github-app-token) gets 403
 * there ("Resource not accessible by integration"), but GraphQL's `viewer` answers it with
 * the app's bot login (`my-app[bot]`; fullsend-ai/fullsend#1953 reports it working with
 * installation tokens, 2026-06). When neither answers: `github-actions[bot]`, the identity
 * of the workflow's own token.
 */
export async function postingIdentity(octokit: GitHubClient): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    try {
      const { viewer } = await octokit.graphql<{ viewer: { login: string } }>(
        'query { viewer { login } }',
      );
      if (viewer?.login) return viewer.login;
    } catch {
      // Neither REST nor GraphQL names the token: it is the workflow's own.
    }
    return 'github-actions[bot]';
  }
}

/** Two logins of one identity: GraphQL may name a bot without the `[bot]` REST shows. */
export function sameLogin(a: string | undefined, b: string): boolean {
  const plain = (login: string) => login.replace(/\[bot\]$/i, '').toLowerCase();
  return a !== undefined && plain(a) === plain(b);
}

/**
 * A body cut to `max` characters at whole lines: the table rows go from the end, every other
 * line (titles, the total, notes) stays, and a last line says how many rows were left out.
 * Whole lines never split a surrogate pair.
 */
export function fitComment(body: string, max: number): string {
  if (body.length <= max) return body;
  const lines = body.split('\n');
  const isRow = (i: number) =>
    (lines[i] ?? '').startsWith('|') &&
    !(lines[i] ?? '').startsWith('| ---') &&
    !(lines[i + 1] ?? '').startsWith('| ---');
  const note = (n: number) =>
    `\n… ${n} table rows left out to fit GitHub's comment limit: the job summary has them all.`;
  const dropped = new Set<number>();
  let size = body.length + note(lines.length).length;
  for (let i = lines.length - 1; i >= 0 && size > max; i--) {
    if (!isRow(i)) continue;
    dropped.add(i);
    size -= (lines[i] ?? '').length + 1;
  }
  const kept = lines.filter((_, i) => !dropped.has(i)).join('\n') + note(dropped.size);
  if (kept.length <= max) return kept;
  // Only when the other lines alone are too long: cut at a code point, never inside a pair.
  let cut = '';
  for (const ch of kept) {
    if (cut.length + ch.length > max - 200) break;
    cut += ch;
  }
  return cut + note(dropped.size);
}

/**
 * Keeps one comment per pull request: finds the one whose body starts with the marker and edits
 * it in place (or leaves it when the text is the same), else creates it. Several marked
 * comments (a race of two runs) resolve to the oldest, so the thread never gains a second one
 * on a later push.
 */
export async function upsertPrComment(options: UpsertPrCommentOptions): Promise<UpsertOutcome> {
  const [owner = '', repo = ''] = options.repository.split('/');
  const marker = options.marker ?? commentMarker();
  const body = fitComment(`${marker}\n${options.body}`, maxBody);
  const { octokit, issueNumber } = options;
  const me = await postingIdentity(octokit);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  // Only comments this token's identity wrote: a person quoting the marker, or another bot
  // (another workflow's app) carrying it, keeps their comment.
  const ours = comments.find(
    (c) => (c.body ?? '').startsWith(marker) && sameLogin(c.user?.login, me),
  );
  if (ours) {
    if (ours.body === body) return { action: 'unchanged', id: ours.id, url: ours.html_url };
    const { data } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: ours.id,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  if (options.create === false) return { action: 'skipped' };
  const { data } = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}
