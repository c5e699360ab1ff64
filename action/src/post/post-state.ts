import * as core from '@actions/core';
import { z } from 'zod';

/**
 * What the main step leaves for the `post:` step (action.yml `runs.post`), which the runner
 * starts whatever happened to the main step: finished, failed, cancelled, timed out, killed.
 * Saved with `core.saveState` (the runner's GITHUB_STATE file, read back as `STATE_<name>`).
 */
export interface StateChannel {
  save(name: string, value: string): void;
  get(name: string): string;
}

/**
 * @actions/core's state when the runner gives a GITHUB_STATE file; else (a local run, a test
 * without a runner) nothing is kept: no post step will read it, and the deprecated
 * `::save-state::` command is never printed.
 */
export function coreState(env: NodeJS.ProcessEnv): StateChannel {
  if (!env.GITHUB_STATE) return { save: () => {}, get: (name) => env[`STATE_${name}`] ?? '' };
  return { save: (name, value) => core.saveState(name, value), get: (name) => core.getState(name) };
}

/** The run the main step began: where its journal is and how it is kept. Saved before the first create. */
export const postRunSchema = z.object({
  format: z.literal('clipwright-post/1'),
  /** Absolute: the journal (`<stateDir>/journal.json`). */
  journalFile: z.string().min(1),
  /** The Actions cache store's settings, or absent when the cache is off. */
  cache: z
    .object({
      dir: z.string().min(1),
      root: z.string().min(1),
      /** The trust-scoped key prefix the main step used (never widened here). */
      prefix: z.string().min(1),
      ledger: z.string().min(1),
      /** The journal's scope (a shard or `all`) and the run attempt's key. */
      scope: z.string().min(1),
      runKey: z.string().min(1),
    })
    .optional(),
});
export type PostRun = z.infer<typeof postRunSchema>;

/** The names the main step saves. */
export const postStateNames = {
  run: 'clipwright-run',
  /** `true` once the main step saved the journal to the Actions cache. */
  journalSaved: 'clipwright-journal-saved',
  /** `true` once the main step wrote its job summary. */
  summaryWritten: 'clipwright-summary-written',
} as const;

/** The main step's side: what it began, and what it finished. */
export function postStateWriter(state: StateChannel) {
  return {
    began: (run: Omit<PostRun, 'format'>) =>
      state.save(postStateNames.run, JSON.stringify({ format: 'clipwright-post/1', ...run })),
    journalSaved: () => state.save(postStateNames.journalSaved, 'true'),
    summaryWritten: () => state.save(postStateNames.summaryWritten, 'true'),
  };
}
export type PostStateWriter = ReturnType<typeof postStateWriter>;

/** The post step's side: the run the main step began (or `undefined`), and what it finished. */
export function readPostState(state: StateChannel): {
  run: PostRun | undefined;
  journalSaved: boolean;
  summaryWritten: boolean;
} {
  let run: PostRun | undefined;
  const text = state.get(postStateNames.run);
  if (text) {
    try {
      const parsed = postRunSchema.safeParse(JSON.parse(text));
      if (parsed.success) run = parsed.data;
    } catch {
      run = undefined;
    }
  }
  return {
    run,
    journalSaved: state.get(postStateNames.journalSaved) === 'true',
    summaryWritten: state.get(postStateNames.summaryWritten) === 'true',
  };
}
