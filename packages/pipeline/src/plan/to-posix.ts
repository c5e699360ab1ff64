import path from 'node:path';

/** A path relative to the root with posix separators, without a leading `./`. */
export function toPosix(p: string): string {
  return path.posix.normalize(p.replaceAll('\\', '/')).replace(/^\.\//, '');
}
