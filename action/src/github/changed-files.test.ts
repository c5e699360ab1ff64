import { afterEach, describe, expect, it } from 'vitest';
import { startGitHubStandIn } from '../../test/github-stand-in.ts';
import { changedFiles } from './changed-files.ts';
import { createGitHubClient } from './github-client.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('changedFiles (compare API on a REST stand-in)', () => {
  it('lists the files changed between before and after across pages', async () => {
    const gh = await startGitHubStandIn({
      repository: 'acme/site',
      releases: [],
      compare: { 'a...b': { files: ['prompts/intro.md', 'README.md'], commits: 5 } },
    });
    close = gh.close;
    const octokit = createGitHubClient({ token: 't', baseUrl: gh.url, throttle: false });
    const files = await changedFiles({
      octokit,
      repository: 'acme/site',
      before: 'a',
      after: 'b',
      perPage: 2,
    });
    expect(files).toEqual(['README.md', 'prompts/intro.md']);
    expect(gh.requests.filter((r) => r.includes('/compare/'))).toHaveLength(3);
  });

  it('returns undefined (generate everything) for a new branch or a comparison past the file limit', async () => {
    const gh = await startGitHubStandIn({
      repository: 'acme/site',
      releases: [],
      compare: { 'a...b': { files: Array.from({ length: 300 }, (_, i) => `f${i}`), commits: 1 } },
    });
    close = gh.close;
    const octokit = createGitHubClient({ token: 't', baseUrl: gh.url, throttle: false });
    expect(
      await changedFiles({ octokit, repository: 'acme/site', before: '0000000', after: 'b' }),
    ).toBeUndefined();
    expect(
      await changedFiles({ octokit, repository: 'acme/site', before: 'a', after: 'b' }),
    ).toBeUndefined();
  });
});
