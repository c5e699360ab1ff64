import path from 'node:path';
import { catalogLifecycle } from '@clipwright/core/internal';
import { escapePath } from 'tinyglobby';
import { sumCredits } from '../model/credits.ts';
import type { Plan } from '../model/plan.ts';
import type { PlanOptions } from '../model/plan-options.ts';
import type { Problem } from '../model/problem.ts';
import { StoryboardCollector } from './collect-storyboard.ts';
import { type CollectOptions, VideoCollector } from './collect-videos.ts';
import { defaultModelChange } from './default-model-change.ts';
import { modelWarnings } from './model-warnings.ts';
import { realPlanFs } from './plan-fs.ts';
import { parsePromptFile, promptFileName } from './prompt-file.ts';
import { readManifest } from './read-manifest.ts';
import { planFileScope, readPlanFile } from './read-plan-file.ts';
import { releaseContext } from './release-context.ts';
import { noContextValueMessage } from './render-template.ts';
import { selectJobs } from './select-jobs.ts';
import { keptStoryboards } from './storyboard-entry.ts';
import { toPosix } from './to-posix.ts';

/** Prompt-file globs used when `PlanOptions.prompts` is not given. */
export const defaultPromptGlobs = ['**/*.prompt.md', 'prompts/**/*.md', '!**/README.md'];

/**
 * Reads prompt files and the manifest under `root`, validates every video with core's
 * model rules and returns the plan. Makes no API call. Problems never throw: they are
 * listed in `plan.problems`, and their videos in `plan.invalid`. The release context is
 * applied here: `{{ version }}` is `context.tag` without a leading `v` before a digit,
 * unless `context.version` is given.
 */
export async function loadPlan(options: PlanOptions): Promise<Plan> {
  const fs = options.fs ?? realPlanFs;
  const root = path.resolve(options.root);
  const stateDir = options.stateDir
    ? path.resolve(options.stateDir)
    : path.join(root, '.clipwright');
  const scope = await planFileScope(fs, root, stateDir);
  const manifest = await readManifest(scope, options);
  const now = options.now ?? Date.now;
  const lifecycle = lifecycleOf(options.catalog);
  const collectOptions: CollectOptions = {
    scope,
    ...(manifest.defaults && { manifestDefaults: manifest.defaults }),
    shared: manifest.problems,
    ...(options.defaults && { callerDefaults: options.defaults }),
    baseVars: {
      date: new Date(now()).toISOString().slice(0, 10),
      ...releaseContext(options.context),
      ...options.vars,
    },
    ...(options.secrets && { secrets: options.secrets }),
    ...(options.catalog && { pricing: options.catalog.pricing }),
    ...(lifecycle && { lifecycle }),
  };
  const videos = new VideoCollector(collectOptions);
  const boards = new StoryboardCollector(videos, collectOptions);
  for (const entry of manifest.entries) await boards.add(entry);
  // Real paths read so far: a file reached again through a link (a loop) is not read again.
  const seen = new Set<string>();
  // A prompt file reached through a symlinked folder, by its real path from the root: a
  // change list names the file where it lives (`shared/a.md`), not the link (`prompts/linked/a.md`).
  const realFiles = new Map<string, string>();
  const notWalked = runFolderPatterns(root, [stateDir, options.outDir]);
  for (const found of await fs.glob(options.prompts ?? defaultPromptGlobs, root, notWalked)) {
    const file = toPosix(found);
    const read = await readPlanFile(scope, file, seen);
    if (read === undefined) continue;
    if (options.changedFiles) await noteRealFile(scope, file, realFiles);
    const parsed =
      'problem' in read ? { problems: [read.problem] } : parsePromptFile(read.text, file);
    if (parsed.entry) await boards.add(parsed.entry);
    else {
      const name = promptFileName(file);
      videos.addUnreadable({ name, source: { file, line: 1 }, problems: parsed.problems });
    }
  }
  const kept = selectJobs(
    { jobs: videos.jobs, invalid: [...videos.unreadable, ...videos.invalid] },
    options,
    manifest.defaults?.file,
    realFiles,
  );
  const upgrade = await defaultModelChange(kept.jobs, { stateDir, fs });
  return {
    root,
    jobs: kept.jobs,
    problems: sortProblems(
      withTagFix([...manifest.problems, ...videos.problems], options.missingTagFix),
    ),
    warnings: sortProblems(modelWarnings(kept.jobs, lifecycle)),
    invalid: kept.invalid,
    ...(upgrade && { defaultModelChange: upgrade }),
    totalCredits: sumCredits(kept.jobs),
    skipped: kept.skipped,
    ...(kept.sharding && { sharding: kept.sharding }),
    ...(options.catalog && { priceSource: options.catalog.priceSource }),
    ...keptStoryboards(boards.storyboards, kept.jobs),
  };
}

/** The lifecycle checks of the session's catalog, when it gives its models; else the snapshot's. */
function lifecycleOf(catalog: PlanOptions['catalog']) {
  if (!catalog?.models || !catalog.lifecycleSource) return undefined;
  return catalogLifecycle({ models: catalog.models, lifecycleSource: catalog.lifecycleSource });
}

/** Records `file`'s real path from the real root when a link makes it differ. */
async function noteRealFile(
  scope: Awaited<ReturnType<typeof planFileScope>>,
  file: string,
  realFiles: Map<string, string>,
): Promise<void> {
  const info = await scope.fs.inspect?.(path.join(scope.root, file));
  if (!info) return;
  const real = toPosix(path.relative(scope.realRoot, info.realPath));
  if (real !== file && !real.startsWith('..')) realFiles.set(file, real);
}

/** A missing `{{ tag }}` or `{{ version }}` gets the caller's own fix (its flag or input). */
function withTagFix(problems: Problem[], fix: string | undefined): Problem[] {
  if (!fix) return problems;
  const missing = new Set(['tag', 'version'].map(noContextValueMessage));
  return problems.map((p) => (missing.has(p.message) ? { ...p, fix } : p));
}

/**
 * Glob patterns for the run's own folders (output, state) inside `root`, which planning never
 * walks: a run writes there, so a second run would read its own outputs. A folder outside the
 * root, or the root itself, needs none.
 */
export function runFolderPatterns(root: string, folders: (string | undefined)[]): string[] {
  const patterns: string[] = [];
  for (const folder of folders) {
    if (folder === undefined) continue;
    const rel = path.relative(root, path.resolve(root, folder));
    if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
      continue;
    patterns.push(`${escapePath(toPosix(rel))}/**`);
  }
  return patterns;
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
