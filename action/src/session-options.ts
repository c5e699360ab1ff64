import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@clipwright/core';
import type * as pipeline from '@clipwright/pipeline';
import {
  fallbackMessage,
  formatBalance,
  type PipelineEvent,
  type SessionOptions,
} from '@clipwright/pipeline';
import type { ActionIo } from './action-io.ts';
import type { createActionsCacheStore } from './actions-cache-store.ts';
import type { readEventContext } from './event-context.ts';
import type { ActionInputs } from './inputs.ts';
import { problemAnnotations } from './problem-annotations.ts';
import { createVideoLog } from './video-log.ts';

export interface SessionOptionsInput {
  inputs: ActionInputs;
  env: NodeJS.ProcessEnv;
  io: ActionIo;
  event: ReturnType<typeof readEventContext>;
  root: string;
  outDir: string;
  /** The push's changed files (changed-only), or undefined for every video. */
  changed: string[] | undefined;
  pipeline: Pick<typeof pipeline, 'loadPlan' | 'runPlan' | 'formatPlanTable' | 'checkBalance'>;
  deps: { createCacheStore?: typeof createActionsCacheStore; clock?: Clock };
}

/** The action's inputs and event as the pipeline's run-session options, hooks included. */
export async function sessionOptions(o: SessionOptionsInput): Promise<SessionOptions> {
  const { inputs: i, env, io, event } = o;
  const stateDir = join(o.root, '.clipwright', 'state');
  const shard = i.shard ? `${i.shard.index}-of-${i.shard.total}` : 'all';
  const attempt = `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const store =
    i.cache && !i.dryRun
      ? (
          o.deps.createCacheStore ??
          (await import('./actions-cache-store.ts')).createActionsCacheStore
        )({ dir: join(stateDir, 'actions-cache'), root: o.root, warn: io.warning })
      : undefined;
  return {
    pipeline: o.pipeline,
    plan: {
      root: o.root,
      ...(i.prompts ? { prompts: i.prompts } : {}),
      ...(i.manifest ? { manifest: i.manifest } : {}),
      defaults: i.defaults,
      vars: i.vars,
      // A variable holding the key would send it as a prompt: refused at validate time.
      ...(i.apiKey ? { secrets: [i.apiKey] } : {}),
      // {{ version }} comes from the tag in the pipeline (releaseContext), as in the CLI.
      context: {
        ...(event.tag ? { tag: event.tag } : {}),
        ...(event.repository ? { repo: event.repository } : {}),
        ...(event.sha ? { sha: event.sha } : {}),
      },
      ...(i.shard ? { shard: i.shard } : {}),
      ...(o.changed ? { changedFiles: o.changed } : {}),
    },
    dryRun: i.dryRun,
    // The first step of a run, at no cost: the key and the balance (`GET /v1/credits`).
    balanceCheck: true,
    clientOptions: {
      apiKey: i.apiKey,
      baseUrl: i.baseUrl,
      ...(o.deps.clock ? { clock: o.deps.clock } : {}),
    },
    ...(o.deps.clock ? { clock: o.deps.clock } : {}),
    outDir: o.outDir,
    stateDir,
    ...(store ? { cache: store } : {}),
    concurrency: i.concurrency,
    ...(i.maxCredits !== undefined ? { maxCredits: i.maxCredits } : {}),
    ...(i.timeoutMinutes ? { signal: AbortSignal.timeout(i.timeoutMinutes * 60_000) } : {}),
    hooks: {
      planned: (plan) => {
        for (const a of problemAnnotations(plan.problems)) io.error(a.message, a.properties);
        io.info(o.pipeline.formatPlanTable(plan));
      },
      // Before the first create, always: the restored journal holds the tasks already paid for.
      beforeRun: async (s) => {
        await store?.restoreJournal(s.journalFile, shard);
      },
      // Saved even when the run fails: the journal is what keeps a re-run from paying again.
      afterRun: async (s) => {
        if (store && existsSync(s.journalFile))
          await store.saveJournal(s.journalFile, shard, attempt);
      },
    },
    onEvent: withNotices(createVideoLog({ mask: io.setSecret, flush: io.group }), io),
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
