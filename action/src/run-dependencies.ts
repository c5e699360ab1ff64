import type { Clock } from '@clipwright/core';
import type { runSession } from '@clipwright/pipeline';
import type { ActionIo } from './action-io.ts';
import type { createActionsCacheStore } from './cache/actions-cache-store.ts';
import type { createGitHubClient } from './github/github-client.ts';
import type { uploadCommentArtifact } from './github/pr-comment-artifact.ts';
import type { SignalSource } from './interrupts.ts';
import type { StateChannel } from './post/post-state.ts';
import type { uploadArtifacts } from './upload/artifact-upload.ts';
import type { uploadReleaseAssets } from './upload/release-upload.ts';

/**
 * Every side effect of the action; each has a real default. The defaults that pull in heavy
 * clients (@actions/artifact, @actions/cache with the Azure SDK, Octokit) are loaded with
 * import() only when used: the bundle splits them into chunks, so start-up does not pay for them.
 */
export interface RunDependencies {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default @actions/core */
  io?: ActionIo;
  /** The pipeline's run session (tests wrap or replace it). @default runSession */
  runSession?: typeof runSession;
  /** @default uploadArtifacts (the real @actions/artifact client) */
  uploadArtifacts?: typeof uploadArtifacts;
  /** @default uploadReleaseAssets */
  uploadReleaseAssets?: typeof uploadReleaseAssets;
  /** The cost diff left for the comment job (`pr-comment: artifact`). @default uploadCommentArtifact */
  uploadCommentArtifact?: typeof uploadCommentArtifact;
  /** @default Octokit with retry and throttling */
  createGitHubClient?: typeof createGitHubClient;
  /** @default the Actions cache store (when the cache input is on) */
  createCacheStore?: typeof createActionsCacheStore;
  /** Where SIGINT and SIGTERM arrive (a cancelled job). @default process */
  signals?: SignalSource;
  /** The client's waits and the journal's times. @default the real clock */
  clock?: Clock;
  /** What the main step leaves for the `post:` step. @default @actions/core's saveState/getState */
  state?: StateChannel;
}
