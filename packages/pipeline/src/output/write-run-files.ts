import path from 'node:path';
import type { JobResult } from '../model/job-result.ts';
import type { Outcome } from '../model/outcome.ts';
import { galleryChunks } from '../report/gallery.ts';
import { earlierVideos } from './earlier-videos.ts';
import { MANIFEST_SCHEMA_VERSION, manifestJson } from './manifest-json.ts';
import { type WriteOptions, writeFileAtomic } from './write-file-atomic.ts';

export interface RunFilesOptions {
  outDir: string;
  /** Where the temporary files are written. */
  tempDir: string;
  /** How every file is written (`redact` keeps the key out, `fs`). */
  write: WriteOptions;
  /** The run's credits: the figure the manifest and the gallery header show. */
  credits: number;
  counts: Record<Outcome, number>;
  /**
   * The plan's root: earlier videos whose prompt file is gone from it are no longer listed.
   * @default none (every earlier video whose file is still there is kept)
   */
  root?: string;
  /** Gallery page title. @default 'Clipwright videos' */
  title?: string;
}

/**
 * Writes `manifest.json` and the gallery `index.html` of a run into `outDir`, each a video at
 * a time. A run over a subset of the prompts keeps the other videos already listed in the
 * earlier manifest (when their file is still there), marked `earlierRun`. Returns the
 * manifest's absolute path.
 */
export async function writeRunFiles(
  results: readonly JobResult[],
  o: RunFilesOptions,
): Promise<string> {
  const manifestPath = path.join(o.outDir, 'manifest.json');
  const names = new Set(results.map((r) => r.name));
  const earlier = await earlierVideos(manifestPath, o.outDir, names, o.root);
  const videos = [...results, ...earlier];
  const head = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    version: MANIFEST_SCHEMA_VERSION,
    credits: o.credits,
    counts: o.counts,
    ...(earlier.length > 0 && { earlierRun: earlier.length }),
  };
  const into = { ...o.write, tempDir: o.tempDir, within: o.outDir };
  await writeFileAtomic(manifestPath, manifestJson(head, videos), into);
  await writeFileAtomic(
    path.join(o.outDir, 'index.html'),
    galleryChunks(videos, {
      ...(o.title !== undefined && { title: o.title }),
      outDir: o.outDir,
      credits: o.credits,
    }),
    into,
  );
  return manifestPath;
}
