import { join } from 'node:path';
import type { Outcome, SessionResult } from '@clipwright/pipeline';
import type { ActionIo } from '../action-io.ts';
import type { UploadVideosResult } from '../upload/upload-videos.ts';

/** The outcomes with an output of their own (action.yml); `planned` has none. */
export const outcomes: readonly Outcome[] = [
  'completed',
  'cached',
  'suspect',
  'failed',
  'invalid',
  'budget',
  'cancelled',
];

/** Sets one output per outcome (zeros when nothing ran). */
export function setCountOutputs(io: ActionIo, counts?: Record<Outcome, number>): void {
  for (const o of outcomes) io.setOutput(o, String(counts?.[o] ?? 0));
}

/** Sets every output of a finished run (or a dry run: rows `planned`, credits estimated). */
export function setRunOutputs(
  io: ActionIo,
  run: Pick<SessionResult, 'results' | 'counts' | 'credits' | 'manifestPath'>,
  outDir: string,
  uploads: UploadVideosResult,
): void {
  const videos = run.results.map((r) => ({
    name: r.name,
    path: r.path ? join(outDir, r.path) : null,
    'task-id': r.taskId ?? null,
    credits: r.credits,
    status: r.status,
    url: uploads.links.get(r.name) ?? null,
  }));
  io.setOutput('videos', JSON.stringify(videos));
  io.setOutput('manifest-path', run.manifestPath ?? '');
  io.setOutput('artifact-id', uploads.artifacts[0] ? String(uploads.artifacts[0].id) : '');
  io.setOutput('artifact-url', uploads.artifacts[0]?.url ?? '');
  io.setOutput('release-asset-urls', JSON.stringify(uploads.assets.map((a) => a.url)));
  io.setOutput('credits', String(run.credits));
  setCountOutputs(io, run.counts);
}
