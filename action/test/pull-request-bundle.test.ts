import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, writeGitRepo } from '../../packages/pipeline/test/git-repo.ts';
import type { StandInPull } from './github-stand-in.ts';
import { runAction } from './run-action.ts';
import { startRunnerServices } from './runner-services.ts';

const KEY = 'sk-pr-preview-never-leak-51c2';
let services: Awaited<ReturnType<typeof startRunnerServices>>;
let sim: typeof services.sim;
let gh: typeof services.gh;
/** The pull requests GET /pulls/{n} answers: each test sets the one it runs on. */
const pulls: Record<number, StandInPull> = {};
/** The workflow-run artifacts the GitHub stand-in lists and serves as zips. */
const ghArtifacts: Array<{ runId: number; name: string; zip: Uint8Array }> = [];

beforeAll(async () => {
  services = await startRunnerServices({
    apiKey: KEY,
    run: 'run-pr',
    job: 'job-pr',
    github: {
      repository: 'acme/site',
      releases: [],
      comments: { 12: [{ body: 'Nice, ship it' }] },
      pulls,
      artifacts: ghArtifacts,
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
    ...(action === 'labeled' && labels[0] ? { label: { name: labels[0] } } : {}),
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
const label = 'clipwright:preview';
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
      "No paid previews: this event is not the 'clipwright:preview' label being added. The prompt files are validated and priced only.",
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
      /::error::Generating this pull request's added and changed videos costs about \d+\.\d\d estimated credits, over max-credits-delta 0 /,
    );
    expect(creates()).toBe(1);
  }, 120_000);

  it('with the preview label generates only the added and changed videos and shows them in the comment', async () => {
    const pr = await pullRequestCheckout();
    pulls[12] = { state: 'open', head: { sha: pr.head, repo: 'eve/site' }, labels: [label] };
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
    expect(existsSync(join(pr.workspace, '.clipwright'))).toBe(false);
    expect(await readFile(join(run.outDir, 'index.html'), 'utf8')).toContain('poster="added.jpg"');
  }, 120_000);

  it('never pays without an approval of the head commit: a push after the label, or a moved head', async () => {
    const pr = await pullRequestCheckout();
    const simCreates = sim.stats().creates;
    const inputs = {
      'api-key': KEY,
      'base-url': sim.url,
      'github-token': 'gh-token',
      upload: 'none',
      cache: 'false',
    };
    const env = { GITHUB_API_URL: gh.url };
    // The label stayed on and the author pushed again: synchronize is never an approval.
    pulls[12] = { state: 'open', head: { sha: pr.head, repo: 'eve/site' }, labels: [label] };
    const pushed = await runAction({
      workspace: pr.workspace,
      event: event(pr, 'synchronize', [label]),
      inputs,
      env,
    });
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toContain('No paid previews: this event is not');
    // Labelled, but the author pushed before this run started: the head moved.
    pulls[12] = { state: 'open', head: { sha: 'f'.repeat(40), repo: 'eve/site' }, labels: [label] };
    const moved = await runAction({
      workspace: pr.workspace,
      event: event(pr, 'labeled', [label]),
      inputs,
      env,
    });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/the head of #12 moved from [0-9a-f]{12} to ffffffffffff/);
    // Neither paid: both validated and priced only (a dry run).
    expect(sim.stats().creates).toBe(simCreates);
    for (const r of [pushed, moved]) {
      expect(r.outputs.completed).toBe('0');
      expect(r.summary).toContain('(dry run)');
    }
  }, 120_000);

  it('validates and annotates a broken prompt whatever pr-comment says, and fails the check', async () => {
    const repo = await writeGitRepo(
      { 'prompts/keep.md': prompt('A lighthouse at dusk.') },
      { 'prompts/broken.md': prompt('Too long.', 11) },
    );
    for (const mode of ['false', 'artifact', 'auto']) {
      const run = await runAction({
        workspace: repo.root,
        event: event(repo, 'opened'),
        inputs: { 'dry-run': 'true', upload: 'none', 'pr-comment': mode, 'github-token': 'gh' },
        // No artifact service here: the artifact mode only warns, the check still checks.
        env: { GITHUB_API_URL: gh.url },
      });
      expect(run.code, mode).toBe(1);
      expect(run.stdout, mode).toMatch(
        /::error title=Clipwright%3A invalid duration,file=prompts\/broken\.md,line=3,col=11::duration: /,
      );
      expect(run.outputs.invalid, mode).toBe('1');
    }
  }, 120_000);

  it('gates on gross new spend: an edit that removes one video and adds a dearer one fails a gate of 10', async () => {
    const repo = await writeGitRepo(
      { 'prompts/old.md': prompt('An old scene.', 12) },
      { 'prompts/old.md': null, 'prompts/new.md': prompt('A new scene.', 12) },
    );
    const run = await runAction({
      workspace: repo.root,
      event: event(repo, 'opened'),
      inputs: {
        'dry-run': 'true',
        upload: 'none',
        'pr-comment': 'false',
        'max-credits-delta': '10',
      },
    });
    // The signed delta is 0 (one removed, one added at the same price); new spend is not.
    expect(run.outputs['credits-delta']).toBe('0');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Generating this pull request's added and changed videos costs about (\d+)\.\d\d estimated credits, over max-credits-delta 10 \(signed delta 0\.00/,
    );
  }, 120_000);

  it('a fork’s comment in two stages: the check leaves the diff as an artifact, the workflow_run job posts it after its checks', async () => {
    const pr = await pullRequestCheckout();
    const stage1 = await runAction({
      workspace: pr.workspace,
      event: event(pr, 'opened'),
      inputs: { 'dry-run': 'true', upload: 'none', 'pr-comment': 'artifact', 'github-token': 'ro' },
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_RUN_ID: '7001',
        ACTIONS_RUNTIME_TOKEN: services.token,
        ACTIONS_RESULTS_URL: services.results.url,
      },
    });
    expect(stage1.code).toBe(0);
    const before = commentsOf().length;
    // Stage 1 wrote nothing to the pull request: its token may only read.
    expect(stage1.stdout).toContain('left as the artifact clipwright-pr-comment');
    const uploaded = services.results.artifacts
      .filter((a) => a.name === 'clipwright-pr-comment')
      .at(-1);
    const zip = new Uint8Array(
      await services.azurite.download(services.container, uploaded?.blob ?? ''),
    );
    const json = JSON.parse(new TextDecoder().decode(unzipSync(zip)['pr-comment.json']));
    expect(json).toMatchObject({ pullRequest: 12, head: pr.head, base: pr.base });

    const stage2 = (runId: number, headSha: string) =>
      runAction({
        workspace: pr.workspace,
        event: {
          name: 'workflow_run',
          payload: {
            repository: { full_name: 'acme/site' },
            workflow_run: {
              id: runId,
              event: 'pull_request',
              head_sha: headSha,
              head_repository: { full_name: 'eve/site' },
            },
          },
        },
        inputs: { 'pr-comment-from': String(runId), 'github-token': 'gh-token' },
        env: { GITHUB_API_URL: gh.url },
      });
    pulls[12] = { state: 'open', head: { sha: pr.head, repo: 'eve/site' } };
    // A tampered artifact (a Markdown body, a mention) is refused by the schema: nothing posted.
    ghArtifacts.push({
      runId: 7002,
      name: 'clipwright-pr-comment',
      zip: zipSync({
        'pr-comment.json': new TextEncoder().encode(
          JSON.stringify({ ...json, body: '@everyone', diff: { entries: 'x' } }),
        ),
      }),
    });
    const tampered = await stage2(7002, pr.head);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(
      /::error::Clipwright failed: pr-comment\.json is not a Clipwright cost diff/,
    );
    // An artifact of an older head: skipped, nothing posted.
    ghArtifacts.push({ runId: 7003, name: 'clipwright-pr-comment', zip });
    pulls[12] = { state: 'open', head: { sha: 'e'.repeat(40), repo: 'eve/site' } };
    const stale = await stage2(7003, pr.head);
    expect(stale.stdout).toMatch(
      /::warning::The cost diff of run 7003 was not posted: .*head is now eeeeeeeeeeee/,
    );
    expect(commentsOf()).toHaveLength(before);
    // The real one, for the PR's current head: posted, rendered again from the JSON.
    pulls[12] = { state: 'open', head: { sha: pr.head, repo: 'eve/site' } };
    ghArtifacts.push({ runId: 7004, name: 'clipwright-pr-comment', zip });
    const posted = await stage2(7004, pr.head);
    expect(posted.code).toBe(0);
    const body = commentsOf().at(-1)?.body ?? '';
    expect(body).toMatch(/^<!-- clipwright:cost-diff -->\n### Clipwright: credit cost/);
    expect(body).toMatch(/\| added \| added \|/);
    expect(posted.stdout).toMatch(/Pull-request comment (created|updated)/);
    expect(commentsOf().length).toBeLessThanOrEqual(before + 1);
  }, 120_000);

  it('a pull request that commits .clipwright/ state changes nothing on main', async () => {
    const planted = JSON.stringify({ planted: true });
    const repo = await writeGitRepo(
      { 'prompts/keep.md': prompt('A lighthouse at dusk.') },
      {
        'prompts/added.md': prompt('A planted harbour.'),
        '.clipwright/state/journal.json': planted,
        '.clipwright/state/ledger.json': planted,
        '.clipwright/out/manifest.json': planted,
      },
    );
    const cacheEnv = {
      GITHUB_API_URL: gh.url,
      ACTIONS_RUNTIME_TOKEN: services.token,
      ACTIONS_RESULTS_URL: services.results.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
    };
    const inputs = { 'api-key': KEY, 'base-url': sim.url, upload: 'none', cache: 'true' };
    pulls[12] = { state: 'open', head: { sha: repo.head, repo: 'eve/site' }, labels: [label] };
    const keysBefore = services.results.cacheEntries.length;
    const creates = sim.stats().creates;
    // The approved preview, as pr-previews.yml runs it: pull_request_target, the head checked out.
    const preview = await runAction({
      workspace: repo.root,
      event: { ...event(repo, 'labeled', [label]), name: 'pull_request_target' },
      inputs: { ...inputs, 'github-token': 'gh-token' },
      env: { ...cacheEnv, GITHUB_RUN_ID: '801' },
    });
    expect(preview.code).toBe(0);
    expect(preview.outputs.completed).toBe('1');
    expect(sim.stats().creates - creates).toBe(1);
    // The checkout's .clipwright/ was neither read nor written.
    for (const f of ['state/journal.json', 'state/ledger.json', 'out/manifest.json'])
      expect(await readFile(join(repo.root, '.clipwright', f), 'utf8')).toBe(planted);
    const prKeys = services.results.cacheEntries.slice(keysBefore).map((e) => e.key);
    expect(prKeys.length).toBeGreaterThan(0);
    for (const key of prKeys) expect(key).toMatch(/^clipwright-v2-untrusted-pr12-/);
    // The merge lands on main: a push run restores nothing the pull request's run saved.
    const push = await runAction({
      workspace: repo.root,
      event: { name: 'push', payload: {} },
      inputs,
      env: { ...cacheEnv, GITHUB_RUN_ID: '802' },
    });
    expect(push.code).toBe(0);
    expect(push.outputs.cached).toBe('0');
    expect(push.outputs.completed).toBe('2');
    // Both made by EvoLink for this run: keep is new; added's request carries the same
    // idempotency key as the preview's, so EvoLink answers with that task (paid once, never a
    // file from the pull request's tree or cache).
    expect(sim.stats().creates - creates).toBe(2);
  }, 120_000);
});
