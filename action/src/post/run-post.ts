import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { actionPaths } from '../action-context.ts';
import { type ActionIo, coreIo } from '../action-io.ts';
import type { createActionsCacheStore } from '../cache/actions-cache-store.ts';
import { cachePrefix } from '../cache/cache-prefix.ts';
import { readEventContext } from '../github/event-context.ts';
import { summaryText } from '../report/job-summary.ts';
import { coreState, type PostRun, readPostState, type StateChannel } from './post-state.ts';

/** Every side effect of the post step; each has a real default. */
export interface PostDependencies {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default @actions/core */
  io?: ActionIo;
  /** What the main step left. @default @actions/core's getState */
  state?: StateChannel;
  /** @default the Actions cache store */
  createCacheStore?: typeof createActionsCacheStore;
}

/**
 * The `post:` step (action.yml `runs.post`, `post-if: always()`): the runner starts it after
 * the main step whatever happened there. When the main step began paying but was cancelled,
 * timed out or crashed before it finished, this saves its journal (the tasks paid for) and the
 * videos it kept to the Actions cache, in the main step's own trust scope, and writes a job
 * summary when the main step wrote none; what the main step finished is not done twice.
 * Never fails the job: trouble is a warning.
 */
export async function runPost(deps: PostDependencies = {}): Promise<void> {
  const env = deps.env ?? process.env;
  const io = deps.io ?? coreIo;
  try {
    const { run, journalSaved, summaryWritten } = readPostState(deps.state ?? coreState(env));
    // The main step never reached its first create: nothing was paid, nothing to keep.
    if (!run) return;
    if (run.cache && !journalSaved) {
      const refused = untrustedState(run, run.cache, env);
      if (refused) io.warning(`Clipwright's post step saved nothing: ${refused}`);
      else await saveKept(run, run.cache, env, io, deps);
    }
    if (!summaryWritten) await io.writeSummary(stoppedSummary(await paidTasks(run.journalFile)));
  } catch (error) {
    io.warning(`Clipwright's post step could not finish: ${(error as Error).message}`);
  }
}

/**
 * Why the saved state is not what this runner's main step would have saved, or `undefined`.
 * GITHUB_STATE is a file any earlier step of the job can append to (a pull request's code run
 * by a pull_request_target job, say): the key prefix (the trust scope) and the paths are
 * recomputed from the event and the runner, so a forged state can never save into the
 * trusted scope, nor save a file from elsewhere as the journal.
 */
function untrustedState(
  run: PostRun,
  cache: NonNullable<PostRun['cache']>,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const { stateDir, workspace } = actionPaths(env, '.');
  const expected = {
    prefix: cachePrefix(readEventContext({ env })),
    journalFile: join(stateDir, 'journal.json'),
    dir: join(stateDir, 'actions-cache'),
    ledger: join(stateDir, 'ledger.json'),
    root: workspace,
  };
  const saved = { ...cache, journalFile: run.journalFile };
  const differs = (Object.keys(expected) as Array<keyof typeof expected>).filter(
    (k) => saved[k] !== expected[k],
  );
  if (differs.length > 0)
    return `the main step's state does not match this event and runner (${differs.join(', ')}).`;
  if (!/^[\w-]+$/.test(cache.scope) || !/^[\w-]+$/.test(cache.runKey))
    return "the main step's state names an invalid journal key.";
  return undefined;
}

async function saveKept(
  run: PostRun,
  cache: NonNullable<PostRun['cache']>,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  deps: PostDependencies,
): Promise<void> {
  const create =
    deps.createCacheStore ??
    (await import('../cache/actions-cache-store.ts')).createActionsCacheStore;
  const store = create({ ...cache, env, warn: io.warning });
  const videos = await store.saveKept();
  // Its own key: the main step may have saved under the attempt's key before it was stopped.
  await store.saveJournal(run.journalFile, cache.scope, `${cache.runKey}-post`);
  io.info(
    `The main step stopped before saving its state: the journal and ${videos} videos were saved to the Actions cache for the next run.`,
  );
}

/** The tasks the journal says were created (paid), by name. */
async function paidTasks(journalFile: string): Promise<Array<{ name: string; taskId: string }>> {
  try {
    const data = JSON.parse(await readFile(journalFile, 'utf8')) as {
      entries?: Record<string, { name?: unknown; taskId?: unknown; failure?: unknown }>;
    };
    return Object.values(data.entries ?? {}).flatMap((e) =>
      typeof e.name === 'string' && typeof e.taskId === 'string' && !e.failure
        ? [{ name: e.name, taskId: e.taskId }]
        : [],
    );
  } catch {
    return [];
  }
}

/** The summary of a main step that ended before its report. Names are repository text: escaped. */
export function stoppedSummary(tasks: Array<{ name: string; taskId: string }>): string {
  return [
    '## Clipwright (stopped)',
    '',
    `The main step ended before its report (cancelled, timed out or failed). ${tasks.length} tasks it paid for are kept in the journal: the next run resumes them instead of paying again.`,
    ...(tasks.length
      ? [
          '',
          '| name | task |',
          '| --- | --- |',
          ...tasks.map((t) => `| ${summaryText(t.name)} | ${summaryText(t.taskId)} |`),
        ]
      : []),
    '',
  ].join('\n');
}
