import { isAbsolute, relative } from 'node:path';

/** `path` relative to `cwd` when it is inside it, else absolute: shorter lines, same meaning. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
