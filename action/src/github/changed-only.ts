import type { ActionIo } from '../action-io.ts';
import { changedFiles } from './changed-files.ts';
import type { readEventContext } from './event-context.ts';
import type { GitHubClient } from './github-client.ts';

/** The `changed-only` input: the push's changed files, or `undefined` for every video. */
export async function changedOnly(
  event: ReturnType<typeof readEventContext>,
  github: () => Promise<GitHubClient>,
  io: Pick<ActionIo, 'info' | 'notice'>,
): Promise<string[] | undefined> {
  if (!event.push || !event.repository) {
    io.notice(
      `changed-only applies to push events; this is '${event.eventName || 'unknown'}', so every video is considered.`,
    );
    return undefined;
  }
  const changed = await changedFiles({
    octokit: await github(),
    repository: event.repository,
    ...event.push,
  });
  if (changed === undefined)
    io.notice(
      'changed-only: the change set is incomplete (new branch or a very large push), so every video is considered.',
    );
  else
    io.info(
      `changed-only: ${changed.length} files changed in ${event.push.before.slice(0, 7)}..${event.push.after.slice(0, 7)}`,
    );
  return changed;
}
