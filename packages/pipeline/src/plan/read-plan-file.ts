import path from 'node:path';
import type { PlanFs } from '../model/plan-options.ts';
import type { Problem } from '../model/problem.ts';
import { MAX_PLAN_FILE_BYTES } from './plan-fs.ts';
import { toPosix } from './to-posix.ts';

/** Where a plan file may come from: the repository root, minus `.git/` and the state folder. */
export interface PlanFileScope {
  fs: PlanFs;
  /** The root as given (absolute). */
  root: string;
  /** The root with symlinks resolved. */
  realRoot: string;
  /** The state folder with symlinks resolved, when it exists. */
  realStateDir?: string;
}

/** The scope of `root`: its real path and the real path of its state folder. */
export async function planFileScope(
  fs: PlanFs,
  root: string,
  stateDir: string,
): Promise<PlanFileScope> {
  const realRoot = (await fs.inspect?.(root))?.realPath ?? root;
  const realStateDir = (await fs.inspect?.(stateDir))?.realPath ?? stateDir;
  return { fs, root, realRoot, realStateDir };
}

/**
 * Reads a prompt file or manifest (`file` relative to the root) only when it is the
 * repository's own: its real path inside the root, outside `.git/` and the state folder, a
 * regular file of at most `MAX_PLAN_FILE_BYTES` (checked before reading), and text (no NUL,
 * control characters or invalid UTF-8). `undefined` when it does not exist, or when its real
 * path is in `seen` (the same file reached again through a link, e.g. a link loop in the
 * prompt folder: each real file is read once, under the first path listed); a file read is
 * added to `seen`.
 */
export async function readPlanFile(
  scope: PlanFileScope,
  file: string,
  seen?: Set<string>,
): Promise<{ text: string } | { problem: Problem } | undefined> {
  const absolute = path.join(scope.root, file);
  const refuse = (message: string, fix: string, line = 1, column = 1) => ({
    problem: { file, line, column, field: '', message, fix },
  });
  const info = await scope.fs.inspect?.(absolute);
  if (scope.fs.inspect && !info) return undefined;
  if (info) {
    const refusal = scopeRefusal(scope, info, 'prompt file', absolute);
    if (refusal) return refuse(refusal.message, refusal.fix);
    // Kept by its real path from the real root: for a file that is not reached through a link
    // that is `file` itself, a string the job keeps anyway (an absolute path per file was
    // 1.5 MiB of short-lived strings on 10,000 files, each promoted by the GC).
    const real = toPosix(path.relative(scope.realRoot, info.realPath));
    const key = real === file ? file : real;
    if (seen?.has(key)) return undefined;
    seen?.add(key);
    if (info.bytes > MAX_PLAN_FILE_BYTES) {
      return refuse(
        `is ${info.bytes} bytes, over the limit of ${MAX_PLAN_FILE_BYTES} bytes (1 MiB) for prompt files and manifests`,
        'shorten it or split it into several files',
      );
    }
  }
  const text = await scope.fs.readFile(absolute);
  if (text === undefined) return undefined;
  if (text.length > MAX_PLAN_FILE_BYTES) {
    return refuse(
      `is over the limit of ${MAX_PLAN_FILE_BYTES} bytes (1 MiB) for prompt files and manifests`,
      'shorten it or split it into several files',
    );
  }
  const bad = findNonText(text);
  if (bad) {
    return refuse(
      bad.char === '\uFFFD'
        ? 'is not UTF-8 text (an invalid byte sequence)'
        : `contains a control character (U+${bad.char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}); binary files are not prompt files`,
      bad.char === '\uFFFD'
        ? 'save the file as UTF-8, or remove it from the prompt globs'
        : 'remove the character, or remove the file from the prompt globs if it is not a prompt',
      bad.line,
      bad.column,
    );
  }
  return { text };
}

/**
 * Why a repository file (a prompt file, a manifest, an image: `kind`) is not read: it is a
 * symlink that cannot be followed, its real path leaves the root, or lies in `.git/` or the
 * state folder, or it is no regular file. `absolute`, the path as given, tells a file named
 * outside the root (said so) from a link inside it that leads out.
 */
export function scopeRefusal(
  scope: PlanFileScope,
  info: { realPath: string; isFile: boolean; brokenLink?: 'dangling' | 'loop' },
  kind: string,
  absolute?: string,
): { message: string; fix: string } | undefined {
  if (absolute !== undefined && !isInside(scope.root, absolute)) {
    return {
      message: `is outside the root (${scope.root}), so it is never read`,
      fix: `move the ${kind} under the root, or set --root to a folder that contains it`,
    };
  }
  if (info.brokenLink) {
    return {
      message: `is a symlink that ${info.brokenLink === 'loop' ? 'loops back on itself' : 'points to nothing'}, so it cannot be read as a ${kind}`,
      fix: `point it at a ${kind} inside the repository, or remove it`,
    };
  }
  const where = path.relative(scope.realRoot, info.realPath);
  const outside = where === '..' || where.startsWith(`..${path.sep}`) || path.isAbsolute(where);
  if (outside) {
    return {
      message: 'is a symlink to a file outside the repository, which is never read',
      fix: 'replace the symlink with the file itself, or point it at a file inside the repository',
    };
  }
  const inState = scope.realStateDir !== undefined && isInside(scope.realStateDir, info.realPath);
  if (where.split(path.sep).includes('.git') || inState) {
    return {
      message: `is a symlink into ${inState ? 'the state folder' : '.git/'}, which is never read`,
      fix: `replace the symlink with a ${kind} of its own`,
    };
  }
  if (!info.isFile) {
    return {
      message: 'is not a regular file',
      fix: kind === 'prompt file' ? 'make it a Markdown or YAML text file' : `make it a ${kind}`,
    };
  }
  return undefined;
}

/** Control characters other than tab, line feed and carriage return; invalid UTF-8. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const nonText = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/;

function findNonText(text: string): { char: string; line: number; column: number } | undefined {
  const match = nonText.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index).split('\n');
  return {
    char: match[0],
    line: before.length,
    column: (before[before.length - 1] ?? '').length + 1,
  };
}

function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
