import { join, resolve } from 'node:path';
import type { ActionIo } from './action-io.ts';
import { type EventContext, readEventContext } from './github/event-context.ts';
import type { GitHubClient } from './github/github-client.ts';
import { lazyGitHub } from './github/lazy-github.ts';
import type { ActionInputs } from './inputs/inputs.ts';
import { coreState, type PostStateWriter, postStateWriter } from './post/post-state.ts';
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
  /** What the main step tells its `post:` step (the run it began, what it finished). */
  post: PostStateWriter;
  deps: RunDependencies;
}

/**
 * The workspace and the action's own folders. On a runner, state and output live in its
 * temporary folder, never in the checkout: a pull request's tree cannot plant a journal, a
 * cache record or an earlier manifest.
 */
export function actionPaths(
  env: NodeJS.ProcessEnv,
  rootInput: string,
): Pick<ActionContext, 'workspace' | 'root' | 'outDir' | 'stateDir'> {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const own = env.RUNNER_TEMP
    ? join(env.RUNNER_TEMP, 'clipwright')
    : join(workspace, '.clipwright');
  return {
    workspace,
    root: resolve(workspace, rootInput),
    outDir: join(own, 'out'),
    stateDir: join(own, 'state'),
  };
}

/** The context of one action run, from its parsed inputs and the runner's environment. */
export function actionContext(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  deps: RunDependencies,
): ActionContext {
  return {
    inputs,
    env,
    io,
    deps,
    event: readEventContext({ env }),
    github: lazyGitHub(inputs, env, io, deps.createGitHubClient),
    post: postStateWriter(deps.state ?? coreState(env)),
    ...actionPaths(env, inputs.root),
  };
}
