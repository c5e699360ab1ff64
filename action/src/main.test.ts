import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan, PlanOptions, RunOptions, RunResult } from '@clipwright/pipeline';
import { describe, expect, it } from 'vitest';
import type { ActionIo } from './action-io.ts';
import type { createActionsCacheStore } from './actions-cache-store.ts';
import type { GitHubClient } from './github-client.ts';
import { type RunDependencies, run } from './main.ts';

function recordingIo() {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  const failures: string[] = [];
  const summaries: string[] = [];
  const io: ActionIo = {
    info: (m) => log.push(`info ${m}`),
    warning: (m) => log.push(`warning ${m}`),
    notice: (m) => log.push(`notice ${m}`),
    error: (m) => log.push(`error ${m}`),
    setSecret: (v) => log.push(`mask ${v}`),
    setOutput: (n, v) => {
      outputs[n] = v;
    },
    group: (t) => log.push(`group ${t}`),
    writeSummary: async (s) => void summaries.push(s),
    setFailed: (m) => failures.push(m),
  };
  return { io, log, outputs, failures, summaries };
}

const plan: Plan = {
  root: '/ws',
  jobs: [
    {
      name: 'a',
      output: 'a.mp4',
      source: { file: 'a.md', line: 1 },
      hash: 'h',
      request: { model: 'm', prompt: 'p' },
      credits: 1,
    },
  ],
  problems: [],
  invalid: [],
  totalCredits: 1,
};
const credits = (available: number) => ({
  available,
  accountRemaining: available,
  keyRemaining: undefined,
  keyUsed: 0,
});
function fakePipeline(counts: Partial<RunResult['counts']> = {}, balance = 100) {
  const calls: { load?: PlanOptions; run?: RunOptions; balance?: number } = {};
  const pipeline: NonNullable<RunDependencies['pipeline']> = {
    // A known balance against the plan's one 1-credit video, as checkBalance reports it.
    checkBalance: async () => {
      calls.balance = (calls.balance ?? 0) + 1;
      return {
        status: 'known',
        credits: credits(balance),
        estimate: plan.totalCredits,
        fits: plan.totalCredits <= balance,
        cheapest: 1,
        enough: balance >= 1,
      };
    },
    loadPlan: async (o) => {
      calls.load = o;
      return plan;
    },
    formatPlanTable: () => 'table',
    runPlan: async (_p, o) => {
      calls.run = o;
      return {
        results: [],
        manifestPath: '/ws/.clipwright/out/manifest.json',
        credits: 0,
        counts: {
          completed: 0,
          cached: 0,
          planned: 0,
          failed: 0,
          invalid: 0,
          budget: 0,
          cancelled: 0,
          ...counts,
        },
      };
    },
  };
  return { pipeline, calls };
}
const inputs = (i: Record<string, string>) =>
  Object.fromEntries(Object.entries(i).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('run (in process, every side effect faked)', () => {
  it('changed-only on a push passes the compare API files to the plan', async () => {
    const { io } = recordingIo();
    const { pipeline, calls } = fakePipeline();
    const dir = await mkdtemp(join(tmpdir(), 'cw-main-'));
    await writeFile(
      join(dir, 'event.json'),
      JSON.stringify({ before: 'a'.repeat(40), after: 'b'.repeat(40) }),
    );
    const requests: unknown[] = [];
    const octokit = {
      request: async (_route: string, params: unknown) => {
        requests.push(params);
        return { data: { commits: [{}], files: [{ filename: 'prompts/a.md' }] } };
      },
    } as unknown as GitHubClient;
    await run({
      env: {
        ...inputs({ 'api-key': 'k', 'changed-only': 'true', upload: 'none', cache: 'false' }),
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/site',
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_WORKSPACE: dir,
      },
      io,
      pipeline,
      createGitHubClient: () => octokit,
    });
    expect(requests[0]).toMatchObject({
      owner: 'acme',
      repo: 'site',
      basehead: `${'a'.repeat(40)}...${'b'.repeat(40)}`,
    });
    expect(calls.load?.changedFiles).toEqual(['prompts/a.md']);
  });

  it('saves the journal under the run attempt even when the run throws', async () => {
    const { io, failures } = recordingIo();
    const { pipeline } = fakePipeline();
    pipeline.runPlan = async (_p, o) => {
      await mkdir(o.stateDir ?? '', { recursive: true });
      await writeFile(join(o.stateDir ?? '', 'journal.json'), '{}');
      throw new Error('network down');
    };
    const saved: string[] = [];
    const createCacheStore = (() => ({
      get: async () => undefined,
      put: async () => {},
      restoreJournal: async () => false,
      saveJournal: async (_f: string, scope: string, key: string) =>
        void saved.push(`${scope} ${key}`),
    })) as unknown as typeof createActionsCacheStore;
    const dir = await mkdtemp(join(tmpdir(), 'cw-main-'));
    await run({
      env: {
        ...inputs({ 'api-key': 'k', upload: 'none', shard: '2/3' }),
        GITHUB_RUN_ID: '9',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_WORKSPACE: dir,
      },
      io,
      pipeline,
      createCacheStore,
    });
    expect(saved).toEqual(['2-of-3 9-2']);
    expect(failures).toEqual(['Clipwright failed: network down']);
  });

  it('fails the step on the outcomes named by fail-on', async () => {
    const { io, failures } = recordingIo();
    const { pipeline } = fakePipeline({ failed: 1 });
    await run({ env: inputs({ 'api-key': 'k', upload: 'none', cache: 'false' }), io, pipeline });
    expect(failures).toEqual(['Clipwright: videos failed: 1 (fail-on: failed,invalid,cancelled)']);
  });

  it('fail-on never keeps the step green', async () => {
    const { io, failures, outputs } = recordingIo();
    const { pipeline, calls } = fakePipeline({ failed: 2 });
    await run({
      env: inputs({
        'api-key': 'k',
        upload: 'none',
        'fail-on': 'never',
        cache: 'false',
        'max-credits': '30',
        concurrency: '3',
      }),
      io,
      pipeline,
    });
    expect(failures).toEqual([]);
    expect(outputs.failed).toBe('2');
    expect(calls.run).toMatchObject({
      maxCredits: 30,
      concurrency: 3,
      clientOptions: { apiKey: 'k' },
    });
  });

  it('release upload without a tag fails with the way to give one', async () => {
    const { io, failures } = recordingIo();
    const { pipeline } = fakePipeline();
    const runPlan = pipeline.runPlan;
    pipeline.runPlan = async (p, o) => ({
      ...(await runPlan(p, o)),
      results: [
        {
          name: 'a',
          source: 'a.md',
          hash: 'h',
          model: 'm',
          parameters: {},
          prompt: 'p',
          estimate: 1,
          credits: 1,
          status: 'completed',
          path: 'a.mp4',
        },
      ],
      counts: {
        completed: 1,
        cached: 0,
        planned: 0,
        failed: 0,
        invalid: 0,
        budget: 0,
        cancelled: 0,
      },
    });
    await run({
      env: {
        ...inputs({ 'api-key': 'k', upload: 'release', cache: 'false' }),
        GITHUB_EVENT_NAME: 'push',
      },
      io,
      pipeline,
    });
    expect(failures[0]).toMatch(/Release upload needs a tag: set release-tag/);
  });

  it('checks the balance first, and logs it', async () => {
    const { io, log, failures } = recordingIo();
    const { pipeline, calls } = fakePipeline();
    await run({ env: inputs({ 'api-key': 'k', upload: 'none', cache: 'false' }), io, pipeline });
    expect(calls.balance).toBe(1);
    expect(calls.run).toBeDefined();
    expect(log).toContain("info Balance: 100 credits; the plan's estimate of 1 credits fits.");
    expect(failures).toEqual([]);
  });

  it('refuses to start when the balance is below the first video: the run is never called', async () => {
    const { io, log, failures } = recordingIo();
    const { pipeline, calls } = fakePipeline({}, 0.5);
    await run({ env: inputs({ 'api-key': 'k', upload: 'none', cache: 'false' }), io, pipeline });
    expect(calls.run).toBeUndefined();
    expect(log.some((l) => /^warning Balance: 0.5 credits, below the cheapest video/.test(l))).toBe(
      true,
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^Clipwright did not start, nothing was sent: Balance: 0.5 credits/,
    );
  });

  it('an empty key outside a fork pull request fails naming the input', async () => {
    const { io, failures } = recordingIo();
    await run({ env: { GITHUB_EVENT_NAME: 'push' }, io, pipeline: fakePipeline().pipeline });
    expect(failures[0]).toMatch(/^Input 'api-key': is empty/);
  });
});
