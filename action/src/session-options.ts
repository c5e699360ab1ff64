import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { type PipelineEvent, type SessionOptions, toPlanOptions } from '@clipwright/pipeline';
import { fallbackMessage, formatBalance, formatPlanTable } from '@clipwright/pipeline/report';
import type { ActionContext } from './action-context.ts';
import type { ActionIo } from './action-io.ts';
import type { ActionsCacheStore } from './cache/actions-cache-store.ts';
import { cachePrefix } from './cache/cache-prefix.ts';
import { planInput } from './inputs/plan-input.ts';
import { logText } from './report/log-text.ts';
import { problemAnnotations, warningAnnotations } from './report/problem-annotations.ts';
import { createVideoLog } from './report/video-log.ts';
import { type AssetSource, assetCollisions, collisionMessage } from './upload/asset-names.ts';

/** What the run needs besides the action's context. */
export interface RunScope {
  /** The push's changed files (changed-only), or undefined for every video. */
  changed: string[] | undefined;
  /** A labelled pull request's previews: only these videos (added and changed), or all. */
  previews: ReadonlySet<string> | undefined;
  /** Aborted by SIGINT or SIGTERM (a cancelled job). @default never */
  interrupt?: AbortSignal;
}

/** The action's inputs and event as the pipeline's run-session options, hooks included. */
export async function sessionOptions(o: ActionContext, scope: RunScope): Promise<SessionOptions> {
  const { inputs: i, event, deps } = o;
  const { stateDir } = o;
  const settings = {
    dir: join(stateDir, 'actions-cache'),
    root: o.workspace,
    prefix: cachePrefix(event),
    ledger: join(stateDir, 'ledger.json'),
  };
  const store =
    i.cache && !i.dryRun
      ? (
          deps.createCacheStore ??
          (await import('./cache/actions-cache-store.ts')).createActionsCacheStore
        )({ ...settings, warn: o.io.warning })
      : undefined;
  return {
    plan: toPlanOptions({
      ...planInput(i, o.root),
      ...(event.tag && { tag: event.tag }),
      ...(event.repository && { repo: event.repository }),
      ...(event.sha && { sha: event.sha }),
      apiKey: i.apiKey,
      ...(i.shard && { shard: i.shard }),
      ...(scope.changed && { changedFiles: scope.changed }),
      ...(scope.previews && { onlyNames: scope.previews }),
    }),
    dryRun: i.dryRun,
    // The first step of a run, at no cost: the key and the balance (`GET /v1/credits`).
    balanceCheck: true,
    clientOptions: {
      apiKey: i.apiKey,
      baseUrl: i.baseUrl,
      ...(deps.clock && { clock: deps.clock }),
    },
    ...(deps.clock && { clock: deps.clock }),
    outDir: o.outDir,
    stateDir,
    ...(store && { cache: store }),
    concurrency: i.concurrency,
    ...(i.maxCredits !== undefined && { maxCredits: i.maxCredits }),
    ...(i.maxCreditsPerVideo !== undefined && { maxCreditsPerVideo: i.maxCreditsPerVideo }),
    ...(i.retrySuspect > 0 && { retrySuspect: i.retrySuspect }),
    ...stopSignal(i.timeoutMinutes, scope.interrupt),
    // A cancelled job is killed about 10 s after its first signal: wait briefly for the tasks
    // already created, then save the journal (they are resumed by the next run).
    graceMs: 5_000,
    hooks: journalHooks(o, store && settings, store, await repoPrefix(o.root, o.workspace)),
    onEvent: withNotices(createVideoLog({ mask: o.io.setSecret, flush: o.io.group }), o.io),
  };
}

/**
 * The plan printed and annotated; the journal restored from the Actions cache before the
 * first create (it holds the tasks already paid for) and saved after the run, even one that
 * failed (it is what keeps a re-run from paying again). Before the first create the `post:`
 * step is told where the journal is and how it is kept, so a main step killed before its
 * `afterRun` still has its journal saved.
 */
function journalHooks(
  o: Pick<ActionContext, 'inputs' | 'env' | 'io' | 'post'>,
  settings: { dir: string; root: string; prefix: string; ledger: string } | undefined,
  store: ActionsCacheStore | undefined,
  annotationPrefix: string,
): SessionOptions['hooks'] {
  const { shard } = o.inputs;
  const scope = shard ? `${shard.index}-of-${shard.total}` : 'all';
  const attempt = `${o.env.GITHUB_RUN_ID ?? 'local'}-${o.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return {
    planned: (plan) => {
      for (const a of problemAnnotations(plan.problems, annotationPrefix))
        o.io.error(a.message, a.properties);
      for (const a of warningAnnotations(plan.warnings ?? [], annotationPrefix))
        o.io.warning(a.message, a.properties);
      o.io.info(formatPlanTable(plan));
      if (o.inputs.upload === 'release' || o.inputs.upload === 'both')
        refuseAssetCollisions(plan.jobs, o.io, annotationPrefix);
    },
    beforeRun: async (s) => {
      await store?.restoreJournal(s.journalFile, scope);
      o.post.began({
        journalFile: s.journalFile,
        ...(settings && { cache: { ...settings, scope, runKey: attempt } }),
      });
    },
    afterRun: async (s) => {
      if (store && existsSync(s.journalFile))
        await store.saveJournal(s.journalFile, scope, attempt);
      o.post.journalSaved();
    },
  };
}

/**
 * Two videos whose release assets GitHub could give one name are refused at plan time,
 * before anything is paid: each pair annotated at its prompt file, then the session ends.
 */
function refuseAssetCollisions(
  jobs: readonly AssetSource[],
  io: ActionIo,
  annotationPrefix: string,
): void {
  const collisions = assetCollisions(jobs);
  for (const c of collisions)
    io.error(collisionMessage(c), {
      title: 'Clipwright: release asset names collide',
      file: `${annotationPrefix}${c.second.source.file}`,
      startLine: c.second.source.line,
    });
  if (collisions.length > 0)
    throw new Error(
      `${collisions.length} pairs of videos would become the same release asset (see the annotations); nothing was sent. ${collisionMessage(collisions[0] as (typeof collisions)[number])}`,
    );
}

/**
 * Pipeline notices (e.g. no ffmpeg for posters) as workflow notices, a model fallback as a
 * warning (and in the video's log), the balance check as a log line (a warning unless the plan
 * fits a known balance); the rest to the video log.
 */
function withNotices(log: (e: PipelineEvent) => void, io: ActionIo) {
  return (e: PipelineEvent) => {
    // Notices quote names and server text: printed inert (`##[` anywhere is a command).
    if (e.type === 'notice') return (e.warning ? io.warning : io.notice)(logText(e.message));
    if (e.type === 'balance') {
      if (e.check.status === 'known' && e.check.fits) io.info(formatBalance(e.check));
      else io.warning(formatBalance(e.check));
      return;
    }
    if (e.type === 'fallback') io.warning(logText(fallbackMessage(e)));
    log(e);
  };
}

const execFileAsync = promisify(execFile);

/**
 * The plan root's path inside its repository (`git rev-parse --show-prefix`), for annotations:
 * GitHub places them by the path from the repository's top, while problems name files from
 * the plan root (`root: pr` checks a whole repository out into pr/, so its prefix is empty).
 * Outside git: the root's path from the workspace.
 */
async function repoPrefix(root: string, workspace: string): Promise<string> {
  try {
    return (
      await execFileAsync('git', ['rev-parse', '--show-prefix'], { cwd: root })
    ).stdout.trim();
  } catch {
    const rel = relative(workspace, root).split(sep).join('/');
    return rel ? `${rel}/` : '';
  }
}

/** `timeout-minutes` and a cancel, as the one signal that stops new creates. */
function stopSignal(minutes: number | undefined, interrupt: AbortSignal | undefined) {
  const signals = [
    ...(minutes ? [AbortSignal.timeout(minutes * 60_000)] : []),
    ...(interrupt ? [interrupt] : []),
  ];
  return signals.length ? { signal: AbortSignal.any(signals) } : {};
}
