import type { Problem } from '../model/problem.ts';
import type { ManifestDefaults, VideoEntry } from './video-entry.ts';
import { readVars } from './yaml-fields.ts';

/**
 * A video's template variables: its own `vars` > the manifest defaults' `vars` > the caller's
 * variables and the release context (`baseVars`). A variable holding a secret (the API key)
 * is a problem where it was set, so the key never reaches a prompt.
 */
export function jobVars(
  entry: VideoEntry,
  manifestDefaults: ManifestDefaults | undefined,
  baseVars: Record<string, string | undefined>,
  secrets: readonly string[] | undefined,
): { vars: Record<string, string | undefined>; problems: Problem[] } {
  const own = readVars(entry.fields.get('vars'), { file: entry.file, locate: entry.locate });
  const problems = [...own.problems];
  const vars = { ...baseVars, ...manifestDefaults?.vars, ...own.vars };
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined || !secrets?.some((secret) => secret !== '' && value.includes(secret)))
      continue;
    const from = Object.hasOwn(own.vars, key)
      ? { file: entry.file, at: entry.fields.get('vars')?.at ?? entry.at, via: '' }
      : manifestDefaults && Object.hasOwn(manifestDefaults.vars, key)
        ? {
            file: manifestDefaults.file,
            at: manifestDefaults.fields.get('vars')?.at ?? { line: 1, column: 1 },
            via: ' (in the manifest defaults)',
          }
        : {
            file: entry.file,
            at: entry.at,
            via: " (from the caller's vars: --var or the action's vars input)",
          };
    problems.push({
      file: from.file,
      ...from.at,
      field: `vars.${key}`,
      message: `the variable \`${key}\`${from.via} holds the API key, which must never reach a prompt`,
      fix: `remove the key from \`${key}\`; the key belongs only in EVOLINK_API_KEY`,
    });
  }
  return { vars, problems };
}
