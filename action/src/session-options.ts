import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type PipelineEvent, type SessionOptions, toPlanOptions } from '@clipwright/pipeline';
import { fallbackMessage, formatBalance, formatPlanTable } from '@clipwright/pipeline/report';
import type { ActionContext } from './action-context.ts';
import type { ActionIo } from './action-io.ts';
import type { ActionsCacheStore } from './actions-cache-store.ts';
import { planInput } from './plan-input.ts';
import { problemAnnotations } from './problem-annotations.ts';
import { createVideoLog } from './video-log.ts';

/** What the run needs besides the action's context. */
export interface RunScope {
  /** The push's changed files (changed-only), or undefined for every video. */
  changed: string[] | undefined;
  /** A labelled pull request's previews: only these videos (added and changed), or all. */
  previews: ReadonlySet<string> | undefined;
}

/** The action's inputs and event as the pipeline's run-session options, hooks included. */
export async function sessionOptions(o: ActionContext, scope: RunScope): Promise<SessionOptions> {
  const { inputs: i, event, deps } = o;
  const stateDir = join(o.root, '.clipwright', 'state');
  const store =
    i.cache && !i.dryRun
      ? (
          deps.createCacheStore ??
          (await import('./actions-cache-store.ts')).createActionsCacheStore
        )({ dir: join(stateDir, 'actions-cache'), root: o.root, warn: o.io.warning })
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
    ...(i.timeoutMinutes && { signal: AbortSignal.timeout(i.timeoutMinutes * 60_000) }),
    hooks: journalHooks(o, store),
    onEvent: withNotices(createVideoLog({ mask: o.io.setSecret, flush: o.io.group }), o.io),
  };
}

/**
 * The plan printed and annotated; the journal restored from the Actions cache before the
 * first create (it holds the tasks already paid for) and saved after the run, even one that
 * failed (it is what keeps a re-run from paying again).
 */
function journalHooks(
  o: Pick<ActionContext, 'inputs' | 'env' | 'io'>,
  store: ActionsCacheStore | undefined,
): SessionOptions['hooks'] {
  const { shard } = o.inputs;
  const scope = shard ? `${shard.index}-of-${shard.total}` : 'all';
  const attempt = `${o.env.GITHUB_RUN_ID ?? 'local'}-${o.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return {
    planned: (plan) => {
      for (const a of problemAnnotations(plan.problems)) o.io.error(a.message, a.properties);
      o.io.info(formatPlanTable(plan));
    },
    beforeRun: async (s) => {
      await store?.restoreJournal(s.journalFile, scope);
    },
    afterRun: async (s) => {
      if (store && existsSync(s.journalFile))
        await store.saveJournal(s.journalFile, scope, attempt);
    },
  };
}

/**
 * Pipeline notices (e.g. no ffmpeg for posters) as workflow notices, a model fallback as a
 * warning (and in the video's log), the balance check as a log line (a warning unless the plan
 * fits a known balance); the rest to the video log.
 */
function withNotices(log: (e: PipelineEvent) => void, io: ActionIo) {
  return (e: PipelineEvent) => {
    if (e.type === 'notice') return (e.warning ? io.warning : io.notice)(e.message);
    if (e.type === 'balance') {
      if (e.check.status === 'known' && e.check.fits) io.info(formatBalance(e.check));
      else io.warning(formatBalance(e.check));
      return;
    }
    if (e.type === 'fallback') io.warning(fallbackMessage(e));
    log(e);
  };
}
