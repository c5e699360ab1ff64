import type { ActionIo } from './action-io.ts';
import type { EventContext } from './github/event-context.ts';
import type { GitHubClient } from './github/github-client.ts';
import type { ActionInputs } from './inputs/inputs.ts';
import type { RunDependencies } from './run-dependencies.ts';

/** What every step of the action works with: its inputs, the event, the runner, the workspace. */
export interface ActionContext {
  inputs: ActionInputs;
  env: NodeJS.ProcessEnv;
  /** The runner's channels, the key kept out of each. */
  io: ActionIo;
  event: EventContext;
  /** GITHUB_WORKSPACE (or the working directory). */
  workspace: string;
  /** The plan root: the `root` input inside the workspace. */
  root: string;
  /** Where the videos, manifest.json and index.html are written (outside the checkout on a runner). */
  outDir: string;
  /** The journal and cache records (outside the checkout on a runner). */
  stateDir: string;
  /** The GitHub client, made when called (Octokit is loaded only then). */
  github: () => Promise<GitHubClient>;
  deps: RunDependencies;
}
