import type { ActionIo } from '../action-io.ts';
import type { ActionInputs } from '../inputs/inputs.ts';
import type { createGitHubClient, GitHubClient } from './github-client.ts';

/**
 * The GitHub client as a function that makes it when called: Octokit (and its plugins) is
 * loaded with import() only when a step needs GitHub (a release upload, the compare API, a
 * pull-request comment).
 */
export function lazyGitHub(
  inputs: Pick<ActionInputs, 'githubToken'>,
  env: NodeJS.ProcessEnv,
  io: Pick<ActionIo, 'warning'>,
  create?: typeof createGitHubClient,
): () => Promise<GitHubClient> {
  return async () =>
    (create ?? (await import('./github-client.ts')).createGitHubClient)({
      token: inputs.githubToken,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      warn: io.warning,
    });
}
