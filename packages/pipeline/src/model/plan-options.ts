import type { VideoRequest } from '@clipwright/core';
import type { LiveCatalog } from '@clipwright/core/internal';
import type { Job } from './plan.ts';

/**
 * Release context available to prompt templates. `loadPlan` derives `version` from `tag`
 * when it is not given: the tag without a leading `v`, only before a digit (`v1.2.0` →
 * `1.2.0`; `vNext` stays `vNext`).
 */
export interface TemplateContext {
  /** @example 'v1.2.0' */
  tag?: string;
  /** @default the tag without a leading `v` before a digit */
  version?: string;
  /** @example 'acme/site' */
  repo?: string;
  sha?: string;
  /** @default today in UTC, `YYYY-MM-DD` (from `PlanOptions.now`) */
  date?: string;
}

/** The settings a caller (CLI flags, action inputs) may default. */
export type CallerDefaults = Partial<
  Pick<VideoRequest, 'model' | 'duration' | 'aspect_ratio' | 'quality' | 'remove_watermark'>
> & {
  /**
   * Any documented request field of the model, by its name (the action's `params` input),
   * below the files' own settings and `params:`. The named settings above win over the same
   * field here; callers refuse a field given both ways before it gets here.
   * @default {}
   * @example { generate_audio: false, seed: 42 }
   */
  params?: Readonly<Record<string, unknown>>;
  /**
   * How the caller names each of these defaults, by setting or request field: a value the
   * model refuses is reported under this name (the flag or input as given) instead of the
   * field's. Not a setting.
   * @default {}
   * @example { seed: '--param seed=42' }
   */
  spelledAs?: Readonly<Record<string, string>>;
};

/** File access used by `loadPlan`; the default is `node:fs/promises` and tinyglobby. */
export interface PlanFs {
  /** Reads a UTF-8 file; `undefined` when it does not exist. */
  readFile(absolutePath: string): Promise<string | undefined>;
  /**
   * Reads a file's bytes (a repository image, `image: assets/hero.png`); `undefined` when it
   * does not exist. Without it, local images are a problem ("cannot be read here").
   */
  readBytes?(absolutePath: string): Promise<Uint8Array | undefined>;
  /**
   * Where a path really is (symlinks resolved), its size and whether it is a regular file;
   * `undefined` when it does not exist. Without it, paths are trusted as given.
   */
  inspect?(absolutePath: string): Promise<
    | {
        realPath: string;
        bytes: number;
        isFile: boolean;
        /** The path is a symlink that cannot be followed: it points to nothing, or loops. */
        brokenLink?: 'dangling' | 'loop';
      }
    | undefined
  >;
  /**
   * Expands globs (negation with `!`) relative to `cwd`; returns posix paths relative to it.
   * `ignore`: more glob patterns (relative to `cwd`) for folders never walked, e.g. the run's
   * output and state folders (`['out/**']`).
   */
  glob(patterns: string[], cwd: string, ignore?: string[]): Promise<string[]>;
}

/** Which prompt files make the plan, and how they are read. Built from caller input by `toPlanOptions`. */
export interface PlanOptions {
  /**
   * Repository root; every path in the plan is relative to it.
   * @example '/home/me/site'
   */
  root: string;
  /**
   * Prompt-file globs relative to `root`, negation with `!`.
   * @default ['**\/*.prompt.md', 'prompts/**\/*.md', '!**\/README.md']
   * @example ['videos/*.md', '!videos/draft-*.md']
   */
  prompts?: string[];
  /**
   * A YAML manifest relative to `root`. Naming prompt globs without a manifest means just
   * those files.
   * @default 'clipwright.yml' (or `.yaml`) when present and `prompts` is not given either
   * @example 'videos/clipwright.yml'
   */
  manifest?: string;
  /**
   * Caller defaults (below the manifest's `defaults`, above the model's defaults).
   * @default {}
   * @example { model: 'sora-2-pro-preview', duration: 8 }
   */
  defaults?: CallerDefaults;
  /**
   * Caller template variables (below a video's and the manifest's `vars`).
   * @default {}
   * @example { product: 'Clipwright' }
   */
  vars?: Record<string, string>;
  /**
   * Release context for templates; `version` comes from `tag` unless given.
   * @default { date: today }
   * @example { tag: 'v1.2.0', repo: 'acme/site' }
   */
  context?: TemplateContext;
  /**
   * How the caller gives the tag, said as the fix of a `{{ tag }}` or `{{ version }}`
   * without a value (no tag on a push or a pull request).
   * @default the generic fix (a release context with a tag, or `vars`)
   * @example 'pass the release tag: `--tag v1.2.0`'
   */
  missingTagFix?: string;
  /**
   * Keep only this shard's jobs: `'k/n'` (1-based k) or `{ index, total }`.
   * @default every job
   * @example '2/4'
   */
  shard?: string | { index: number; total: number };
  /**
   * Keep only jobs whose source file (or repository image) is in this list, paths relative
   * to root; a changed manifest with `defaults` keeps every job.
   * @default every job
   * @example ['prompts/teaser.md']
   */
  changedFiles?: string[];
  /**
   * Keep only the videos this accepts (e.g. a pull request's added and changed videos); the
   * others, valid or invalid, are left out and counted in `skipped.filtered`.
   * @default every video
   * @example (video) => video.name.startsWith('social/')
   */
  only?: (video: Pick<Job, 'name' | 'source'>) => boolean;
  /**
   * File access.
   * @default the real file system
   */
  fs?: PlanFs;
  /**
   * The run's state folder: prompt files whose real path lies in it are refused, as are those
   * in `.git/`.
   * @default '<root>/.clipwright'
   */
  stateDir?: string;
  /**
   * The run's output folder: never searched for prompt files, nor is the state folder, so a
   * second run in the same tree walks only the repository's own files.
   * @default none (the state folder alone is left out)
   * @example '/home/me/site/out'
   */
  outDir?: string;
  /**
   * Values no template variable may hold (the API key): such a variable is refused, so the key
   * never reaches a prompt.
   * @default []
   */
  secrets?: string[];
  /**
   * Time source for the default `date`.
   * @default Date.now
   */
  now?: () => number;
  /**
   * The prices every estimate uses and where they come from: the session's live catalog
   * (core's `loadCatalog`: the vendor's price list laid over the committed snapshot, never
   * lower). `runSession` sets it. With `models` and `lifecycleSource`, lifecycle checks (a
   * retired model refused, a deprecated one warned) read them too, and say where from.
   * @default the committed snapshot
   */
  catalog?: Pick<LiveCatalog, 'pricing' | 'priceSource'> &
    Partial<Pick<LiveCatalog, 'models' | 'lifecycleSource'>>;
}
