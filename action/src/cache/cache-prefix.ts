import type { EventContext } from '../github/event-context.ts';

/**
 * The cache keys' prefix, by trust: only trusted events (push, release, workflow_dispatch,
 * schedule) save and restore the trusted scope; a pull request's runs keep a scope of their
 * own (per pull request), and other untrusted events one more. So nothing a pull request
 * makes, or plants through a pull_request_target run on the base branch's cache, is ever
 * restored by a push to that branch.
 */
export function cachePrefix(event: Pick<EventContext, 'trusted' | 'pullRequest'>): string {
  if (event.trusted) return 'clipwright-v2';
  return event.pullRequest
    ? `clipwright-v2-untrusted-pr${event.pullRequest.number}`
    : 'clipwright-v2-untrusted';
}
