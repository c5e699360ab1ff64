import path from 'node:path';
import {
  assembleStoryboard,
  assemblyHash,
  checkDelivery,
  type DeliveryTolerances,
  folderCheckCache,
  MediaError,
  type ProgramRunner,
  realProgramRunner,
  type StoryboardSettings,
} from '../media/index.ts';
import type { CacheStore } from '../model/cache-store.ts';
import type { FileOps } from '../model/file-ops.ts';
import type { JobResult } from '../model/job-result.ts';
import type { Outcome } from '../model/outcome.ts';
import type { PlannedStoryboard } from '../model/plan.ts';
import { hashFile } from '../output/hash-file.ts';
import { placeFile } from '../output/place-file.ts';
import { tempPath } from '../output/temp-files.ts';
import { copyInto } from './run-job.ts';

/** What assembling a run's storyboards needs. */
export interface AssembleRunOptions {
  /** The plan's root (sound tracks are relative to it). */
  root: string;
  outDir: string;
  tempDir: string;
  fs: FileOps;
  /** Assembled videos are kept here by their `assemblyHash` (the run's video cache). */
  cache: CacheStore;
  /** Where delivery checks are kept by sha256. */
  checkDir: string;
  /** `false`: the assembled video is not checked. @default checked */
  checks?: boolean;
  tolerances?: DeliveryTolerances;
  /** @default realProgramRunner() */
  run?: ProgramRunner;
  /** Font for title and end cards. @default the shipped DejaVu Sans */
  fontFile?: string;
  notice?: (message: string) => void;
  /** Once aborted (the run was stopped), nothing more is assembled: `cancelled`. */
  signal?: AbortSignal;
}

/**
 * One result per storyboard, after its shots' results: each storyboard whose shots were all
 * delivered (completed, cached or suspect) is assembled with media's `assembleStoryboard`,
 * kept in the run's cache by its `assemblyHash` (a re-run copies it and runs no ffmpeg), and
 * its video is checked like a delivered one. A shot that was not delivered fails the storyboard
 * with the shot's name and reason (the delivered shots stay cached); a suspect shot makes it
 * `suspect`. The result lists its shots (`shots`) and costs no credits of its own (its shots
 * carry them).
 */
export async function assembleStoryboards(
  storyboards: readonly PlannedStoryboard[],
  results: readonly JobResult[],
  options: AssembleRunOptions,
): Promise<JobResult[]> {
  const byName = new Map(results.map((r) => [r.name, r]));
  const out: JobResult[] = [];
  for (const board of storyboards) {
    if (options.signal?.aborted) {
      const error = { code: 'cancelled', message: 'the run was stopped before it was assembled' };
      out.push(storyboardResult(board, { status: 'cancelled', error }));
      continue;
    }
    const shots = board.shots.map((name) => byName.get(name));
    out.push(await assembleOne(board, shots, options));
  }
  return out;
}

/** The result of `board` before (or without) assembly: its identity and its shots. */
export function storyboardResult(
  board: PlannedStoryboard,
  patch: Partial<JobResult> & Pick<JobResult, 'status'>,
): JobResult {
  return {
    name: board.name,
    source: board.source.file,
    hash: '',
    model: 'storyboard',
    parameters: { ...board.settings },
    prompt: '',
    // The shots carry the estimate and the credits: a storyboard adds none (no double count).
    estimate: 0,
    credits: 0,
    shots: board.shots,
    ...patch,
  };
}

const delivered = (r: JobResult | undefined): r is JobResult & { path: string; sha256: string } =>
  r !== undefined &&
  (r.status === 'completed' || r.status === 'cached' || r.status === 'suspect') &&
  r.path !== undefined &&
  r.sha256 !== undefined;

async function assembleOne(
  board: PlannedStoryboard,
  shots: readonly (JobResult | undefined)[],
  options: AssembleRunOptions,
): Promise<JobResult> {
  const missing = shots.findIndex((r) => !delivered(r));
  if (missing >= 0) return shotNotDelivered(board, missing, shots[missing]);
  const ready = shots as (JobResult & { path: string; sha256: string })[];
  const settings = settingsOf(board, options.root);
  const hash = assemblyHash(
    ready.map((r) => r.sha256),
    settings,
    board.audio ? { audioSha256: board.audio.sha256 } : {},
  );
  const outPath = path.join(options.outDir, board.output);
  let status: Outcome = 'cached';
  try {
    const cached = await options.cache.get(hash);
    if (cached) await copyInto(typeof cached === 'string' ? cached : cached.path, outPath, options);
    else {
      await build(board, ready, settings, hash, outPath, options);
      status = 'completed';
    }
  } catch (error) {
    return storyboardResult(board, {
      hash,
      status: 'failed',
      error: {
        code: error instanceof MediaError ? `storyboard_${error.code}` : 'storyboard_failed',
        message: `the storyboard could not be assembled: ${(error as Error).message}`,
      },
    });
  }
  const { sha256, bytes } = await hashFile(outPath);
  const result = storyboardResult(board, { hash, status, sha256, bytes, path: board.output });
  const suspectShot = ready.findIndex((r) => r.status === 'suspect');
  if (suspectShot >= 0) {
    const shot = ready[suspectShot];
    return {
      ...result,
      status: 'suspect',
      error: {
        code: 'suspect_shot',
        message: `shot ${suspectShot + 1} (${shot?.path}) is suspect: ${shot?.error?.message ?? 'its check failed'}`,
      },
    };
  }
  return options.checks === false ? result : checkAssembled(result, board, outPath, options);
}

/** A storyboard whose shot `index` was not delivered: its outcome, naming the shot. */
function shotNotDelivered(
  board: PlannedStoryboard,
  index: number,
  shot: JobResult | undefined,
): JobResult {
  const name = board.shots[index] ?? '';
  const status: Outcome =
    shot?.status === 'budget' || shot?.status === 'cancelled' || shot?.status === 'invalid'
      ? shot.status
      : 'failed';
  const why = shot
    ? `${shot.status}${shot.error ? `: ${shot.error.message}` : ''}`
    : 'not run (left out of this run)';
  return storyboardResult(board, {
    status,
    error: {
      code: 'storyboard_shot',
      message: `shot ${index + 1} (${name}) was not delivered (${why}); the delivered shots stay cached`,
    },
  });
}

/** The plan's settings as media takes them: the sound track's path made absolute. */
function settingsOf(board: PlannedStoryboard, root: string): StoryboardSettings {
  const s = board.settings as StoryboardSettings;
  return s.audio ? { ...s, audio: { ...s.audio, path: path.resolve(root, s.audio.path) } } : s;
}

/** Assembles into a temporary file, keeps it in the cache, places it at `outPath`. */
async function build(
  board: PlannedStoryboard,
  shots: readonly { path: string }[],
  settings: StoryboardSettings,
  hash: string,
  outPath: string,
  options: AssembleRunOptions,
): Promise<void> {
  const temp = tempPath(options.tempDir, `${hash}.mp4`);
  try {
    await assembleStoryboard(
      shots.map((s) => path.join(options.outDir, s.path)),
      temp,
      settings,
      {
        run: options.run ?? realProgramRunner(),
        tempDir: options.tempDir,
        ...(options.fontFile && { fontFile: options.fontFile }),
      },
    );
    await options.cache.put(hash, temp);
    await placeFile(temp, outPath, { within: options.outDir, fs: options.fs });
  } catch (error) {
    await options.fs.rm(temp, { force: true });
    throw error;
  }
  options.notice?.(`${board.output}: assembled from its ${shots.length} shots`);
}

/** The assembled video's delivery check: a real MP4 of the asked size, not black or frozen. */
async function checkAssembled(
  result: JobResult,
  board: PlannedStoryboard,
  file: string,
  options: AssembleRunOptions,
): Promise<JobResult> {
  const s = board.settings;
  try {
    const check = await checkDelivery(
      file,
      { size: { width: s.width ?? 1280, height: s.height ?? 720 } },
      {
        run: options.run ?? realProgramRunner(),
        cache: folderCheckCache(options.checkDir),
        ...(result.sha256 && { sha256: result.sha256 }),
        ...(options.tolerances && { tolerances: options.tolerances }),
      },
    );
    if (check.ok) return result;
    return {
      ...result,
      status: 'suspect',
      error: {
        code: `suspect_${check.reasons[0]?.code ?? 'unreadable'}`,
        message: check.reasons.map((r) => `${r.code}: ${r.message}`).join('; '),
      },
    };
  } catch (error) {
    if (!(error instanceof MediaError)) throw error;
    options.notice?.(`${board.output} was not checked: ${error.message}`);
    return result;
  }
}
