import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import type { PlanDiff } from '@clipwright/pipeline';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import type { PullRequestEvent } from './event-context.ts';
import type { GitHubClient } from './github-client.ts';

/** The artifact the untrusted check leaves for the comment job. */
export const commentArtifactName = 'clipwright-pr-comment';
const fileName = 'pr-comment.json';
/** A diff of thousands of videos is well under this; anything larger is refused unread. */
export const maxCommentArtifactBytes = 2 * 1024 * 1024;

/** The artifact's content: the diff as data, never Markdown (the comment job renders it). */
export interface CommentArtifact {
  version: 1;
  repository: string;
  pullRequest: number;
  base: string;
  head: string;
  diff: PlanDiff;
}

/** Options for {@link uploadCommentArtifact}. */
export interface UploadCommentArtifactOptions {
  repository: string;
  pr: Pick<PullRequestEvent, 'number' | 'base' | 'head'>;
  diff: PlanDiff;
  /** @default new DefaultArtifactClient() */
  client?: ArtifactClient;
  /** Where the JSON file is written. @default RUNNER_TEMP or the OS temporary folder */
  tempDir?: string;
}

/** Uploads the diff (JSON) as the artifact {@link commentArtifactName}. */
export async function uploadCommentArtifact(o: UploadCommentArtifactOptions): Promise<void> {
  const dir = await mkdtemp(join(o.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir(), 'cw-comment-'));
  const content: CommentArtifact = {
    version: 1,
    repository: o.repository,
    pullRequest: o.pr.number,
    base: o.pr.base,
    head: o.pr.head,
    diff: o.diff,
  };
  const file = join(dir, fileName);
  await writeFile(file, JSON.stringify(content));
  const client = o.client ?? new (await import('@actions/artifact')).DefaultArtifactClient();
  await client.uploadArtifact(commentArtifactName, [file], dir, { retentionDays: 7 });
}

const text = (max: number) => z.string().max(max);
const credits = z.number().finite().min(-1e9).max(1e9);
const sha = z.string().regex(/^[0-9a-f]{40}$/);
const problem = z.object({
  file: text(1000),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  field: text(200),
  message: text(2000),
  fix: text(2000),
});
const entry = z.object({
  name: text(500),
  status: z.enum(['added', 'changed', 'removed', 'unchanged']),
  source: z.object({ file: text(1000), line: z.number().int().min(0) }),
  baseCredits: credits.optional(),
  credits: credits.optional(),
  delta: credits,
  changes: z.array(text(100)).max(50),
  hash: text(200),
  cached: z.boolean(),
});
const side = z.object({ commit: sha.optional(), totalCredits: credits });
/** Checked field by field: the artifact is written by code a fork controls. */
export const commentArtifactSchema = z.object({
  version: z.literal(1),
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  pullRequest: z.number().int().positive(),
  base: sha,
  head: sha,
  diff: z.object({
    entries: z.array(entry).max(20_000),
    counts: z.object({
      added: z.number().int().min(0),
      changed: z.number().int().min(0),
      removed: z.number().int().min(0),
      unchanged: z.number().int().min(0),
    }),
    delta: credits,
    toGenerate: credits,
    base: side,
    head: side,
    problems: z.array(problem).max(10_000),
  }),
});

/** Options for {@link downloadCommentArtifact}. */
export interface DownloadCommentArtifactOptions {
  octokit: GitHubClient;
  repository: string;
  runId: number;
  /** @default {@link maxCommentArtifactBytes} */
  maxBytes?: number;
}

/**
 * Downloads the comment artifact of run `runId` and returns its content, checked against
 * {@link commentArtifactSchema}. Only that one artifact is read, as data: its size is checked
 * before it is downloaded and again unzipped, and it must hold exactly `pr-comment.json`.
 */
export async function downloadCommentArtifact(
  o: DownloadCommentArtifactOptions,
): Promise<CommentArtifact> {
  const [owner = '', repo = ''] = o.repository.split('/');
  const max = o.maxBytes ?? maxCommentArtifactBytes;
  const { data } = await o.octokit.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: o.runId,
    name: commentArtifactName,
    per_page: 100,
  });
  const found = data.artifacts.filter((a) => a.name === commentArtifactName && !a.expired);
  const artifact = found[0];
  if (found.length !== 1 || !artifact)
    throw new Error(
      `run ${o.runId} has ${found.length} artifacts named ${commentArtifactName}, not one`,
    );
  if (artifact.size_in_bytes > max)
    throw new Error(`the artifact is ${artifact.size_in_bytes} bytes, over the ${max}-byte limit`);
  const zip = await o.octokit.rest.actions.downloadArtifact({
    owner,
    repo,
    artifact_id: artifact.id,
    archive_format: 'zip',
  });
  const bytes = new Uint8Array(zip.data as ArrayBuffer);
  if (bytes.byteLength > max) throw new Error(`the artifact's zip is over the ${max}-byte limit`);
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      total += f.originalSize;
      if (f.name !== fileName || total > max)
        throw new Error(
          `the artifact holds ${f.name} (${f.originalSize} bytes): only ${fileName} under ${max} bytes is read`,
        );
      return true;
    },
  });
  const json = files[fileName];
  if (!json) throw new Error(`the artifact holds no ${fileName}`);
  if (json.byteLength > max) throw new Error(`${fileName} is over the ${max}-byte limit`);
  const parsed = commentArtifactSchema.safeParse(JSON.parse(new TextDecoder().decode(json)));
  if (!parsed.success)
    throw new Error(`${fileName} is not a Clipwright cost diff: ${z.prettifyError(parsed.error)}`);
  return parsed.data as CommentArtifact;
}
