import type { SessionResult } from '@clipwright/pipeline';
import type { ActionContext } from '../action-context.ts';
import type { UploadVideosResult } from '../upload/upload-videos.ts';
import type { PullRequestEvent } from './event-context.ts';
import { upsertPrComment } from './pr-comment.ts';
import { previewMarkdown, previewNames, runCostDiff } from './pull-request.ts';

/** What a pull-request event runs after its cost check. */
export interface PrCheck {
  /**
   * The videos a maintainer approved for paid previews (those the pull request adds or
   * changes), or `undefined`: no approval, so the run validates and prices only (a dry run).
   */
  previews: ReadonlySet<string> | undefined;
  /** Adds the previews' section to the cost comment once a paid run is done. */
  comment(session: SessionResult, uploads: UploadVideosResult): Promise<void>;
}

/**
 * On a pull request: the cost diff (no api-key needed; commented, left as an artifact or
 * neither, as `pr-comment` says), then whether this event carries an approval for paid
 * previews. `undefined` on any other event.
 */
export async function prCheck(
  o: Pick<ActionContext, 'inputs' | 'root' | 'io' | 'github' | 'event' | 'deps'>,
): Promise<PrCheck | undefined> {
  const { inputs: i, io } = o;
  const { repository, pullRequest: pr } = o.event;
  if (!pr || !repository) return undefined;
  const costed = await runCostDiff({
    inputs: i,
    root: o.root,
    pr,
    repository,
    io,
    github: o.github,
    ...(o.deps.uploadCommentArtifact && { uploadArtifact: o.deps.uploadCommentArtifact }),
  });
  const approved = await previewApproved(o, pr, repository);
  return {
    previews: approved ? previewNames(costed.diff) : undefined,
    async comment(session, uploads) {
      if (!approved || i.prComment === 'false' || i.prComment === 'artifact') return;
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

/**
 * Whether this event approves paid previews of exactly its head commit: the preview label was
 * just added (`labeled`, never `synchronize`: a push after the label is not approved), and
 * the API says the pull request is open, still has that head commit and still has the label.
 */
async function previewApproved(
  o: Pick<ActionContext, 'inputs' | 'io' | 'github'>,
  pr: PullRequestEvent,
  repository: string,
): Promise<boolean> {
  const label = o.inputs.previewLabel;
  const say = (why: string) => {
    o.io.info(`No paid previews: ${why}. The prompt files are validated and priced only.`);
    return false;
  };
  if (pr.action !== 'labeled' || pr.label !== label)
    return say(`this event is not the '${label}' label being added`);
  const [owner = '', repo = ''] = repository.split('/');
  try {
    const { data } = await (await o.github()).rest.pulls.get({
      owner,
      repo,
      pull_number: pr.number,
    });
    if (data.state !== 'open') return say(`pull request #${pr.number} is ${data.state}`);
    if (data.head.sha !== pr.head)
      return say(
        `the head of #${pr.number} moved from ${pr.head.slice(0, 12)} to ${data.head.sha.slice(0, 12)} after the label was added: label the new head commit`,
      );
    if (!data.labels.some((l) => l.name === label))
      return say(`the label '${label}' is no longer on #${pr.number}`);
  } catch (error) {
    o.io.warning(`Could not check the preview approval: ${(error as Error).message}`);
    return say('the approval could not be checked (the job needs pull-requests: read)');
  }
  o.io.info(`Paid previews approved for #${pr.number} at ${pr.head.slice(0, 12)}.`);
  return true;
}
