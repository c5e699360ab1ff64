import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, writeGitRepo } from '../../packages/pipeline/test/git-repo.ts';
import { runAction } from './run-action.ts';
import { startRunnerServices } from './runner-services.ts';

const KEY = 'sk-pr-preview-never-leak-51c2';
let services: Awaited<ReturnType<typeof startRunnerServices>>;
let sim: typeof services.sim;
let gh: typeof services.gh;

beforeAll(async () => {
  services = await startRunnerServices({
    apiKey: KEY,
    run: 'run-pr',
    job: 'job-pr',
    github: {
      repository: 'acme/site',
      releases: [],
      comments: { 12: [{ body: 'Nice, ship it' }] },
    },
  });
  ({ sim, gh } = services);
}, 60_000);

afterAll(async () => {
  await services?.close();
});

const prompt = (body: string, duration = 4) =>
  `---\nmodel: sora-2-pro-preview\nduration: ${duration}\n---\n${body} sim:seconds=2\n`;

/** The PR's repository (base and head commits) and a depth-1 checkout of head, as actions/checkout makes it. */
async function pullRequestCheckout() {
  const repo = await writeGitRepo(
    { 'prompts/keep.md': prompt('A lighthouse at dusk.'), 'prompts/edit.md': prompt('Waves.') },
    {
      'prompts/added.md': prompt('A new harbour scene.', 8),
      'prompts/edit.md': prompt('Waves at night.'),
    },
  );
  const workspace = join(await mkdtemp(join(tmpdir(), 'cw-pr-')), 'ws');
  git(repo.root, 'clone', '-q', '--depth=1', `file://${repo.root}`, workspace);
  return { ...repo, workspace };
}

const event = (pr: { base: string; head: string }, action: string, labels: string[] = []) => ({
  name: 'pull_request',
  payload: {
    action,
    number: 12,
    repository: { full_name: 'acme/site' },
    pull_request: {
      number: 12,
      base: { sha: pr.base },
      head: { sha: pr.head, repo: { full_name: 'eve/site' } },
      labels: labels.map((name) => ({ name })),
    },
  },
});
const commentsOf = () => gh.comments.get(12) ?? [];
const creates = () =>
  gh.requests.filter((r) => r === 'POST /repos/acme/site/issues/12/comments').length;

describe('the bundled action on pull_request events', () => {
  it('comments the cost diff once, edits it on the next push, and needs no api-key (fork PR)', async () => {
    const pr = await pullRequestCheckout();
    const simCreates = sim.stats().creates;
    const inputs = { 'api-key': '', 'base-url': sim.url, 'github-token': 'gh-token' };
    const env = { GITHUB_API_URL: gh.url };
    const first = await runAction({
      workspace: pr.workspace,
      event: event(pr, 'opened'),
      inputs,
      env,
    });
    expect(first.stderr + first.stdout).not.toMatch(/::error::/);
    expect(first.code).toBe(0);
    // The depth-1 checkout lacked the base commit: fetched, and said so.
    expect(first.stdout).toContain(
      `The checkout lacks commit ${pr.base.slice(0, 12)}: fetching it from origin.`,
    );
    expect(creates()).toBe(1);
    const [, ours] = commentsOf();
    expect(ours?.body).toMatch(/^<!-- clipwright:cost-diff -->\n/);
    expect(ours?.body).toMatch(/\| added \| added \| {2}\| \d+\.\d\d \| \+\d+\.\d\d \|/);
    expect(ours?.body).toMatch(
      /\| changed \| edit \| \d+\.\d\d \| \d+\.\d\d \| 0\.00 \| .*prompt changed/,
    );
    expect(ours?.body).toMatch(/\*\*Total delta: \+\d+\.\d\d credits\*\*/);
    expect(first.summary).toContain('| added | added |');
    expect(first.stdout).toContain(
      "No 'clipwright:preview' label on this event: no preview is generated.",
    );

    // A push to the PR: a new head commit, so the comment's text changes and is edited in place.
    await writeFile(join(pr.root, 'prompts/added.md'), prompt('A new harbour scene.', 4));
    git(pr.root, 'commit', '-q', '-am', 'shorter');
    const pushed = { base: pr.base, head: git(pr.root, 'rev-parse', 'HEAD') };
    const second = await runAction({
      workspace: pr.workspace,
      event: event(pushed, 'synchronize'),
      inputs,
      env,
    });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Pull-request comment updated/);
    expect(gh.requests).toContain(`PATCH /repos/acme/site/issues/comments/${ours?.id}`);
    expect(commentsOf()[1]?.body).toContain(pushed.head.slice(0, 7));
    expect(creates()).toBe(1);
    expect(commentsOf()).toHaveLength(2);
    expect(sim.stats().creates).toBe(simCreates);

    const tooMuch = await runAction({
      workspace: pr.workspace,
      event: event(pushed, 'synchronize'),
      inputs: { ...inputs, 'max-credits-delta': '0' },
      env,
    });
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.stdout).toMatch(
      /::error::This pull request adds \+\d+\.\d\d estimated credits, over max-credits-delta 0\./,
    );
    expect(creates()).toBe(1);
  }, 120_000);

  it('with the preview label generates only the added and changed videos and shows them in the comment', async () => {
    const pr = await pullRequestCheckout();
    const simCreates = sim.stats().creates;
    const run = await runAction({
      workspace: pr.workspace,
      event: event(pr, 'labeled', ['clipwright:preview']),
      inputs: {
        'api-key': KEY,
        'base-url': sim.url,
        'github-token': 'gh-token',
        upload: 'artifact',
        cache: 'false',
      },
      env: {
        GITHUB_API_URL: gh.url,
        ACTIONS_RUNTIME_TOKEN: services.token,
        ACTIONS_RESULTS_URL: services.results.url,
      },
    });
    expect(run.stderr + run.stdout).not.toMatch(/::error::/);
    expect(run.code).toBe(0);
    expect(sim.stats().creates - simCreates).toBe(2);
    const videos = JSON.parse(run.outputs.videos ?? '[]') as Array<{
      name: string;
      status: string;
    }>;
    expect(videos.map((v) => [v.name, v.status]).sort()).toEqual([
      ['added', 'completed'],
      ['edit', 'completed'],
    ]);
    const artifact = services.results.artifacts.find((a) => a.name === 'clipwright-videos');
    const zip = unzipSync(
      new Uint8Array(await services.azurite.download(services.container, artifact?.blob ?? '')),
    );
    // ffmpeg is on the PATH: each preview's poster frame goes into the artifact too.
    expect(Object.keys(zip).sort()).toEqual([
      'added.jpg',
      'added.mp4',
      'edit.jpg',
      'edit.mp4',
      'index.html',
      'manifest.json',
    ]);
    const body = commentsOf().at(-1)?.body ?? '';
    expect(body).toMatch(/#### Previews/);
    expect(body).toMatch(
      /\| added \| completed \| \d+\.\d\d \| \[download\]\(https:\/\/github\.com\/acme\/site\/actions\/runs\/4242\/artifacts\/\d+\) \|/,
    );
    expect(body).toMatch(/\| edit \| completed \|/);
    expect(body).not.toMatch(/\| keep \| completed/);
    // The key only in the runner's ::add-mask:: command, never in a log line or the comment.
    const logs = run.stdout.split('\n').filter((l) => l !== `::add-mask::${KEY}`);
    expect([...logs, run.stderr, body, run.summary].join('\n')).not.toContain(KEY);
    expect(await readFile(join(pr.workspace, '.clipwright/out/index.html'), 'utf8')).toContain(
      'poster="added.jpg"',
    );
  }, 120_000);
});
