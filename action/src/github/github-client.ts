import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Options for {@link createGitHubClient}. */
export interface GitHubClientOptions {
  token: string;
  /** Default: GITHUB_API_URL or https://api.github.com (as @actions/github reads it). */
  baseUrl?: string;
  /** Warnings about rate limits go here. Default: nothing. */
  warn?: (message: string) => void;
  /** Base of the retry plugin's back-off in ms (tests pass 0). Default 1000. */
  retryAfterBaseValue?: number;
  /** Retries for rate limits before giving up. Default 3. */
  rateLimitRetries?: number;
  /** The throttling plugin spaces writes by a real second; tests turn it off. Default true. */
  throttle?: boolean;
}

/** Octokit from @actions/github with the retry and throttling plugins. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const warn = options.warn ?? (() => {});
  const limit = options.rateLimitRetries ?? 3;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`,
      );
      return retryCount < limit;
    };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
      throttle: {
        enabled: options.throttle ?? true,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}
