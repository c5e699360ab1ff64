import type { ActionContext } from '../action-context.ts';
import { InputError } from '../inputs/input-error.ts';
import { upsertPrComment } from './pr-comment.ts';
import { downloadCommentArtifact } from './pr-comment-artifact.ts';
import { costCommentBody } from './pull-request.ts';

/**
 * `pr-comment-from`: posts the cost comment that an untrusted pull-request run left as an
 * artifact (stage 2 of GitHub's two-stage pattern). Nothing of the pull request runs here:
 * the artifact is read as data, checked against the `workflow_run` event and the API (the
 * pull request it names is open in this repository with the run's head commit), and the
 * comment is rendered again from the diff. Anything that does not hold posts nothing.
 */
export async function postCommentFromArtifact(
  ctx: Pick<ActionContext, 'inputs' | 'event' | 'io' | 'github'>,
): Promise<void> {
  const runId = ctx.inputs.prCommentFrom;
  const { workflowRun: run, repository } = ctx.event;
  if (runId === undefined) return;
  if (!run || !repository || run.id !== runId)
    throw new InputError(
      'pr-comment-from',
      `is ${runId}, but this step runs on '${ctx.event.eventName}'${run ? ` for run ${run.id}` : ''}: use it in a workflow_run job as pr-comment-from: \${{ github.event.workflow_run.id }}`,
    );
  if (run.event !== 'pull_request') {
    ctx.io.notice(`Run ${run.id} ran on '${run.event}', not a pull request: nothing to post.`);
    return;
  }
  const octokit = await ctx.github();
  const artifact = await downloadCommentArtifact({ octokit, repository, runId });
  const refuse = (why: string) =>
    ctx.io.warning(`The cost diff of run ${run.id} was not posted: ${why}.`);
  if (artifact.repository !== repository)
    return refuse(`it names the repository ${artifact.repository}, not ${repository}`);
  if (artifact.head !== run.headSha)
    return refuse(
      `it names head ${artifact.head.slice(0, 12)}, the run's head is ${run.headSha.slice(0, 12)}`,
    );
  const [owner = '', repo = ''] = repository.split('/');
  const { data: pr } = await octokit.rest.pulls.get({
    owner,
    repo,
    pull_number: artifact.pullRequest,
  });
  if (pr.state !== 'open') return refuse(`pull request #${pr.number} is ${pr.state}`);
  if (pr.base.repo.full_name !== repository)
    return refuse(`pull request #${pr.number} is not one of ${repository}'s`);
  if (run.headRepository && pr.head.repo?.full_name !== run.headRepository)
    return refuse(`pull request #${pr.number}'s head is not from ${run.headRepository}`);
  if (pr.head.sha !== run.headSha)
    return refuse(
      `pull request #${pr.number}'s head is now ${pr.head.sha.slice(0, 12)}; a newer run will post its own diff`,
    );
  const body = costCommentBody(artifact.diff, artifact);
  await ctx.io.writeSummary(body);
  const outcome = await upsertPrComment({
    octokit,
    repository,
    issueNumber: pr.number,
    body,
    // A broken prompt is worth a comment too (the failed check's annotations name it).
    create:
      artifact.diff.entries.some((e) => e.status !== 'unchanged') ||
      artifact.diff.problems.length > 0,
  });
  ctx.io.info(
    outcome.action === 'skipped'
      ? 'No video changes and no problems: no pull-request comment.'
      : `Pull-request comment ${outcome.action}: ${outcome.url}`,
  );
}
