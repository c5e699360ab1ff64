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
 * Keeps one comment per pull request: finds the one whose body starts with the marker and edits
 * it in place (or leaves it when the text is the same), else creates it. Several marked
 * comments (a race of two runs) resolve to the oldest, so the thread never gains a second one
 * on a later push.
 */
export async function upsertPrComment(options: UpsertPrCommentOptions): Promise<UpsertOutcome> {
  const [owner = '', repo = ''] = options.repository.split('/');
  const marker = options.marker ?? commentMarker();
  let body = `${marker}\n${options.body}`;
  if (body.length > maxBody) {
    body = `${body.slice(0, maxBody - 200)}\n\n… (cut to GitHub's comment limit; the job summary has it all)`;
  }
  const { octokit, issueNumber } = options;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  // Only our own kind of author: a person quoting the marker keeps their comment.
  const ours = comments.find(
    (c) => (c.body ?? '').startsWith(marker) && (c.user?.type ?? 'Bot') === 'Bot',
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
