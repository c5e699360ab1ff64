import path from 'node:path';
import type { CallerDefaults, PlanOptions } from '../model/plan-options.ts';
import type { Shard } from './shard.ts';

/**
 * What a caller (the CLI's flags, the action's inputs) says about which videos to plan, as it
 * has them: empty strings and lists mean "not given". `toPlanOptions` turns it into
 * `PlanOptions`, the one place both adapters do so.
 */
export interface PlanInput {
  /**
   * The repository root, absolute or relative to `cwd`.
   * @default '.'
   */
  root?: string;
  /**
   * The folder a relative `root` is resolved from.
   * @default process.cwd()
   */
  cwd?: string;
  /**
   * Prompt-file globs relative to the root; an empty list means the pipeline's defaults.
   * @default []
   * @example ['videos/*.md']
   */
  prompts?: readonly string[];
  /**
   * A manifest relative to the root; empty means `clipwright.yml` when present (and no globs).
   * @default ''
   */
  manifest?: string;
  /**
   * The caller's defaults for every video; unset entries are left out.
   * @default {}
   * @example { model: 'sora-2-pro-preview', duration: 8 }
   */
  defaults?: CallerDefaults;
  /**
   * Template variables.
   * @default {}
   * @example { product: 'Clipwright' }
   */
  vars?: Record<string, string>;
  /**
   * The release tag: `{{ tag }}`, and `{{ version }}` from it (`loadPlan` applies it).
   * @example 'v1.2.0'
   */
  tag?: string;
  /** See `PlanOptions.missingTagFix`. @default the generic fix */
  missingTagFix?: string;
  /**
   * `{{ repo }}`.
   * @example 'acme/site'
   */
  repo?: string;
  /** `{{ sha }}`. */
  sha?: string;
  /**
   * The API key: a template variable holding it is refused, so it never reaches a prompt.
   * @default none
   */
  apiKey?: string;
  /**
   * This shard only.
   * @example '2/4'
   */
  shard?: string | Shard;
  /**
   * Only the videos of these changed files (changed-only); `undefined` means every video.
   * @example ['prompts/teaser.md']
   */
  changedFiles?: readonly string[];
  /**
   * Only the videos of these names (e.g. a pull request's previews); `undefined` means all.
   * @example ['teaser', 'social/vertical']
   */
  onlyNames?: Iterable<string>;
}

/** `PlanOptions` from a caller's input: the root resolved, what was not given left out. */
export function toPlanOptions(input: PlanInput): PlanOptions {
  const defaults = Object.fromEntries(
    Object.entries(input.defaults ?? {}).filter(([, value]) => value !== undefined),
  ) as CallerDefaults;
  const names = input.onlyNames && new Set(input.onlyNames);
  return {
    root: path.resolve(input.cwd ?? process.cwd(), input.root ?? '.'),
    ...(input.prompts && input.prompts.length > 0 && { prompts: [...input.prompts] }),
    ...(input.manifest && { manifest: input.manifest }),
    defaults,
    vars: { ...input.vars },
    context: {
      ...(input.tag && { tag: input.tag }),
      ...(input.repo && { repo: input.repo }),
      ...(input.sha && { sha: input.sha }),
    },
    ...(input.missingTagFix && { missingTagFix: input.missingTagFix }),
    ...(input.apiKey && { secrets: [input.apiKey] }),
    ...(input.shard && { shard: input.shard }),
    ...(input.changedFiles && { changedFiles: [...input.changedFiles] }),
    ...(names && { only: (video) => names.has(video.name) }),
  };
}
