import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { diffCommits, type JobResult, type PlanDiff, toPlanOptions } from '@clipwright/pipeline';
import {
  changedEntries,
  formatDiffMarkdown,
  formatUsd,
  markdownCell,
  signedCredits,
} from '@clipwright/pipeline/report';
import type { ActionIo } from '../action-io.ts';
import type { ActionInputs } from '../inputs/inputs.ts';
import { planInput } from '../inputs/plan-input.ts';
import type { PullRequestEvent } from './event-context.ts';
import type { GitHubClient } from './github-client.ts';
import { neutralizeMentions } from './mentions.ts';
import { upsertPrComment } from './pr-comment.ts';
import type { uploadCommentArtifact } from './pr-comment-artifact.ts';

const execFileAsync = promisify(execFile);
/** Runs git in the workspace (no shell) and returns its standard output. */
export type Git = (args: string[]) => Promise<string>;

/**
 * The environment that lets git authenticate to the server as actions/checkout does (an
 * `http.<server>/.extraheader` carrying the token), given through git's GIT_CONFIG_COUNT
 * variables (git 2.31+): never on the command line, which other processes can read, and never
 * written into the checkout's config, where a later step or the pull request's own code could
 * read it. The header is scoped to the server's URL, so an origin naming another host never
 * gets the token; the empty value first drops a header a persisted checkout left, so only one
 * Authorization header is sent. Empty when there is no token or the server is not http(s).
 */
export function gitAuthEnv(
  token: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  if (!token || !/^https?:\/\//.test(serverUrl)) return {};
  const first = Number(env.GIT_CONFIG_COUNT ?? '0') || 0;
  const key = `http.${serverUrl.replace(/\/*$/, '/')}.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: String(first + 2),
    [`GIT_CONFIG_KEY_${first}`]: key,
    [`GIT_CONFIG_VALUE_${first}`]: '',
    [`GIT_CONFIG_KEY_${first + 1}`]: key,
    [`GIT_CONFIG_VALUE_${first + 1}`]: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * git in `root` through child_process.execFile (no shell). With a token, a fetch from origin
 * authenticates (private repositories; the shipped workflows keep no credentials on disk).
 */
export function workspaceGit(root: string, token: string, env = process.env): Git {
  const auth = gitAuthEnv(token, env.GITHUB_SERVER_URL ?? 'https://github.com', env);
  return async (args) =>
    (await execFileAsync('git', args, { cwd: root, env: { ...env, ...auth } })).stdout;
}

/** Makes sure `sha` is in the checkout; fetches it (depth 1) when missing and says so. */
export async function ensureCommit(git: Git, sha: string, io: ActionIo): Promise<void> {
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    io.info(`The checkout lacks commit ${sha.slice(0, 12)}: fetching it from origin.`);
    await git(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  }
}

export interface CostDiffOptions {
  inputs: ActionInputs;
  root: string;
  pr: PullRequestEvent;
  repository: string;
  io: ActionIo;
  github: () => Promise<GitHubClient>;
  /** Default: {@link workspaceGit} in `root` with the github-token. */
  git?: Git;
  /** Leaves the diff as the `clipwright-pr-comment` artifact (`pr-comment: artifact`). */
  uploadArtifact?: typeof uploadCommentArtifact;
}

/** What generating a diff's added and changed videos costs at their estimate: removals offset nothing. */
export function grossCredits(diff: PlanDiff): number {
  const sum = diff.entries
    .filter((e) => e.status === 'added' || e.status === 'changed')
    .reduce((total, e) => total + (e.credits ?? 0), 0);
  return Math.round(sum * 1000) / 1000;
}

/** The comment's Markdown for a diff, rendered from the diff alone (never from text a run sent). */
export function costCommentBody(diff: PlanDiff, pr: { base: string; head: string }): string {
  const title = `### Clipwright: credit cost of this pull request\n\nBase \`${pr.base.slice(0, 7)}\` → head \`${pr.head.slice(0, 7)}\`: generating its added and changed videos costs about ${grossCredits(diff).toFixed(2)} credits (${formatUsd(grossCredits(diff))}).\n\n`;
  return neutralizeMentions(`${title}${formatDiffMarkdown(diff)}`);
}

/**
 * The pull-request cost check: diff the PR's base and head from git alone, write the table to
 * the job summary, keep one comment up to date (or leave it as an artifact), fail when the
 * gross new spend is over `max-credits-delta`. Needs no api-key, sends nothing to the video API.
 */
export async function runCostDiff(o: CostDiffOptions): Promise<{ diff: PlanDiff; body: string }> {
  const git: Git = o.git ?? workspaceGit(o.root, o.inputs.githubToken);
  await ensureCommit(git, o.pr.base, o.io);
  await ensureCommit(git, o.pr.head, o.io);
  const { inputs } = o;
  // Both sides planned with the run's prompts, defaults and vars; of the context, the repo only.
  const { root, ...plan } = toPlanOptions({ ...planInput(inputs, o.root), repo: o.repository });
  const diff = await diffCommits({ root, base: o.pr.base, head: o.pr.head, plan });
  const body = costCommentBody(diff, o.pr);
  await o.io.writeSummary(body);
  await shareDiff(o, diff, body);
  o.io.setOutput('credits-delta', String(diff.delta));
  const gross = grossCredits(diff);
  if (inputs.maxCreditsDelta !== undefined && gross > inputs.maxCreditsDelta) {
    o.io.setFailed(
      `Generating this pull request's added and changed videos costs about ${gross.toFixed(2)} estimated credits, over max-credits-delta ${inputs.maxCreditsDelta} (signed delta ${signedCredits(diff.delta)}: removed videos do not offset new spend).`,
    );
  }
  return { diff, body };
}

/** The comment as `pr-comment` asks: posted, left as an artifact for a workflow_run job, or neither. */
async function shareDiff(o: CostDiffOptions, diff: PlanDiff, body: string): Promise<void> {
  const mode = o.inputs.prComment;
  if (mode === 'false') return;
  if (mode === 'artifact') {
    const upload =
      o.uploadArtifact ?? (await import('./pr-comment-artifact.ts')).uploadCommentArtifact;
    try {
      await upload({ repository: o.repository, pr: o.pr, diff });
      o.io.info('The cost diff is left as the artifact clipwright-pr-comment for the comment job.');
    } catch (error) {
      o.io.warning(`Could not upload the cost diff artifact: ${(error as Error).message}`);
    }
    return;
  }
  try {
    const outcome = await upsertPrComment({
      octokit: await o.github(),
      repository: o.repository,
      issueNumber: o.pr.number,
      body,
      // No comment when no video changes and nothing is broken; an existing one is updated.
      create: changedEntries(diff).length > 0 || diff.problems.length > 0,
    });
    if (outcome.action === 'skipped')
      o.io.info('No video changes and no problems: no pull-request comment.');
    else o.io.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
  } catch (error) {
    o.io.warning(
      `Could not comment on pull request #${o.pr.number}: ${(error as Error).message}. The job needs permissions: pull-requests: write (a fork's pull request cannot have it: use pr-comment: artifact and the workflow_run job of docs/workflows/pr-comment.yml).`,
    );
  }
}

/** The names previews generate: the added and changed videos. */
export function previewNames(diff: PlanDiff): Set<string> {
  return new Set(
    diff.entries.filter((e) => e.status === 'added' || e.status === 'changed').map((e) => e.name),
  );
}

/** The preview section of the comment: each video's status, credits spent and its link. */
export function previewMarkdown(
  results: JobResult[],
  links: Map<string, string>,
  artifactUrl: string | undefined,
): string {
  const rows = results.map(
    (r) =>
      `| ${markdownCell(r.name)} | ${r.status === 'suspect' ? `suspect: ${markdownCell(r.error?.message ?? 'its check failed')}` : r.status} | ${r.credits.toFixed(2)} | ${links.get(r.name) ? `[download](${links.get(r.name)})` : ''} |`,
  );
  return [
    '',
    '#### Previews',
    '',
    '| video | status | credits | link |',
    '| --- | --- | ---: | --- |',
    ...rows,
    '',
    artifactUrl ? `All previews: [artifact](${artifactUrl}).` : 'No artifact was uploaded.',
    '',
  ].join('\n');
}
