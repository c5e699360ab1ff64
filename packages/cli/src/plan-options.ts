import { join, resolve } from 'node:path';
import { type PlanOptions, toPlanOptions } from '@clipwright/pipeline';
import { parseShard } from '@clipwright/pipeline/internal';
import { type Command, InvalidArgumentError } from 'commander';
import type { CliIo } from './cli-io.ts';
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
  return toPlanOptions({
    cwd: io.cwd,
    ...(flags.root !== undefined && { root: flags.root }),
    prompts: globs,
    ...(flags.manifest !== undefined && { manifest: flags.manifest }),
    defaults: {
      model: flags.model,
      duration: flags.duration,
      aspect_ratio: flags.aspectRatio,
      quality: flags.quality,
      remove_watermark: flags.removeWatermark,
    },
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
