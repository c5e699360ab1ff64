import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { JobResult } from '../model/job-result.ts';
import { outcomes } from '../model/outcome.ts';

/**
 * The videos an earlier run left in `outDir` (its `manifest.json`) that this run does not
 * cover, marked `earlierRun`, so a run over a subset of the prompts keeps them listed in
 * `manifest.json` and the gallery. Only delivered videos whose file is still inside `outDir`
 * are kept; anything unreadable or odd in the old manifest is ignored (it is rewritten).
 * With `root`, a video whose prompt file is gone from the root (the prompt was deleted) is
 * dropped: its file stays in `outDir`, but the manifest and the gallery no longer list it.
 */
export async function earlierVideos(
  manifestPath: string,
  outDir: string,
  names: ReadonlySet<string>,
  root?: string,
): Promise<JobResult[]> {
  let videos: unknown;
  try {
    videos = (JSON.parse(await readFile(manifestPath, 'utf8')) as { videos?: unknown }).videos;
  } catch {
    return [];
  }
  if (!Array.isArray(videos)) return [];
  const kept: JobResult[] = [];
  for (const v of videos as Array<Partial<JobResult>>) {
    if (typeof v !== 'object' || v === null) continue;
    if (typeof v.name !== 'string' || names.has(v.name) || typeof v.path !== 'string') continue;
    if (v.status !== 'completed' && v.status !== 'cached') continue;
    const file = path.resolve(outDir, v.path);
    if (!file.startsWith(`${outDir}${path.sep}`)) continue;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (root !== undefined && !(await promptStillThere(root, v.source))) continue;
    kept.push({
      name: v.name,
      source: typeof v.source === 'string' ? v.source : '',
      hash: typeof v.hash === 'string' ? v.hash : '',
      ...(typeof v.taskId === 'string' && { taskId: v.taskId }),
      model: typeof v.model === 'string' ? v.model : '',
      parameters: typeof v.parameters === 'object' && v.parameters !== null ? v.parameters : {},
      prompt: typeof v.prompt === 'string' ? v.prompt : '',
      estimate: typeof v.estimate === 'number' ? v.estimate : 0,
      credits: typeof v.credits === 'number' ? v.credits : 0,
      bytes: info.size,
      ...(typeof v.sha256 === 'string' && { sha256: v.sha256 }),
      path: v.path,
      status: outcomes.includes(v.status) ? v.status : 'completed',
      // A storyboard keeps its list of shots (names only: strings, at most 24 of them).
      ...(Array.isArray(v.shots) &&
        v.shots.length <= 24 &&
        v.shots.every((s) => typeof s === 'string') && { shots: v.shots }),
      earlierRun: true,
    });
  }
  return kept;
}

/**
 * Whether the prompt file an earlier video came from is still in `root` (a name outside the
 * root is not). A manifest without a source (written before sources were recorded) keeps
 * its video: nothing says it was deleted.
 */
async function promptStillThere(root: string, source: unknown): Promise<boolean> {
  if (typeof source !== 'string' || source === '') return true;
  const file = path.resolve(root, source);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return false;
  const info = await lstat(file).catch(() => undefined);
  return info !== undefined && !info.isDirectory();
}
