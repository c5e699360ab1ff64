import { parseShard, type Shard } from '@clipwright/pipeline/internal';
import { type DefaultedInput, inputDefaults } from './input-defaults.ts';
import { InputError } from './input-error.ts';

export type UploadTarget = 'artifact' | 'release' | 'both' | 'none';
export type FailOutcome = 'failed' | 'invalid' | 'budget' | 'cancelled';

/** The action's inputs, parsed and checked. */
export interface ActionInputs {
  apiKey: string;
  prompts?: string[];
  manifest?: string;
  defaults: { model?: string; duration?: number; aspect_ratio?: string; quality?: string };
  upload: UploadTarget;
  artifactName: string;
  artifactPerVideo: boolean;
  retentionDays?: number;
  releaseTag?: string;
  overwrite: boolean;
  concurrency: number;
  maxCredits?: number;
  dryRun: boolean;
  changedOnly: boolean;
  shard?: Shard;
  timeoutMinutes?: number;
  failOn: FailOutcome[];
  vars: Record<string, string>;
  baseUrl: string;
  githubToken: string;
  cache: boolean;
  /** Post the cost diff on the pull request: `auto` = on pull_request events. */
  prComment: 'auto' | 'true' | 'false';
  /** Fail the check when the change adds more estimated credits than this. */
  maxCreditsDelta?: number;
  /** The label that asks for previews. */
  previewLabel: string;
}

const failOutcomes: readonly FailOutcome[] = ['failed', 'invalid', 'budget', 'cancelled'];
const uploadTargets: readonly UploadTarget[] = ['artifact', 'release', 'both', 'none'];

/**
 * Reads an input the way @actions/core's getInput does (INPUT_<NAME>, upper case,
 * spaces to underscores, trimmed). Written here so tests pass an env object instead of
 * patching process.env.
 */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** An input, or its default from action.yml (`inputDefaults`) when unset or empty. */
function input(env: NodeJS.ProcessEnv, name: DefaultedInput): string {
  return readInput(env, name) || inputDefaults[name];
}

function bool(env: NodeJS.ProcessEnv, name: DefaultedInput): boolean {
  const raw = input(env, name);
  // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(name, `expected true or false, got '${raw}'`);
}

function number(
  env: NodeJS.ProcessEnv,
  name: DefaultedInput,
  o: { min: number; max?: number; integer?: boolean; unit?: string },
): number | undefined {
  const raw = input(env, name);
  if (raw === '') return undefined;
  const value = Number(raw);
  const kind = o.integer ? 'a whole number' : 'a number';
  const range = o.max === undefined ? `at least ${o.min}` : `from ${o.min} to ${o.max}`;
  if (
    !/^\d+(\.\d+)?$/.test(raw) ||
    !Number.isFinite(value) ||
    (o.integer && !Number.isInteger(value))
  ) {
    throw new InputError(
      name,
      `expected ${kind} ${range}${o.unit ? ` ${o.unit}` : ''}, got '${raw}'`,
    );
  }
  if (value < o.min || (o.max !== undefined && value > o.max)) {
    throw new InputError(name, `must be ${range}${o.unit ? ` ${o.unit}` : ''}, got ${raw}`);
  }
  return value;
}

function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Parses `k/n` (1-based k); the pipeline's parseShard decides the range. */
function shardInput(raw: string): Shard | undefined {
  if (raw === '') return undefined;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
  const hint = "write it as k/n with 1 <= k <= n, e.g. '2/3' or '${{ matrix.shard }}/3'";
  if (!/^\d+\s*\/\s*\d+$/.test(raw)) throw new InputError('shard', `'${raw}' is not k/n: ${hint}`);
  try {
    return parseShard(raw);
  } catch {
    throw new InputError('shard', `'${raw}' is out of range: ${hint}`);
  }
}

function parseVars(raw: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of lines(raw)) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!/^[A-Za-z_][\w.-]*$/.test(key)) {
      throw new InputError(
        'vars',
        `'${line}' is not NAME=value (one per line; NAME starts with a letter or _)`,
      );
    }
    vars[key] = line.slice(eq + 1).trim();
  }
  return vars;
}

function parseFailOn(raw: string): FailOutcome[] {
  const parts = raw
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'never') return [];
  for (const part of parts) {
    if (!failOutcomes.includes(part as FailOutcome)) {
      throw new InputError(
        'fail-on',
        `'${part}' is not an outcome: use a comma-separated list of ${failOutcomes.join(', ')}, or never`,
      );
    }
  }
  return parts.length === 0 ? parseFailOn(inputDefaults['fail-on']) : (parts as FailOutcome[]);
}

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
    dryRun: bool(env, 'dry-run'),
    changedOnly: bool(env, 'changed-only'),
    shard: shardInput(input(env, 'shard')),
    timeoutMinutes: number(env, 'timeout-minutes', { min: 1, integer: true, unit: 'minutes' }),
    failOn: parseFailOn(input(env, 'fail-on')),
    vars: parseVars(input(env, 'vars')),
    baseUrl: baseUrlInput(input(env, 'base-url')),
    githubToken: readInput(env, 'github-token'),
    cache: bool(env, 'cache'),
    prComment: prCommentInput(input(env, 'pr-comment')),
    maxCreditsDelta: number(env, 'max-credits-delta', { min: 0 }),
    previewLabel: input(env, 'preview-label'),
  };
}

/** The defaults every video takes unless it sets its own: model, duration, aspect ratio, quality. */
function callerDefaults(env: NodeJS.ProcessEnv): ActionInputs['defaults'] {
  const model = input(env, 'model');
  const aspectRatio = input(env, 'aspect-ratio');
  const quality = input(env, 'quality');
  const duration = number(env, 'duration', { min: 1, integer: true, unit: 'seconds' });
  return {
    ...(model ? { model } : {}),
    ...(duration !== undefined ? { duration } : {}),
    ...(aspectRatio ? { aspect_ratio: aspectRatio } : {}),
    ...(quality ? { quality } : {}),
  };
}

/** Where the videos go: `upload`, the artifact's name, per-video, retention, overwrite. */
function uploadInputs(
  env: NodeJS.ProcessEnv,
): Pick<
  ActionInputs,
  'upload' | 'artifactName' | 'artifactPerVideo' | 'retentionDays' | 'overwrite'
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
  if (v !== 'auto' && v !== 'true' && v !== 'false') {
    throw new InputError('pr-comment', `'${value}' is not one of auto, true, false`);
  }
  return v;
}
