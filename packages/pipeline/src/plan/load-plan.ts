import path from 'node:path';
import { sumCredits } from '../model/credits.ts';
import type { InvalidJob, Job, Plan } from '../model/plan.ts';
import type { PlanOptions } from '../model/plan-options.ts';
import type { Problem } from '../model/problem.ts';
import { buildJob } from './build-job.ts';
import { resolveImages } from './local-image.ts';
import { parseManifest } from './manifest-file.ts';
import { OutputNames } from './output-name.ts';
import { realPlanFs } from './plan-fs.ts';
import { parsePromptFile, promptFileName } from './prompt-file.ts';
import { planFileScope, readPlanFile } from './read-plan-file.ts';
import { inShard, parseShard } from './shard.ts';
import type { ManifestDefaults, VideoEntry } from './video-entry.ts';

/** Prompt-file globs used when `PlanOptions.prompts` is not given. */
export const defaultPromptGlobs = ['**/*.prompt.md', 'prompts/**/*.md', '!**/README.md'];
/** Manifests looked for when neither `PlanOptions.manifest` nor `prompts` is given. */
export const defaultManifests = ['clipwright.yml', 'clipwright.yaml'];

/**
 * Reads prompt files and the manifest under `root`, validates every video with core's
 * model rules and returns the plan. Makes no API call. Problems never throw: they are
 * listed in `plan.problems`, and their videos in `plan.invalid`.
 */
export async function loadPlan(options: PlanOptions): Promise<Plan> {
  const fs = options.fs ?? realPlanFs;
  const root = path.resolve(options.root);
  const problems: Problem[] = [];
  const fileProblems: Problem[] = [];
  let manifestDefaults: ManifestDefaults | undefined;
  const scope = await planFileScope(
    fs,
    root,
    options.stateDir ? path.resolve(options.stateDir) : path.join(root, '.clipwright'),
  );

  const now = options.now ?? Date.now;
  const baseVars: Record<string, string | undefined> = {
    date: new Date(now()).toISOString().slice(0, 10),
    ...options.context,
    ...options.vars,
  };
  const jobs: Job[] = [];
  const unreadable: InvalidJob[] = [];
  const invalid: InvalidJob[] = [];
  const outputs = new OutputNames();
  /** Manifest-wide problems (its syntax, top level, defaults) shape every video: none runs. */
  let shared: Problem[] = [];
  // Each video is built as soon as it is read, so the parsed YAML of one file is garbage
  // before the next is read (10,000 prompt files held at once took most of the memory).
  const add = async (entry: VideoEntry) => {
    const built = buildJob({
      entry,
      manifestDefaults,
      callerDefaults: options.defaults,
      baseVars,
      secrets: options.secrets,
    });
    const own = [...entry.problems, ...built.problems];
    let job = built.job;
    if (job && built.localImages) {
      const images = await resolveImages(job, built.localImages, scope);
      own.push(...images.problems);
      job = images.job;
    }
    if (job && own.length === 0) {
      const conflict = outputs.conflict(job.output);
      if (conflict) {
        const at = entry.fields.get('output')?.at ?? entry.at;
        own.push({ file: entry.file, ...at, field: 'output', ...conflict });
      } else {
        outputs.take(job);
      }
    }
    fileProblems.push(...own);
    const source = { file: entry.file, line: entry.at.line };
    if (job && own.length === 0 && shared.length === 0) jobs.push(job);
    else invalid.push({ name: built.name, source, problems: own.length > 0 ? own : shared });
  };

  // Explicit prompt globs without a manifest mean "just these files".
  const manifestCandidates = options.manifest
    ? [options.manifest]
    : options.prompts
      ? []
      : defaultManifests;
  let manifestEntries: VideoEntry[] = [];
  for (const candidate of manifestCandidates) {
    const file = toPosix(candidate);
    const read = await readPlanFile(scope, file);
    if (read === undefined) {
      if (options.manifest) {
        problems.push({
          file,
          line: 1,
          column: 1,
          field: '',
          message: 'the manifest does not exist',
          fix: `create ${file} or give the path of an existing manifest (relative to the root)`,
        });
      }
      continue;
    }
    if ('problem' in read) {
      problems.push(read.problem);
      break;
    }
    const parsed = parseManifest(read.text, file);
    problems.push(...parsed.problems);
    manifestEntries = parsed.entries;
    manifestDefaults = parsed.defaults;
    break;
  }
  shared = [...problems];
  for (const entry of manifestEntries) await add(entry);

  const files = await fs.glob(options.prompts ?? defaultPromptGlobs, root);
  for (const found of files) {
    const file = toPosix(found);
    const read = await readPlanFile(scope, file);
    if (read === undefined) continue;
    const parsed =
      'problem' in read ? { problems: [read.problem] } : parsePromptFile(read.text, file);
    if (parsed.entry) await add(parsed.entry);
    else {
      fileProblems.push(...parsed.problems);
      unreadable.push({
        name: promptFileName(file),
        source: { file, line: 1 },
        problems: parsed.problems,
      });
    }
  }
  invalid.unshift(...unreadable);

  problems.push(...fileProblems);
  let kept = jobs;
  const skipped = { shard: 0, unchanged: 0 };
  if (options.changedFiles) {
    const changed = new Set(options.changedFiles.map(toPosix));
    const manifestChanged = manifestDefaults !== undefined && changed.has(manifestDefaults.file);
    const before = kept.length;
    // A changed manifest can change every video through its defaults; a changed image, its videos.
    kept = kept.filter(
      (j) =>
        manifestChanged ||
        changed.has(j.source.file) ||
        j.images?.some((i) => changed.has(i.file)) === true,
    );
    skipped.unchanged = before - kept.length;
  }
  if (options.shard !== undefined) {
    const shard = parseShard(options.shard);
    const before = kept.length;
    kept = kept.filter((j) => inShard(j.hash, shard));
    skipped.shard = before - kept.length;
  }
  return {
    root,
    jobs: kept,
    problems: sortProblems(problems),
    invalid,
    totalCredits: sumCredits(kept),
    skipped,
  };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

function toPosix(p: string): string {
  return path.posix.normalize(p.replaceAll('\\', '/')).replace(/^\.\//, '');
}
