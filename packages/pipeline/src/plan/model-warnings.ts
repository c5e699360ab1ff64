import { type LifecycleCatalog, lifecycleNotice } from '@clipwright/core/internal';
import type { Job } from '../model/plan.ts';
import type { Problem } from '../model/problem.ts';

/**
 * Warnings for the models the jobs use (each model of a fallback chain too), from the vendor's
 * catalog: deprecated (with its date and successor), no longer listed, or not in the catalog at
 * all. They never stop a run; a retired model is a validation problem instead (core refuses it).
 * `lifecycle`: the session's live (or cached) catalog; the committed snapshot by default.
 */
export function modelWarnings(jobs: readonly Job[], lifecycle?: LifecycleCatalog): Problem[] {
  const warnings: Problem[] = [];
  for (const job of jobs) {
    const names = job.chain ? job.chain.map((m) => m.request.model) : [job.request.model];
    for (const model of new Set(names)) {
      const notice = lifecycleNotice(model, lifecycle);
      if (notice?.level !== 'warning') continue;
      warnings.push({
        file: job.source.file,
        line: job.source.line,
        column: 1,
        field: 'model',
        message: notice.message,
        fix: notice.fix,
      });
    }
  }
  return warnings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
