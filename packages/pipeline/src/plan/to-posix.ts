import path from 'node:path';

/** A path relative to the root with posix separators, without a leading `./`. */
export function toPosix(p: string): string {
  const posix = path.posix.normalize(p.replaceAll('\\', '/')).replace(/^\.\//, '');
  // The same string when nothing changed: a job keeps its file's path, and the glob's list
  // holds it already (10,000 prompt files: a second copy of every path, kept for the run).
  return posix === p ? p : posix;
}
