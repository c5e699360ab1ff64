import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionIo } from '../action-io.ts';
import type { ActionsCacheStore } from '../cache/actions-cache-store.ts';
import { postStateNames, postStateWriter, type StateChannel } from './post-state.ts';
import { runPost } from './run-post.ts';

function memoryState(): StateChannel & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, save: (n, v) => void values.set(n, v), get: (n) => values.get(n) ?? '' };
}

function fakes() {
  const summaries: string[] = [];
  const warnings: string[] = [];
  const io = {
    info: () => {},
    warning: (m: string) => void warnings.push(m),
    writeSummary: async (s: string) => void summaries.push(s),
  } as unknown as ActionIo;
  const calls: string[] = [];
  const store = {
    saveKept: async () => {
      calls.push('saveKept');
      return 1;
    },
    saveJournal: async (_p: string, scope: string, key: string) =>
      void calls.push(`journal ${scope} ${key}`),
  } as unknown as ActionsCacheStore;
  return { io, summaries, warnings, calls, createCacheStore: () => store };
}

async function journal(entries: object): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'cw-post-')), 'journal.json');
  await writeFile(file, JSON.stringify({ entries }));
  return file;
}

/** A push's runner: where its main step keeps its state, and the cache settings it saves. */
function runner(eventName = 'push') {
  const temp = join(tmpdir(), `cw-post-runner-${process.pid}`);
  const state = join(temp, 'clipwright', 'state');
  return {
    env: { RUNNER_TEMP: temp, GITHUB_WORKSPACE: '/w', GITHUB_EVENT_NAME: eventName },
    journalFile: join(state, 'journal.json'),
    cache: {
      dir: join(state, 'actions-cache'),
      root: '/w',
      prefix: 'clipwright-v2',
      ledger: join(state, 'ledger.json'),
      scope: 'all',
      runKey: '9-1',
    },
  };
}
const { cache, env } = runner();

describe('runPost', () => {
  it('does nothing when the main step never began paying', async () => {
    const f = fakes();
    await runPost({ state: memoryState(), io: f.io, createCacheStore: f.createCacheStore });
    expect([f.summaries, f.calls, f.warnings]).toEqual([[], [], []]);
  });

  it('a stopped main step: saves the journal under its own key, in its scope, and writes the summary once', async () => {
    const f = fakes();
    const state = memoryState();
    const { journalFile } = runner();
    await mkdir(dirname(journalFile), { recursive: true });
    await writeFile(
      journalFile,
      JSON.stringify({
        entries: {
          h1: { hash: 'h1', name: 'intro', attempt: 1, taskId: 'task-1' },
          h2: { hash: 'h2', name: 'bad', attempt: 1, taskId: 'task-2', failure: { code: 'x' } },
          h3: { hash: 'h3', name: 'unsent', attempt: 1 },
        },
      }),
    );
    postStateWriter(state).began({ journalFile, cache });
    await runPost({ env, state, io: f.io, createCacheStore: f.createCacheStore });
    expect(f.calls).toEqual(['saveKept', 'journal all 9-1-post']);
    expect(f.summaries).toHaveLength(1);
    expect(f.summaries[0]).toContain('1 tasks it paid for');
    expect(f.summaries[0]).toContain('| intro | task-1 |');
  });

  it('what the main step finished is not done again', async () => {
    const f = fakes();
    const state = memoryState();
    const w = postStateWriter(state);
    w.began({ journalFile: await journal({}), cache });
    w.journalSaved();
    w.summaryWritten();
    await runPost({ env, state, io: f.io, createCacheStore: f.createCacheStore });
    expect([f.summaries, f.calls]).toEqual([[], []]);
  });

  it('a forged or unreadable state is ignored; without the cache only the summary', async () => {
    const f = fakes();
    const state = memoryState();
    state.save(postStateNames.run, '{"format":"other"}');
    await runPost({ state, io: f.io, createCacheStore: f.createCacheStore });
    expect(f.summaries).toEqual([]);
    postStateWriter(state).began({ journalFile: join(tmpdir(), 'no-such-journal.json') });
    await runPost({ state, io: f.io, createCacheStore: f.createCacheStore });
    expect(f.calls).toEqual([]);
    expect(f.summaries[0]).toContain('0 tasks it paid for');
  });

  it('a state another step forged (the trusted scope from a pull request, a journal from elsewhere) saves nothing', async () => {
    for (const [eventName, forged] of [
      ['pull_request', {}],
      ['push', { journalFile: '/w/.clipwright/journal.json' }],
      ['push', { cache: { ...cache, ledger: '/w/planted-ledger.json' } }],
      ['push', { cache: { ...cache, runKey: '../x' } }],
    ] as const) {
      const f = fakes();
      const state = memoryState();
      const r = runner(eventName);
      postStateWriter(state).began({ journalFile: r.journalFile, cache: r.cache, ...forged });
      await runPost({ env: r.env, state, io: f.io, createCacheStore: f.createCacheStore });
      expect(f.calls, eventName).toEqual([]);
      expect(f.warnings[0], eventName).toMatch(/post step saved nothing/);
    }
  });
});
