import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubStandIn } from '../../test/github-stand-in.ts';
import { createGitHubClient } from './github-client.ts';
import { commentMarker, postingIdentity, sameLogin, upsertPrComment } from './pr-comment.ts';

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
// GraphQL's viewer query is a read sent as POST.
const writes = (requests: string[]) =>
  requests.filter((r) => !r.startsWith('GET') && r !== 'POST /graphql');

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

  it('leaves another bot’s marked comment alone, and edits the one its own identity wrote', async () => {
    const other = `${commentMarker()}\nanother app's table`;
    const { gh, octokit } = await setup({
      comments: { 5: [{ body: other, user: { login: 'other-app[bot]', type: 'Bot' } }] },
    });
    const first = await upsertPrComment({ octokit, repository, issueNumber: 5, body: 'ours' });
    expect(first.action).toBe('created');
    const second = await upsertPrComment({ octokit, repository, issueNumber: 5, body: 'ours 2' });
    expect(second.action).toBe('updated');
    expect((gh.comments.get(5) ?? []).map((c) => [c.user.login, c.body])).toEqual([
      ['other-app[bot]', other],
      ['github-actions[bot]', `${commentMarker()}\nours 2`],
    ]);
  });

  it('finds its own comments by the login GET /user gives a user token', async () => {
    const { gh, octokit } = await setup({
      users: { t: 'release-bot' },
      comments: {
        6: [
          { body: `${commentMarker()}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } },
          { body: `${commentMarker()}\nmine`, user: { login: 'release-bot', type: 'User' } },
        ],
      },
    });
    expect(
      (await upsertPrComment({ octokit, repository, issueNumber: 6, body: 'new' })).action,
    ).toBe('updated');
    expect((gh.comments.get(6) ?? []).map((c) => c.body)).toEqual([
      `${commentMarker()}\nold`,
      `${commentMarker()}\nnew`,
    ]);
  });

  it('with a GitHub App installation token (GET /user refused) edits the comment its app bot wrote, not another bot’s', async () => {
    const gh = await startGitHubStandIn({
      repository,
      releases: [],
      apps: { 'app-token': 'clipwright-app' },
      comments: {
        8: [
          {
            body: `${commentMarker()}\nworkflow's`,
            user: { login: 'github-actions[bot]', type: 'Bot' },
          },
          {
            body: `${commentMarker()}\nthe app's`,
            user: { login: 'clipwright-app[bot]', type: 'Bot' },
          },
        ],
      },
    });
    close = gh.close;
    const octokit = createGitHubClient({
      token: 'app-token',
      baseUrl: gh.url,
      throttle: false,
      retryAfterBaseValue: 0,
    });
    expect(await postingIdentity(octokit)).toBe('clipwright-app[bot]');
    expect(
      (await upsertPrComment({ octokit, repository, issueNumber: 8, body: 'new' })).action,
    ).toBe('updated');
    expect((gh.comments.get(8) ?? []).map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', `${commentMarker()}\nworkflow's`],
      ['clipwright-app[bot]', `${commentMarker()}\nnew`],
    ]);
    // A first comment on another pull request, then a later push: one comment, edited.
    await upsertPrComment({ octokit, repository, issueNumber: 9, body: 'one' });
    await upsertPrComment({ octokit, repository, issueNumber: 9, body: 'two' });
    expect((gh.comments.get(9) ?? []).map((c) => [c.user.login, c.body])).toEqual([
      ['clipwright-app[bot]', `${commentMarker()}\ntwo`],
    ]);
    expect(gh.requests).toContain('GET /user');
    expect(gh.requests).toContain('POST /graphql');
  });

  it('names bots alike with or without [bot]', () => {
    expect(sameLogin('my-app[bot]', 'my-app')).toBe(true);
    expect(sameLogin('My-App[bot]', 'my-app[bot]')).toBe(true);
    expect(sameLogin('my-app-2[bot]', 'my-app[bot]')).toBe(false);
    expect(sameLogin(undefined, 'x')).toBe(false);
  });

  it('cuts a long body at whole table rows, keeping the total and never splitting a pair', async () => {
    const { gh, octokit } = await setup({});
    const rows = Array.from({ length: 2000 }, (_, n) => `| added | 🎬 clip ${n} 🎬 | 1.00 |`);
    const table = ['| status | video | head |', '| --- | --- | ---: |', ...rows].join('\n');
    const result = await upsertPrComment({
      octokit,
      repository,
      issueNumber: 1,
      body: `### Title\n\n${table}\n\n**Total delta: +2000.00 credits**\n`,
    });
    expect(result.action).toBe('created');
    const body = gh.comments.get(1)?.[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('**Total delta: +2000.00 credits**');
    expect(body).toContain('| status | video | head |');
    expect(body).toMatch(/… \d+ table rows left out .*job summary has them all/);
    for (const line of body.split('\n').filter((l) => l.startsWith('| added')))
      expect(line).toMatch(/^\| added \| 🎬 clip \d+ 🎬 \| 1\.00 \|$/);
    expect(body).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });

  it('cuts a body with no table at a code point, under the limit', async () => {
    const { gh, octokit } = await setup({});
    await upsertPrComment({ octokit, repository, issueNumber: 2, body: '😀'.repeat(40_000) });
    const body = gh.comments.get(2)?.[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });
});
