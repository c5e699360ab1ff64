import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubStandIn } from '../../test/github-stand-in.ts';
import { createGitHubClient } from './github-client.ts';
import { commentMarker, upsertPrComment } from './pr-comment.ts';

const repository = 'acme/site';
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setup(
  options: Omit<Parameters<typeof startGitHubStandIn>[0], 'repository' | 'releases'>,
) {
  const gh = await startGitHubStandIn({ repository, releases: [], ...options });
  close = gh.close;
  const octokit = createGitHubClient({
    token: 't',
    baseUrl: gh.url,
    retryAfterBaseValue: 0,
    throttle: false,
  });
  return { gh, octokit };
}
const writes = (requests: string[]) => requests.filter((r) => !r.startsWith('GET'));

describe('upsertPrComment', () => {
  it('creates one comment, then edits it in place on the next run, found past the first page', async () => {
    const { gh, octokit } = await setup({
      comments: {
        7: [{ body: 'LGTM' }, { body: 'one nit' }, { body: `quoting ${commentMarker()}` }],
      },
    });
    const first = await upsertPrComment({ octokit, repository, issueNumber: 7, body: 'v1' });
    expect(first.action).toBe('created');
    const second = await upsertPrComment({ octokit, repository, issueNumber: 7, body: 'v2' });
    expect(second).toMatchObject({
      action: 'updated',
      id: first.action === 'skipped' ? -1 : first.id,
    });
    const third = await upsertPrComment({ octokit, repository, issueNumber: 7, body: 'v2' });
    expect(third.action).toBe('unchanged');
    const bodies = (gh.comments.get(7) ?? []).map((c) => c.body);
    expect(bodies).toEqual([
      'LGTM',
      'one nit',
      `quoting ${commentMarker()}`,
      `${commentMarker()}\nv2`,
    ]);
    expect(writes(gh.requests)).toEqual([
      'POST /repos/acme/site/issues/7/comments',
      'PATCH /repos/acme/site/issues/comments/' +
        String(first.action === 'skipped' ? '' : first.id),
    ]);
  });

  it('never edits a person comment that starts with the marker; create: false posts nothing', async () => {
    const { gh, octokit } = await setup({
      comments: { 3: [{ body: `${commentMarker()}\nmine` }] },
    });
    expect(
      await upsertPrComment({ octokit, repository, issueNumber: 3, body: 'x', create: false }),
    ).toEqual({
      action: 'skipped',
    });
    expect(writes(gh.requests)).toEqual([]);
    expect(gh.comments.get(3)?.[0]?.body).toBe(`${commentMarker()}\nmine`);
  });

  it('cuts a body over GitHub’s limit instead of failing', async () => {
    const { gh, octokit } = await setup({});
    const result = await upsertPrComment({
      octokit,
      repository,
      issueNumber: 1,
      body: 'x'.repeat(70_000),
    });
    expect(result.action).toBe('created');
    const body = gh.comments.get(1)?.[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('job summary has it all');
  });
});
