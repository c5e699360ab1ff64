import { isAbsolute } from 'node:path';
import { parseParamsText, type Shard } from '@clipwright/pipeline/internal';
import { InputError } from './input-error.ts';
import {
  bool,
  type FailOutcome,
  input,
  lines,
  number,
  parseFailOn,
  parseVars,
  readInput,
  shardInput,
} from './input-values.ts';

export { type FailOutcome, readInput };

export type UploadTarget = 'artifact' | 'release' | 'both' | 'none';

/** The action's inputs, parsed and checked. */
export interface ActionInputs {
  apiKey: string;
  prompts?: string[];
  manifest?: string;
  defaults: {
    model?: string;
    duration?: number;
    aspect_ratio?: string;
    quality?: string;
    /** `params`: any request field of the model, below the files' own. */
    params?: Record<string, unknown>;
  };
  upload: UploadTarget;
  artifactName: string;
  artifactPerVideo: boolean;
  retentionDays?: number;
  releaseTag?: string;
  overwrite: boolean;
  /** Attach each video's poster frame (JPEG) to the release beside it. */
  releasePosters: boolean;
  concurrency: number;
  maxCredits?: number;
  /** `max-credits-per-video`: the stated price of a video without a published one. */
  maxCreditsPerVideo?: number;
  dryRun: boolean;
  changedOnly: boolean;
  shard?: Shard;
  timeoutMinutes?: number;
  failOn: FailOutcome[];
  /** Suspect videos (a failed delivery check) are uploaded as release assets too. */
  allowSuspect: boolean;
  /** `retry-suspect`: how many times a suspect video is generated again (0: never). */
  retrySuspect: number;
  vars: Record<string, string>;
  baseUrl: string;
  githubToken: string;
  cache: boolean;
  /** The folder of the workspace that holds the prompt files (relative). @default '.' */
  root: string;
  /**
   * The cost diff on a pull request: `auto`/`true` post it, `artifact` leaves it as the artifact
   * `clipwright-pr-comment` for a workflow_run job, `false` neither. Validation runs whatever.
   */
  prComment: 'auto' | 'true' | 'false' | 'artifact';
  /** A workflow run id whose `clipwright-pr-comment` artifact this step posts (and does nothing else). */
  prCommentFrom?: number;
  /** Fail the check when the change adds more estimated credits than this. */
  maxCreditsDelta?: number;
  /** The label that asks for previews. */
  previewLabel: string;
}

const uploadTargets: readonly UploadTarget[] = ['artifact', 'release', 'both', 'none'];

/** Options for {@link parseInputs}. */
export interface ParseInputsOptions {
  /** Where INPUT_* values come from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Reads and checks every input. Throws {@link InputError} naming the input and the fix.
 * An empty api-key is allowed here: the caller decides (fork pull requests skip).
 */
export function parseInputs(options: ParseInputsOptions = {}): ActionInputs {
  const env = options.env ?? process.env;
  const prompts = lines(input(env, 'prompts'));
  const manifest = input(env, 'manifest');
  const releaseTag = input(env, 'release-tag');
  return {
    apiKey: readInput(env, 'api-key'),
    ...(prompts.length > 0 ? { prompts } : {}),
    ...(manifest ? { manifest } : {}),
    defaults: callerDefaults(env),
    ...uploadInputs(env),
    ...(releaseTag ? { releaseTag } : {}),
    concurrency: number(env, 'concurrency', { min: 1, max: 32, integer: true }) as number,
    maxCredits: number(env, 'max-credits', { min: 0 }),
    maxCreditsPerVideo: number(env, 'max-credits-per-video', { min: 0 }),
    dryRun: bool(env, 'dry-run'),
    changedOnly: bool(env, 'changed-only'),
    shard: shardInput(input(env, 'shard')),
    timeoutMinutes: number(env, 'timeout-minutes', { min: 1, integer: true, unit: 'minutes' }),
    failOn: parseFailOn(input(env, 'fail-on')),
    allowSuspect: bool(env, 'allow-suspect'),
    retrySuspect: number(env, 'retry-suspect', { min: 0, max: 5, integer: true }) ?? 0,
    vars: parseVars(input(env, 'vars')),
    baseUrl: baseUrlInput(input(env, 'base-url')),
    githubToken: readInput(env, 'github-token'),
    cache: bool(env, 'cache'),
    root: rootInput(input(env, 'root')),
    prComment: prCommentInput(input(env, 'pr-comment')),
    prCommentFrom: number(env, 'pr-comment-from', { min: 1, integer: true }),
    maxCreditsDelta: number(env, 'max-credits-delta', { min: 0 }),
    previewLabel: input(env, 'preview-label'),
  };
}

/** The defaults every video takes unless it sets its own: model, duration, aspect ratio, quality, params. */
function callerDefaults(env: NodeJS.ProcessEnv): ActionInputs['defaults'] {
  const model = input(env, 'model');
  const aspectRatio = input(env, 'aspect-ratio');
  const quality = input(env, 'quality');
  const duration = number(env, 'duration', { min: 1, integer: true, unit: 'seconds' });
  const named = {
    ...(model ? { model } : {}),
    ...(duration !== undefined ? { duration } : {}),
    ...(aspectRatio ? { aspect_ratio: aspectRatio } : {}),
    ...(quality ? { quality } : {}),
  };
  const params = parseParamsText(input(env, 'params'), named);
  if ('error' in params) throw new InputError('params', params.error);
  return { ...named, ...(Object.keys(params.params).length > 0 && { params: params.params }) };
}

/** Where the videos go: `upload`, the artifact's name, per-video, retention, overwrite, posters. */
function uploadInputs(
  env: NodeJS.ProcessEnv,
): Pick<
  ActionInputs,
  'upload' | 'artifactName' | 'artifactPerVideo' | 'retentionDays' | 'overwrite' | 'releasePosters'
> {
  const upload = input(env, 'upload');
  if (!uploadTargets.includes(upload as UploadTarget)) {
    throw new InputError('upload', `'${upload}' is not one of ${uploadTargets.join(', ')}`);
  }
  const artifactName = input(env, 'artifact-name');
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
    throw new InputError(
      'artifact-name',
      `'${artifactName}' contains a character artifacts forbid (" : < > | * ? \\ / or a newline)`,
    );
  }
  return {
    upload: upload as UploadTarget,
    artifactName,
    artifactPerVideo: bool(env, 'artifact-per-video'),
    retentionDays: number(env, 'retention-days', { min: 1, max: 90, integer: true, unit: 'days' }),
    overwrite: bool(env, 'overwrite'),
    releasePosters: bool(env, 'release-posters'),
  };
}

function baseUrlInput(baseUrl: string): string {
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new InputError('base-url', `'${baseUrl}' is not an http(s) URL`);
  }
  return baseUrl;
}

function prCommentInput(value: string): ActionInputs['prComment'] {
  const v = value.toLowerCase();
  if (v !== 'auto' && v !== 'true' && v !== 'false' && v !== 'artifact') {
    throw new InputError('pr-comment', `'${value}' is not one of auto, true, artifact, false`);
  }
  return v;
}

/** A folder inside the workspace: relative, no `..` step out of it. */
function rootInput(value: string): string {
  const parts = value.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (isAbsolute(value) || parts.includes('..')) {
    throw new InputError(
      'root',
      `'${value}' is not a folder inside the workspace: give a relative path such as pr`,
    );
  }
  return parts.length ? parts.join('/') : '.';
}
