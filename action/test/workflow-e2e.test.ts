import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { startGitHubStandIn } from './github-stand-in.ts';
import { startGitServer } from './workflow-git-server.ts';
import { callInputs, resolveValue, stepInputs } from './workflow-inputs.ts';
import {
  actionStep,
  evaluateIf,
  jobPermissions,
  loadWorkflow,
  loadWorkflows,
  runStepScript,
  type Step,
  stepOf,
  type Workflow,
} from './workflow-model.ts';
import { checkout, originRepository, type PullRequestRefs } from './workflow-repo.ts';
import {
  buildBundle,
  runActionStep,
  startJobServices,
  startSharedServices,
} from './workflow-runner.ts';

/**
 * Every shipped workflow that runs the action, event by event, end to end: the job's `if:` is
 * evaluated for the event's payload (by @actions/expressions), its permissions are checked,
 * its checkout is done as actions/checkout does it (with the step's own `with:`) from a git
 * stand-in, and the action step runs the current sources' bundle with exactly the step's
 * `with:` (expressions resolved from the event, action.yml's defaults for the rest) against
 * the GitHub REST stand-in, the results service (artifacts, Actions cache) and the EvoLink
 * simulator; then its post step. Each row runs for a public and a private repository: private,
 * git and REST refuse every read without the job's token. The one deviation from the files:
 * the `base-url` default points at the simulator.
 */

const KEY = 'sk-workflow-e2e-never-leak-93a1';
/** github.token: read-only unless the job's permissions grant a write. */
const TOKEN = 'ghs-job-token-e2e';
const LABEL = 'clipwright:preview';
const visibilities = ['public', 'private'] as const;
type Visibility = (typeof visibilities)[number];

let bundle: string;
let shared: Awaited<ReturnType<typeof startSharedServices>>;
let origin: Awaited<ReturnType<typeof originRepository>>;
const servers = {} as Record<Visibility, Awaited<ReturnType<typeof startGitServer>>>;

beforeAll(async () => {
  bundle = await buildBundle();
  shared = await startSharedServices();
  origin = await originRepository();
  for (const v of visibilities)
    servers[v] = await startGitServer({
      root: origin.root,
      private: v === 'private',
      tokens: [TOKEN],
    });
}, 120_000);

afterAll(async () => {
  for (const s of Object.values(servers)) await s.close();
  await shared?.close();
});

let runIds = 9000;

/** The event as the runner sees it: its payload, GITHUB_REF and GITHUB_SHA. */
interface EventCase {
  name: string;
  payload: Record<string, unknown>;
  ref: string;
  sha: string;
}

const repository = (v: Visibility) => ({
  full_name: 'acme/site',
  name: 'site',
  private: v === 'private',
  default_branch: 'main',
});

function pullRequestEvent(
  name: 'pull_request' | 'pull_request_target',
  type: string,
  pr: PullRequestRefs,
  v: Visibility,
  o: { labels?: string[]; label?: string } = {},
): EventCase {
  return {
    name,
    ref: name === 'pull_request' ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
    sha: name === 'pull_request' ? pr.merge : origin.main,
    payload: {
      action: type,
      number: pr.number,
      ...(o.label && { label: { name: o.label } }),
      repository: repository(v),
      pull_request: {
        number: pr.number,
        state: 'open',
        base: { ref: 'main', sha: origin.main, repo: { full_name: 'acme/site' } },
        head: { ref: 'feature', sha: pr.head, repo: { full_name: pr.headRepository } },
        labels: (o.labels ?? []).map((n) => ({ name: n })),
      },
    },
  };
}

const pushEvent = (v: Visibility): EventCase => ({
  name: 'push',
  ref: 'refs/heads/main',
  sha: origin.main,
  payload: { before: origin.before, after: origin.main, repository: repository(v) },
});

/** The contexts an expression of the job sees. */
function contexts(e: EventCase, extra: Record<string, unknown> = {}) {
  const pr = e.payload.pull_request as { head: { repo: { full_name: string } } } | undefined;
  // A pull_request from a fork gets no secrets.
  const fork = e.name === 'pull_request' && pr?.head.repo.full_name !== 'acme/site';
  return {
    github: {
      event_name: e.name,
      event: e.payload,
      repository: 'acme/site',
      repository_owner: 'acme',
      ref: e.ref,
      ref_name: e.ref.replace(/^refs\/(heads|tags)\//, ''),
      sha: e.sha,
      token: TOKEN,
    },
    secrets: fork ? {} : { EVOLINK_API_KEY: KEY },
    ...extra,
  };
}

const isCheckout = (s: Step) => s.uses?.startsWith('actions/checkout@') === true;

interface JobRun {
  permissions: Record<string, string> | undefined;
  inputs: Record<string, string>;
  run: Awaited<ReturnType<typeof runActionStep>>;
  job: Awaited<ReturnType<typeof startJobServices>>;
  creates: number;
  workspace: string;
}

/**
 * Runs a job of a shipped workflow for an event: its `if:` must hold, then its checkout (as
 * the step's `with:` says) and the action step (main and post), in a repository of `v`.
 */
async function runJob(o: {
  w: Workflow;
  job: string;
  event: EventCase;
  v: Visibility;
  extra?: Record<string, unknown>;
  github?: Partial<Parameters<typeof startGitHubStandIn>[0]>;
  /** The job the `uses:` of this job calls (a reusable workflow) and its `inputs`. */
  called?: { w: Workflow; job: string };
}): Promise<JobRun> {
  const ctx = contexts(o.event, o.extra);
  expect(evaluateIf(o.w.jobs[o.job]?.if, ctx), `${o.w.file} job ${o.job} if:`).toBe(true);
  let w = o.w;
  let job = o.job;
  let stepCtx: Record<string, unknown> = ctx;
  if (o.called) {
    const declared = (o.called.w.on.workflow_call?.inputs ?? {}) as Parameters<
      typeof callInputs
    >[0];
    stepCtx = { ...ctx, inputs: callInputs(declared, o.w.jobs[o.job]?.with ?? {}, ctx) };
    ({ w, job } = o.called);
    expect(evaluateIf(w.jobs[job]?.if, stepCtx)).toBe(true);
  }
  const permissions = jobPermissions(w, job);
  const writes = Object.values(permissions ?? {}).includes('write');
  const workspace = await mkdtemp(join(tmpdir(), 'cw-wf-ws-'));
  for (const step of (w.jobs[job]?.steps ?? []).filter(isCheckout)) {
    const withs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, val]) => [k, resolveValue(val, stepCtx)]),
    );
    // Every shipped checkout keeps no credentials: the action must bring its own.
    expect(withs['persist-credentials'], `${w.file} checkout`).toBe('false');
    const dest = join(workspace, withs.path ?? '');
    await mkdir(dest, { recursive: true });
    await checkout({
      server: servers[o.v].url,
      token: TOKEN,
      dest,
      ref: withs.ref || (o.event.name === 'pull_request' ? o.event.ref : o.event.sha),
      fetchDepth: Number(withs['fetch-depth'] ?? '1'),
    });
  }
  const job_ = await startJobServices(shared.azurite, KEY, {
    repository: 'acme/site',
    releases: [],
    private: o.v === 'private',
    // A token without a write permission (and a fork's pull_request token) can only read.
    ...(!writes && { readOnlyTokens: [TOKEN] }),
    ...o.github,
  });
  const inputs = stepInputs(actionStep(w, job), stepCtx, { 'base-url': job_.sim.url });
  const run = await runActionStep({
    bundle,
    inputs,
    event: { name: o.event.name, payload: o.event.payload },
    workspace,
    env: {
      GITHUB_API_URL: job_.gh.url,
      GITHUB_SERVER_URL: servers[o.v].url,
      GITHUB_REF: o.event.ref,
      GITHUB_SHA: o.event.sha,
      GITHUB_RUN_ID: String(++runIds),
      ACTIONS_RUNTIME_TOKEN: job_.token,
      ACTIONS_RESULTS_URL: job_.results.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
    },
  });
  await job_.close();
  if (process.env.WORKFLOW_E2E_LOG) console.log(`${w.file} ${o.event.name} ${o.v}\n${run.stdout}`);
  // The key only ever in the runner's ::add-mask:: command.
  const logs = run.stdout.split('\n').filter((l) => l !== `::add-mask::${KEY}`);
  expect([...logs, run.stderr, run.summary, run.post.stdout].join('\n')).not.toContain(KEY);
  expect(run.post.code, run.post.stdout).toBe(0);
  return {
    permissions,
    inputs,
    run,
    job: job_,
    creates: job_.sim.stats().creates,
    workspace,
  };
}

/** The jobs whose `if:` holds for an event. */
function jobsRun(w: Workflow, e: EventCase, extra: Record<string, unknown> = {}): string[] {
  return Object.entries(w.jobs)
    .filter(([, j]) => evaluateIf(j.if, contexts(e, extra)))
    .map(([n]) => n)
    .sort();
}

const errors = (out: string) => out.split('\n').filter((l) => l.startsWith('::error'));
const cacheKeys = (r: JobRun) => r.job.results.cacheEntries.map((e) => e.key);
const writesTo = (r: JobRun) => r.job.gh.requests.filter((q) => !q.startsWith('GET '));

it('covers every shipped workflow that runs the action (directly or through the reusable one)', async () => {
  const runsAction = (await loadWorkflows())
    .filter((w) =>
      Object.values(w.jobs).some(
        (j) =>
          j.uses?.startsWith('clipwright/clipwright/') ||
          j.steps?.some((s) => s.uses?.startsWith('clipwright/clipwright/action@')),
      ),
    )
    .map((w) => w.file)
    .sort();
  expect(runsAction).toEqual([
    '.github/workflows/clipwright.yml',
    'docs/workflows/matrix-shards.yml',
    'docs/workflows/pr-check.yml',
    'docs/workflows/pr-comment.yml',
    'docs/workflows/pr-previews.yml',
    'docs/workflows/push-changed-only.yml',
    'docs/workflows/release-promo.yml',
    'docs/workflows/reusable.yml',
  ]);
});

describe.each(visibilities)('in a %s repository', (v) => {
  describe('pr-check.yml on pull_request: validates, prices, pays nothing, writes nothing', () => {
    const rows = [
      { type: 'opened', pr: 'good' },
      { type: 'opened', pr: 'forkBroken' },
      { type: 'synchronize', pr: 'forkGood' },
      { type: 'synchronize', pr: 'broken' },
      { type: 'reopened', pr: v === 'public' ? 'good' : 'forkGood' },
      { type: 'opened', pr: 'forkCostly' },
    ] as const;
    it.each(rows)(
      '$type, PR $pr',
      async ({ type, pr: which }) => {
        const w = await loadWorkflow('docs/workflows/pr-check.yml');
        expect(w.on.pull_request).toEqual({});
        const pr = origin.pulls[which];
        const r = await runJob({
          w,
          job: 'check',
          event: pullRequestEvent('pull_request', type, pr, v),
          v,
        });
        expect(r.permissions).toEqual({ contents: 'read' });
        expect(r.inputs['api-key']).toBeUndefined();
        // No key, no create: a fork's pull request never spends.
        expect(r.creates).toBe(0);
        expect(writesTo(r)).toEqual([]);
        // The whole history was checked out: the action did not need to fetch.
        expect(r.run.stdout).not.toContain('fetching it from origin');
        const artifact = await r.job.artifact('clipwright-pr-comment');
        const diff = JSON.parse(
          new TextDecoder().decode(unzipSync(artifact ?? new Uint8Array())['pr-comment.json']),
        );
        expect(diff).toMatchObject({ pullRequest: pr.number, base: origin.main, head: pr.head });
        if (which === 'good' || which === 'forkGood') {
          expect(errors(r.run.stdout)).toEqual([]);
          expect(r.run.code).toBe(0);
          expect(r.run.summary).toMatch(/\| added \| added \|/);
        } else if (which === 'forkCostly') {
          // Valid, but its new videos cost more than the gate: red, saying what and why.
          expect(r.run.code).toBe(1);
          expect(errors(r.run.stdout)).toEqual([
            expect.stringMatching(
              /^::error::Generating this pull request's added and changed videos costs about \d+\.\d\d estimated credits, over max-credits-delta 200 /,
            ),
          ]);
        } else {
          expect(r.run.code).toBe(1);
          expect(r.run.stdout).toMatch(
            /^::error title=Clipwright%3A invalid duration,file=prompts\/broken\.md,line=3,col=11::duration: /m,
          );
          expect(r.run.outputs.invalid).toBe('1');
        }
        // Nothing trusted written: no cache entry outside the pull request's own scope.
        for (const key of cacheKeys(r)) expect(key).toMatch(/^clipwright-v2-untrusted-pr\d+-/);
      },
      120_000,
    );
  });

  describe('pr-comment.yml on workflow_run: posts the check’s artifact as the comment', () => {
    it.each([
      { pr: 'forkGood', conclusion: 'success' },
      { pr: 'forkBroken', conclusion: 'failure' },
    ] as const)(
      'after a $conclusion check of PR $pr',
      async ({ pr: which, conclusion }) => {
        const pr = origin.pulls[which];
        // Stage 1: the check, whose artifact is what the comment job downloads.
        const check = await runJob({
          w: await loadWorkflow('docs/workflows/pr-check.yml'),
          job: 'check',
          event: pullRequestEvent('pull_request', 'opened', pr, v),
          v,
        });
        expect(check.run.code).toBe(conclusion === 'success' ? 0 : 1);
        const zip = await check.job.artifact('clipwright-pr-comment');
        const runId = 77_000 + pr.number;
        const w = await loadWorkflow('docs/workflows/pr-comment.yml');
        const event: EventCase = {
          name: 'workflow_run',
          ref: 'refs/heads/main',
          sha: origin.main,
          payload: {
            action: 'completed',
            repository: repository(v),
            workflow_run: {
              id: runId,
              name: 'Clipwright check',
              event: 'pull_request',
              conclusion,
              head_sha: pr.head,
              head_repository: { full_name: pr.headRepository },
              pull_requests: [],
            },
          },
        };
        const r = await runJob({
          w,
          job: 'comment',
          event,
          v,
          github: {
            artifacts: [{ runId, name: 'clipwright-pr-comment', zip: zip ?? new Uint8Array() }],
            pulls: {
              [pr.number]: { state: 'open', head: { sha: pr.head, repo: pr.headRepository } },
            },
          },
        });
        expect(r.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
        expect(r.inputs['pr-comment-from']).toBe(String(runId));
        expect(errors(r.run.stdout)).toEqual([]);
        expect(r.run.code).toBe(0);
        expect(r.creates).toBe(0);
        const posted = r.job.gh.comments.get(pr.number) ?? [];
        expect(posted).toHaveLength(1);
        expect(posted[0]?.body).toMatch(/^<!-- clipwright:cost-diff -->\n/);
        expect(posted[0]?.body).toContain(pr.head.slice(0, 7));
        // A broken pull request's comment says its head has problems (the check annotates them).
        if (conclusion === 'failure')
          expect(posted[0]?.body).toContain("1 problem(s) in the head's prompt files");
        // A cancelled check has no diff: the job does not run.
        const cancelled = structuredClone(event);
        (cancelled.payload.workflow_run as { conclusion: string }).conclusion = 'cancelled';
        expect(jobsRun(w, cancelled)).toEqual([]);
      },
      120_000,
    );
  });

  describe('pr-previews.yml on pull_request_target: pays only on the label, for that commit', () => {
    it('labeled with the preview label: generates the added and changed videos of the fork’s head, untrusted cache only', async () => {
      const w = await loadWorkflow('docs/workflows/pr-previews.yml');
      const pr = origin.pulls.forkGood;
      const event = pullRequestEvent('pull_request_target', 'labeled', pr, v, {
        labels: [LABEL],
        label: LABEL,
      });
      expect(jobsRun(w, event)).toEqual(['previews']);
      const r = await runJob({
        w,
        job: 'previews',
        event,
        v,
        github: {
          pulls: {
            [pr.number]: {
              state: 'open',
              head: { sha: pr.head, repo: pr.headRepository },
              labels: [LABEL],
            },
          },
        },
      });
      expect(r.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
      expect(r.inputs).toMatchObject({ root: 'pr', upload: 'artifact', 'max-credits': '100' });
      expect(errors(r.run.stdout)).toEqual([]);
      expect(r.run.code).toBe(0);
      // added.md only: the videos the pull request leaves unchanged are not generated.
      expect(r.creates).toBe(1);
      const videos = JSON.parse(r.run.outputs.videos ?? '[]') as Array<{ name: string }>;
      expect(videos.map((x) => x.name)).toEqual(['added']);
      expect(await r.job.artifact('clipwright-videos')).toBeDefined();
      expect(cacheKeys(r).length).toBeGreaterThan(0);
      for (const key of cacheKeys(r)) expect(key).toMatch(/^clipwright-v2-untrusted-pr14-/);
      expect(r.job.gh.comments.get(pr.number)?.at(-1)?.body).toMatch(/#### Previews/);
    }, 120_000);

    it('synchronize and reopened: only the approval is dropped, the paid job does not run', async () => {
      const w = await loadWorkflow('docs/workflows/pr-previews.yml');
      for (const type of ['synchronize', 'reopened']) {
        const e = pullRequestEvent('pull_request_target', type, origin.pulls.forkGood, v, {
          labels: [LABEL],
        });
        expect(jobsRun(w, e), type).toEqual(['drop-approval']);
      }
      const other = pullRequestEvent('pull_request_target', 'labeled', origin.pulls.forkGood, v, {
        labels: ['bug'],
        label: 'bug',
      });
      expect(jobsRun(w, other)).toEqual([]);
    });
  });

  it('push-changed-only.yml on a push to main: generates the changed video and saves trusted state', async () => {
    const w = await loadWorkflow('docs/workflows/push-changed-only.yml');
    const r = await runJob({
      w,
      job: 'videos',
      event: pushEvent(v),
      v,
      github: {
        compare: {
          [`${origin.before}...${origin.main}`]: { files: ['prompts/outro.md'], commits: 1 },
        },
      },
    });
    expect(r.permissions).toEqual({ contents: 'read' });
    expect(errors(r.run.stdout)).toEqual([]);
    expect(r.run.code).toBe(0);
    expect(r.creates).toBe(1);
    expect(r.run.outputs.completed).toBe('1');
    expect(r.job.results.artifacts.map((a) => a.name)).toEqual(['clipwright-videos']);
    expect(cacheKeys(r)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^clipwright-v2-video-[0-9a-f]{64}$/),
        expect.stringMatching(/^clipwright-v2-journal-/),
      ]),
    );
    expect(cacheKeys(r).filter((k) => k.includes('untrusted'))).toEqual([]);
  }, 120_000);

  it('reusable.yml → clipwright.yml on a push to main: the caller’s inputs reach the action', async () => {
    const caller = await loadWorkflow('docs/workflows/reusable.yml');
    const called = await loadWorkflow('.github/workflows/clipwright.yml');
    expect(jobPermissions(caller, 'videos')).toEqual({ contents: 'read' });
    const event = pushEvent(v);
    const r = await runJob({
      w: caller,
      job: 'videos',
      event,
      v,
      called: { w: called, job: 'clipwright' },
      github: {
        compare: {
          [`${origin.before}...${origin.main}`]: { files: ['prompts/outro.md'], commits: 1 },
        },
      },
    });
    expect(r.permissions).toEqual({ contents: 'read' });
    expect(r.inputs).toMatchObject({
      'changed-only': 'true',
      upload: 'artifact',
      'dry-run': 'false',
    });
    // The input check before it passes for these inputs.
    const check = stepOf(called, 'clipwright', 'Check the inputs before anything is paid');
    const script = await runStepScript(check.run ?? '', { env: { UPLOAD: r.inputs.upload ?? '' } });
    expect(script.code).toBe(0);
    expect(errors(r.run.stdout)).toEqual([]);
    expect(r.run.code).toBe(0);
    expect(r.creates).toBe(1);
    expect(cacheKeys(r).filter((k) => k.includes('untrusted'))).toEqual([]);
  }, 120_000);

  it('release-promo.yml on a tag push: the storyboard promo (and its shots) become assets of the tag’s draft release', async () => {
    const w = await loadWorkflow('docs/workflows/release-promo.yml');
    const event: EventCase = {
      name: 'push',
      ref: 'refs/tags/v1.2.0',
      sha: origin.release,
      payload: {
        ref: 'refs/tags/v1.2.0',
        before: '0'.repeat(40),
        after: origin.release,
        repository: repository(v),
      },
    };
    const r = await runJob({
      w,
      job: 'promo',
      event,
      v,
      // The draft the step before created.
      github: { releases: [{ id: 7, tag_name: 'v1.2.0', draft: true }] },
    });
    expect(r.permissions).toEqual({ contents: 'write' });
    expect(r.inputs).toMatchObject({
      'release-tag': 'v1.2.0',
      vars: 'PRODUCT=site\n',
      upload: 'release',
    });
    expect(errors(r.run.stdout)).toEqual([]);
    expect(r.run.code).toBe(0);
    // The storyboard's two shots are paid; the assembled promo and its shots are attached.
    expect(r.creates).toBe(2);
    expect(
      r.job.gh.uploads
        .filter((u) => u.status === 201)
        .map((u) => u.name)
        .sort(),
    ).toEqual(['release-promo.mp4', 'release-promo.shot-1.mp4', 'release-promo.shot-2.mp4']);
    expect(JSON.parse(r.run.outputs['release-asset-urls'] ?? '[]')).toHaveLength(3);
  }, 120_000);

  it('matrix-shards.yml on workflow_dispatch: the shards split the videos and keep max-credits for the whole matrix', async () => {
    const w = await loadWorkflow('docs/workflows/matrix-shards.yml');
    const event: EventCase = {
      name: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: origin.main,
      payload: { ref: 'refs/heads/main', repository: repository(v), inputs: {} },
    };
    const outcomes: string[] = [];
    let spent = 0;
    for (const shard of [1, 2, 3]) {
      const r = await runJob({ w, job: 'videos', event, v, extra: { matrix: { shard } } });
      expect(r.permissions).toEqual({ contents: 'read' });
      expect(r.inputs.shard).toBe(`${shard}/3`);
      expect(errors(r.run.stdout)).toEqual([]);
      // budget is not among fail-on's defaults: a shard whose videos did not fit is green.
      expect(r.run.code).toBe(0);
      const videos = JSON.parse(r.run.outputs.videos ?? '[]') as Array<{
        name: string;
        status: string;
        credits: number;
      }>;
      const done = videos.filter((x) => x.status === 'completed');
      expect(r.creates).toBe(done.length);
      // A shard that generated something uploads its own artifact, named for the merge job.
      expect(r.job.results.artifacts.map((a) => a.name)).toEqual(
        done.length > 0 ? [`videos-${shard}-of-3`] : [],
      );
      outcomes.push(...videos.map((x) => `${x.name} ${x.status}`));
      spent += Number(r.run.outputs.credits);
    }
    // Every video in exactly one shard; three at about 69 credits each, and max-credits 100
    // for the matrix: the first in plan order is generated, the others are left to the budget.
    expect(outcomes.sort()).toEqual(['intro completed', 'outro budget', 'promo budget']);
    expect(spent).toBeLessThanOrEqual(100);
  }, 240_000);
});

describe('pr-check.yml with a shallow checkout (a workflow without fetch-depth: 0)', () => {
  it.each(visibilities)(
    'in a %s repository the action fetches the base itself, with the job token, and leaves it nowhere',
    async (v) => {
      const shipped = await loadWorkflow('docs/workflows/pr-check.yml');
      const w = structuredClone(shipped);
      const co = w.jobs.check?.steps?.find(isCheckout);
      if (co) co.with = { 'persist-credentials': false };
      const pr = origin.pulls.forkGood;
      const seen = servers[v].requests.length;
      const r = await runJob({
        w,
        job: 'check',
        event: pullRequestEvent('pull_request', 'opened', pr, v),
        v,
      });
      expect(r.run.stdout).toContain(
        `The checkout lacks commit ${origin.main.slice(0, 12)}: fetching it from origin.`,
      );
      expect(errors(r.run.stdout)).toEqual([]);
      expect(r.run.code).toBe(0);
      // The checkout's fetch and the action's, each authenticated; none refused.
      const fetches = servers[v].requests.slice(seen);
      expect(fetches.filter((q) => q.path.endsWith('/git-upload-pack')).length).toBeGreaterThan(2);
      expect(fetches.every((q) => q.authorized && q.status === 200)).toBe(true);
      // Nothing of the token was written into the checkout.
      const config = await readFile(join(r.workspace, '.git/config'), 'utf8');
      expect(config).not.toMatch(/extraheader|authorization/i);
      expect(config).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
    },
    120_000,
  );
});
