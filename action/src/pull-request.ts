import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { diffCommits, type JobResult, type PlanDiff, toPlanOptions } from '@clipwright/pipeline';
import {
  changedEntries,
  formatDiffMarkdown,
  markdownCell,
  signedCredits,
} from '@clipwright/pipeline/report';
import type { ActionIo } from './action-io.ts';
import type { GitHubClient } from './github-client.ts';
import type { ActionInputs } from './inputs.ts';
import { planInput } from './plan-input.ts';
import { upsertPrComment } from './pr-comment.ts';

/** What the action reads from a pull_request event payload. */
export interface PullRequestEvent {
  number: number;
  base: string;
  head: string;
  action: string;
  labels: string[];
}

/** The pull request of a `pull_request` (or `pull_request_target`) event, else undefined. */
export function readPullRequest(env: NodeJS.ProcessEnv): PullRequestEvent | undefined {
  if (!(env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return;
  const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
    action?: string;
    number?: number;
    pull_request?: {
      number?: number;
      base?: { sha?: string };
      head?: { sha?: string };
      labels?: Array<{ name?: string }>;
    };
  };
  const pr = payload.pull_request;
  const number = pr?.number ?? payload.number;
  if (!pr?.base?.sha || !pr.head?.sha || number === undefined) return;
  return {
    number,
    base: pr.base.sha,
    head: pr.head.sha,
    action: payload.action ?? '',
    labels: (pr.labels ?? []).map((l) => l.name ?? ''),
  };
}

const execFileAsync = promisify(execFile);
/** Runs git in the workspace (no shell) and returns its standard output. */
export type Git = (args: string[]) => Promise<string>;

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
  /** Default: git through child_process.execFile in `root`. */
  git?: Git;
}

/**
 * The pull-request cost check: diff the PR's base and head from git alone, write the table to
 * the job summary, keep one comment up to date, fail when `max-credits-delta` is exceeded.
 * Needs no api-key and sends nothing to the video API.
 */
export async function runCostDiff(o: CostDiffOptions): Promise<{ diff: PlanDiff; body: string }> {
  const git: Git =
    o.git ?? (async (args) => (await execFileAsync('git', args, { cwd: o.root })).stdout);
  await ensureCommit(git, o.pr.base, o.io);
  await ensureCommit(git, o.pr.head, o.io);
  const { inputs } = o;
  // Both sides planned with the run's prompts, defaults and vars; of the context, the repo only.
  const { root, ...plan } = toPlanOptions({ ...planInput(inputs, o.root), repo: o.repository });
  const diff = await diffCommits({ root, base: o.pr.base, head: o.pr.head, plan });
  const table = formatDiffMarkdown(diff);
  const title = `### Clipwright: credit cost of this pull request\n\nBase \`${o.pr.base.slice(0, 7)}\` → head \`${o.pr.head.slice(0, 7)}\`.\n\n`;
  await o.io.writeSummary(`${title}${table}`);
  const changes = changedEntries(diff).length > 0;
  if (inputs.prComment !== 'false') {
    try {
      const outcome = await upsertPrComment({
        octokit: await o.github(),
        repository: o.repository,
        issueNumber: o.pr.number,
        body: `${title}${table}`,
        // No comment when no video changes; an existing one is updated to say so.
        create: changes,
      });
      if (outcome.action === 'skipped') o.io.info('No video changes: no pull-request comment.');
      else o.io.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
    } catch (error) {
      o.io.warning(
        `Could not comment on pull request #${o.pr.number}: ${(error as Error).message}. The job needs permissions: pull-requests: write.`,
      );
    }
  }
  o.io.setOutput('credits-delta', String(diff.delta));
  if (inputs.maxCreditsDelta !== undefined && diff.delta > inputs.maxCreditsDelta) {
    o.io.setFailed(
      `This pull request adds ${signedCredits(diff.delta)} estimated credits, over max-credits-delta ${inputs.maxCreditsDelta}.`,
    );
  }
  return { diff, body: `${title}${table}` };
}

/** Whether this event asks for previews: the label is on the PR and it was just added or pushed to. */
export function wantsPreview(pr: PullRequestEvent, label: string): boolean {
  return pr.labels.includes(label) && (pr.action === 'labeled' || pr.action === 'synchronize');
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
