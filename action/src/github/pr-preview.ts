import type { SessionResult } from '@clipwright/pipeline';
import type { ActionContext } from '../action-context.ts';
import type { UploadVideosResult } from '../upload/upload-videos.ts';
import { upsertPrComment } from './pr-comment.ts';
import {
  previewMarkdown,
  previewNames,
  readPullRequest,
  runCostDiff,
  wantsPreview,
} from './pull-request.ts';

/** The previews of a labelled pull request: what the session runs, and the comment after it. */
export interface PrPreview {
  /** The videos to preview: those the pull request adds or changes (the run plans only them). */
  names: ReadonlySet<string>;
  /** Adds the previews' section to the cost comment once the run is done. */
  comment(session: SessionResult, uploads: UploadVideosResult): Promise<void>;
}

/**
 * On a pull request (unless `pr-comment` is false): the cost diff first (no api-key needed),
 * then previews only when the label asks for them. `'done'` when nothing more is to run (no
 * label); `undefined` on any other event.
 */
export async function prPreview(
  o: Pick<ActionContext, 'inputs' | 'env' | 'root' | 'io' | 'github' | 'event'>,
): Promise<PrPreview | 'done' | undefined> {
  const { inputs: i, io } = o;
  const { repository } = o.event;
  const pr = i.prComment !== 'false' ? readPullRequest(o.env) : undefined;
  if (!pr || !repository) return undefined;
  const costed = await runCostDiff({
    inputs: i,
    root: o.root,
    pr,
    repository,
    io,
    github: o.github,
  });
  if (!wantsPreview(pr, i.previewLabel)) {
    io.info(`No '${i.previewLabel}' label on this event: no preview is generated.`);
    return 'done';
  }
  return {
    names: previewNames(costed.diff),
    async comment(session, uploads) {
      const section = previewMarkdown(session.results, uploads.links, uploads.artifacts[0]?.url);
      await upsertPrComment({
        octokit: await o.github(),
        repository,
        issueNumber: pr.number,
        body: `${costed.body}${section}`,
      }).catch((error: Error) =>
        io.warning(`Could not update the pull-request comment: ${error.message}`),
      );
    },
  };
}
