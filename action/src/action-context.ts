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
  /** The workspace: the plan root. */
  root: string;
  /** Where the videos, manifest.json and index.html are written. */
  outDir: string;
  /** The GitHub client, made when called (Octokit is loaded only then). */
  github: () => Promise<GitHubClient>;
  deps: RunDependencies;
}
