import { createHash } from 'node:crypto';
import path from 'node:path';
import { AUDIO_DEMUXERS } from '../media/run-ffmpeg.ts';
import type { Position, Problem } from '../model/problem.ts';
import { type PlanFileScope, scopeRefusal } from './read-plan-file.ts';

/** The largest sound track a storyboard reads (a few minutes of good AAC is under 10 MB). */
export const MAX_AUDIO_BYTES = 50 * 1024 * 1024;

/**
 * Reads a storyboard's sound track with the prompt files' path rules (inside the root, never
 * through a symlink out of it or into `.git/` or the state folder, a regular file of at most
 * `MAX_AUDIO_BYTES`, an extension media reads), and returns its path relative to the root and
 * the sha256 of its bytes (part of the assembly's hash).
 */
export async function readStoryboardAudio(
  value: string,
  at: Position,
  from: string,
  scope: PlanFileScope,
): Promise<{ file: string; sha256: string } | { problem: Problem }> {
  const refuse = (message: string, fix: string) => ({
    problem: {
      file: from,
      ...at,
      field: 'storyboard.audio',
      message: `${JSON.stringify(value)} ${message}`,
      fix,
    },
  });
  const clean = value.trim().replaceAll('\\', '/');
  if (path.posix.isAbsolute(clean) || path.win32.isAbsolute(value.trim()))
    return refuse('is an absolute path', `name it relative to ${from}`);
  const file = path.posix.normalize(path.posix.join(path.posix.dirname(from), clean));
  if (file === '..' || file.startsWith('../'))
    return refuse('is outside the repository', 'put the track inside the repository');
  if (!AUDIO_DEMUXERS[path.posix.extname(file).toLowerCase()])
    return refuse(
      'is not an audio file this reads',
      `use one of ${Object.keys(AUDIO_DEMUXERS).join(', ')}`,
    );
  const absolute = path.join(scope.root, file);
  const missing = refuse(
    `does not exist (looked for ${file})`,
    'fix the path, or add the track to the repository',
  );
  const info = await scope.fs.inspect?.(absolute);
  if (scope.fs.inspect && !info) return missing;
  if (info) {
    const refusal = scopeRefusal(scope, info, 'sound track');
    if (refusal) return refuse(refusal.message, refusal.fix);
    if (info.bytes > MAX_AUDIO_BYTES)
      return refuse(`is ${info.bytes} bytes, over ${MAX_AUDIO_BYTES}`, 'use a shorter track');
  }
  if (!scope.fs.readBytes)
    return refuse('cannot be read from this source', 'plan from the work tree to use a track');
  const bytes = await scope.fs.readBytes(absolute);
  if (!bytes) return missing;
  if (bytes.length > MAX_AUDIO_BYTES)
    return refuse(`is ${bytes.length} bytes, over ${MAX_AUDIO_BYTES}`, 'use a shorter track');
  return { file, sha256: createHash('sha256').update(bytes).digest('hex') };
}
