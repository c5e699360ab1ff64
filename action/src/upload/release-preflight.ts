import type { ActionContext } from '../action-context.ts';

/**
 * A release upload is checked before anything is paid: the tag's release exists (drafts
 * included), takes assets (not a published immutable one), and the token can write it.
 * Throws with the fix; nothing to check without a release upload or in a dry run.
 */
export async function releasePreflight(
  ctx: Pick<ActionContext, 'inputs' | 'event' | 'github'>,
): Promise<void> {
  const { inputs, event } = ctx;
  if (inputs.dryRun || (inputs.upload !== 'release' && inputs.upload !== 'both')) return;
  const tag = inputs.releaseTag ?? event.tag;
  if (!tag || !event.repository) return; // reported by the upload step
  const { checkReleaseBeforePaying } = await import('./release-upload.ts');
  await checkReleaseBeforePaying({
    octokit: await ctx.github(),
    repository: event.repository,
    tag,
  });
}
