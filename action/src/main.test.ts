import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  BalanceCheck,
  Plan,
  RunResult,
  SessionOptions,
  SessionResult,
} from '@clipwright/pipeline';
import { describe, expect, it } from 'vitest';
import type { ActionIo } from './action-io.ts';
import type { createActionsCacheStore } from './cache/actions-cache-store.ts';
import type { GitHubClient } from './github/github-client.ts';
import { run } from './main.ts';

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
const noVideos = (counts: Partial<RunResult['counts']> = {}): RunResult['counts'] => ({
  completed: 0,
  cached: 0,
  suspect: 0,
  planned: 0,
  failed: 0,
  invalid: 0,
  budget: 0,
  cancelled: 0,
  ...counts,
});

/**
 * The pipeline's run session faked at its seam, as the real one calls the action: `planned`,
 * the balance check (a known balance against the plan's one 1-credit video) as a `balance`
 * event, then `beforeRun`, the run (`run`, replaceable), `afterRun` even when it throws.
 */
function fakeSession(counts: Partial<RunResult['counts']> = {}, balance = 100) {
  const calls: { options?: SessionOptions; runs: number } = { runs: 0 };
  const fake = {
    calls,
    run: async (_o: SessionOptions): Promise<Partial<SessionResult>> => ({
      counts: noVideos(counts),
      manifestPath: '/ws/.clipwright/out/manifest.json',
    }),
    runSession: async (o: SessionOptions): Promise<SessionResult> => {
      calls.options = o;
      await o.hooks?.planned?.(plan);
      const check: BalanceCheck = {
        status: 'known',
        credits: credits(balance),
        estimate: plan.totalCredits,
        fits: plan.totalCredits <= balance,
        cheapest: 1,
        enough: balance >= 1,
      };
      o.onEvent?.({ type: 'balance', check });
      const base = {
        plan,
        dryRun: false,
        results: [],
        counts: noVideos(),
        credits: 0,
        running: [],
      };
      if (!check.enough) return { ...base, verdict: 'insufficient-balance', balance: check };
      const stateDir = o.stateDir ?? '';
      const state = { plan, stateDir, journalFile: join(stateDir, 'journal.json') };
      try {
        await o.hooks?.beforeRun?.(state);
        calls.runs += 1;
        return { ...base, verdict: 'ok', balance: check, ...(await fake.run(o)) };
      } finally {
        await o.hooks?.afterRun?.(state);
      }
    },
  };
  return fake;
}
const inputs = (i: Record<string, string>) =>
  Object.fromEntries(Object.entries(i).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('run (in process, every side effect faked)', () => {
  it('changed-only on a push passes the compare API files to the plan', async () => {
    const { io } = recordingIo();
    const { runSession, calls } = fakeSession();
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
      runSession,
      createGitHubClient: () => octokit,
    });
    expect(requests[0]).toMatchObject({
      owner: 'acme',
      repo: 'site',
      basehead: `${'a'.repeat(40)}...${'b'.repeat(40)}`,
    });
    expect(calls.options?.plan.changedFiles).toEqual(['prompts/a.md']);
  });

  it('saves the journal under the run attempt even when the run throws', async () => {
    const { io, failures } = recordingIo();
    const session = fakeSession();
    session.run = async (o) => {
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
      runSession: session.runSession,
      createCacheStore,
    });
    expect(saved).toEqual(['2-of-3 9-2']);
    expect(failures).toEqual(['Clipwright failed: network down']);
  });

  it('fails the step on the outcomes named by fail-on', async () => {
    const { io, failures } = recordingIo();
    const { runSession } = fakeSession({ failed: 1 });
    await run({ env: inputs({ 'api-key': 'k', upload: 'none', cache: 'false' }), io, runSession });
    expect(failures).toEqual([
      'Clipwright: videos failed: 1 (fail-on: failed,invalid,cancelled,suspect)',
    ]);
  });

  it('a suspect video fails the step by default', async () => {
    const { io, failures } = recordingIo();
    const { runSession } = fakeSession({ suspect: 1 });
    await run({ env: inputs({ 'api-key': 'k', upload: 'none', cache: 'false' }), io, runSession });
    expect(failures).toEqual([
      'Clipwright: videos suspect: 1 (fail-on: failed,invalid,cancelled,suspect)',
    ]);
  });

  it('fail-on never keeps the step green', async () => {
    const { io, failures, outputs } = recordingIo();
    const { runSession, calls } = fakeSession({ failed: 2 });
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
      runSession,
    });
    expect(failures).toEqual([]);
    expect(outputs.failed).toBe('2');
    expect(calls.options).toMatchObject({
      maxCredits: 30,
      concurrency: 3,
      clientOptions: { apiKey: 'k' },
    });
  });

  it('release upload without a tag fails with the way to give one', async () => {
    const { io, failures } = recordingIo();
    const session = fakeSession();
    session.run = async () => ({
      manifestPath: '/ws/.clipwright/out/manifest.json',
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
        suspect: 0,
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
      runSession: session.runSession,
    });
    expect(failures[0]).toMatch(/Release upload needs a tag: set release-tag/);
  });

  it('checks the balance first, and logs it', async () => {
    const { io, log, failures } = recordingIo();
    const { runSession, calls } = fakeSession();
    await run({ env: inputs({ 'api-key': 'k', upload: 'none', cache: 'false' }), io, runSession });
    expect(calls.options?.balanceCheck).toBe(true);
    expect(calls.runs).toBe(1);
    expect(log).toContain(
      "info Balance: 100 credits (1.47 USD); the plan's estimate of 1 credits (0.01 USD) fits.",
    );
    expect(failures).toEqual([]);
  });

  it('refuses to start when the balance is below the first video: the run is never called', async () => {
    const { io, log, failures } = recordingIo();
    const { runSession, calls } = fakeSession({}, 0.5);
    await run({ env: inputs({ 'api-key': 'k', upload: 'none', cache: 'false' }), io, runSession });
    expect(calls.runs).toBe(0);
    expect(
      log.some((l) =>
        /^warning Balance: 0.5 credits \(0\.01 USD\), below the cheapest video/.test(l),
      ),
    ).toBe(true);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^Clipwright did not start, nothing was sent: Balance: 0.5 credits/,
    );
  });

  it('an empty key outside a fork pull request fails naming the input', async () => {
    const { io, failures } = recordingIo();
    await run({ env: { GITHUB_EVENT_NAME: 'push' }, io, runSession: fakeSession().runSession });
    expect(failures[0]).toMatch(/^Input 'api-key': is empty/);
  });
});
