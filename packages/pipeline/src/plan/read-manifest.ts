import type { PlanOptions } from '../model/plan-options.ts';
import type { Problem } from '../model/problem.ts';
import { parseManifest } from './manifest-file.ts';
import { type PlanFileScope, readPlanFile } from './read-plan-file.ts';
import { toPosix } from './to-posix.ts';
import type { ManifestDefaults, VideoEntry } from './video-entry.ts';

/** Manifests looked for when neither `PlanOptions.manifest` nor `prompts` is given. */
export const defaultManifests = ['clipwright.yml', 'clipwright.yaml'];

/** What the manifest holds; problems in it (syntax, top level, defaults) shape every video. */
export interface ManifestRead {
  entries: VideoEntry[];
  defaults?: ManifestDefaults;
  problems: Problem[];
}

/**
 * Reads the manifest: `options.manifest` (a problem when it does not exist), else the first of
 * `defaultManifests` that exists, unless prompt globs are given (they alone mean "just these
 * files").
 */
export async function readManifest(
  scope: PlanFileScope,
  options: Pick<PlanOptions, 'manifest' | 'prompts'>,
): Promise<ManifestRead> {
  const candidates = options.manifest
    ? [options.manifest]
    : options.prompts
      ? []
      : defaultManifests;
  for (const candidate of candidates) {
    const file = toPosix(candidate);
    const read = await readPlanFile(scope, file);
    if (read === undefined) {
      if (options.manifest) return { entries: [], problems: [missingManifest(file)] };
      continue;
    }
    if ('problem' in read) return { entries: [], problems: [read.problem] };
    const parsed = parseManifest(read.text, file);
    return {
      entries: parsed.entries,
      ...(parsed.defaults && { defaults: parsed.defaults }),
      problems: parsed.problems,
    };
  }
  return { entries: [], problems: [] };
}

function missingManifest(file: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    field: '',
    message: 'the manifest does not exist',
    fix: `create ${file} or give the path of an existing manifest (relative to the root)`,
  };
}
