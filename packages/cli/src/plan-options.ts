import { join, resolve } from 'node:path';
import { type PlanOptions, toPlanOptions } from '@clipwright/pipeline';
import { callerParamProblem, parseParamPair, parseShard } from '@clipwright/pipeline/internal';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError } from './cli-error.ts';
import type { CliIo } from './cli-io.ts';
import { exitCodes } from './exit-codes.ts';
import { writeJsonLine } from './report/json-line.ts';
import { terminalSafe } from './report/terminal-text.ts';

/** The flags `generate`, `plan` and `validate` share, as commander parses them. */
export interface PlanFlags {
  root?: string;
  manifest?: string;
  model?: string;
  duration?: number;
  aspectRatio?: string;
  quality?: string;
  removeWatermark?: boolean;
  var: Record<string, string>;
  /** `--param key=value`, by key: the value read as YAML and the flag as given. */
  param?: Record<string, { value: unknown; text: string }>;
  tag?: string;
  shard?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Adds the plan flags to `command`. */
export function addPlanOptions(command: Command): Command {
  return command
    .option(
      '--root <dir>',
      'repository root: globs and paths are relative to it (default: the current directory)',
    )
    .option(
      '--manifest <file>',
      'a YAML manifest of videos (default: clipwright.yml when present and no globs are given)',
    )
    .option('--model <name>', 'default model for videos that set none (see `clipwright models`)')
    .option('--duration <seconds>', 'default duration in seconds', parsePositiveInt)
    .option('--aspect-ratio <ratio>', 'default aspect ratio, e.g. 16:9 or 9:16')
    .option('--quality <quality>', 'default quality, e.g. 720p or 1080p')
    .option('--remove-watermark', 'default remove_watermark: true')
    .option('--no-remove-watermark', 'default remove_watermark: false')
    .option(
      '--param <key=value>',
      'a request parameter of the model for every video that sets none, as a prompt file\'s `params:` (any documented field: seed, negative_prompt, generate_audio, n, ...); the value is read as YAML (42 a number, false a boolean, "8" text); repeatable, e.g. --param seed=42 --param generate_audio=false',
      collectParam,
      {},
    )
    .option('--var <name=value>', 'a template variable, repeatable', collectVar, {})
    .option(
      '--tag <tag>',
      'release tag for {{ tag }}; {{ version }} is the tag without a leading v',
    )
    .option(
      '--shard <k/n>',
      'run only shard k of n (1-based), split by content hash',
      parseShardFlag,
    )
    .option('--json', 'machine-readable output (NDJSON events for generate)')
    .option('-q, --quiet', 'print only failures and errors');
}

/**
 * `PlanOptions` from the flags, through the pipeline's one translation (`toPlanOptions`):
 * `--root` from the working directory, the flags' defaults, `--tag` (the pipeline derives
 * `{{ version }}`), `GITHUB_REPOSITORY`/`GITHUB_SHA` for `{{ repo }}`/`{{ sha }}`, and the key
 * (refused in variables).
 */
export function planOptionsOf(globs: string[], flags: PlanFlags, io: CliIo): PlanOptions {
  const named = {
    model: flags.model,
    duration: flags.duration,
    aspect_ratio: flags.aspectRatio,
    quality: flags.quality,
    remove_watermark: flags.removeWatermark,
  };
  return toPlanOptions({
    cwd: io.cwd,
    ...(flags.root !== undefined && { root: flags.root }),
    prompts: globs,
    ...(flags.manifest !== undefined && { manifest: flags.manifest }),
    defaults: { ...named, ...paramDefaults(flags.param ?? {}, named) },
    vars: flags.var,
    ...(flags.tag !== undefined && { tag: flags.tag }),
    missingTagFix:
      'pass the release tag, e.g. `--tag v1.2.0` (or set `--var version=...`); on a push or pull request without a tag, leave {{ version }} out of the prompt',
    ...(io.env.GITHUB_REPOSITORY !== undefined && { repo: io.env.GITHUB_REPOSITORY }),
    ...(io.env.GITHUB_SHA !== undefined && { sha: io.env.GITHUB_SHA }),
    ...(io.env.EVOLINK_API_KEY !== undefined && { apiKey: io.env.EVOLINK_API_KEY }),
    ...(flags.shard !== undefined && { shard: flags.shard }),
  });
}

/** Where `generate` writes: `--out` from the current directory, else `<root>/out`. */
export function outDirOf(flags: { out?: string }, root: string, io: CliIo): string {
  return flags.out ? resolve(io.cwd, flags.out) : join(root, 'out');
}

/** `--state-dir` (from the working directory), else `<root>/.clipwright`: cache and journal. */
export function stateDirOf(flags: { stateDir?: string }, root: string, io: CliIo): string {
  return flags.stateDir ? resolve(io.cwd, flags.stateDir) : join(root, '.clipwright');
}

/**
 * Says which directory the run reads (and, for `generate`, writes), so a run on the wrong
 * folder is seen at once: a stderr line in plain mode; with `--json`, `generate` streams a
 * `start` event and `validate`/`plan` carry `root` in their one object.
 */
export function announceRoot(
  root: string,
  flags: { json?: boolean; quiet?: boolean },
  io: CliIo,
  out?: string,
): void {
  if (flags.json) {
    if (out !== undefined) writeJsonLine(io.stdout, { type: 'start', root, out });
    return;
  }
  if (flags.quiet) return;
  io.stderr.write(`Root: ${terminalSafe(root)}${out === undefined ? '' : ` (out: ${out})`}\n`);
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1.');
  return n;
}

export function parseNonNegative(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError('expected a number ≥ 0.');
  }
  return n;
}

/**
 * `--param` flags as the caller's `params` (the action's `params` input, a prompt file's
 * `params:` map), each named in problems by the flag as given (`--param duration=99: ...`).
 * A key that goes elsewhere (`model`, `prompt`, ...) or a field also given by its own flag
 * (`--param duration=8` beside `--duration 10`) is an input error before anything is read.
 */
function paramDefaults(
  params: NonNullable<PlanFlags['param']>,
  named: Record<string, unknown>,
): { params?: Record<string, unknown>; spelledAs?: Record<string, string> } {
  const entries = Object.entries(params);
  if (entries.length === 0) return {};
  for (const [key, { text }] of entries) {
    const problem = callerParamProblem(key, named, 'as --param and as its own flag');
    if (problem) throw new CliError(`--param ${text}: ${problem}`, exitCodes.invalidInput);
  }
  return {
    params: Object.fromEntries(entries.map(([key, p]) => [key, p.value])),
    spelledAs: Object.fromEntries(entries.map(([key, p]) => [key, `--param ${p.text}`])),
  };
}

/** One `--param key=value`: checked and read by the pipeline's own parser (YAML values). */
function collectParam(
  value: string,
  previous: NonNullable<PlanFlags['param']>,
): NonNullable<PlanFlags['param']> {
  const read = parseParamPair(value);
  if ('error' in read) throw new InvalidArgumentError(`${read.error}.`);
  if (Object.hasOwn(previous, read.key))
    throw new InvalidArgumentError(`${read.key} is given twice: keep one --param ${read.key}=...`);
  return { ...previous, [read.key]: { value: read.value, text: value } };
}

function collectVar(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq < 1) throw new InvalidArgumentError('expected name=value, e.g. --var product=Clipwright.');
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

/** Checks `k/n` with the pipeline's own parser, so the flag and `loadPlan` agree. */
function parseShardFlag(value: string): string {
  try {
    parseShard(value);
  } catch {
    throw new InvalidArgumentError('expected k/n with 1 ≤ k ≤ n, e.g. --shard 2/4.');
  }
  return value;
}
