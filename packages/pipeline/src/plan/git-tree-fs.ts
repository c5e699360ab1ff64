import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { MAX_IMAGE_BYTES } from '@clipwright/core/internal';
import type { PlanFs } from '../model/plan-options.ts';
import { type Exec, realExec } from './git-exec.ts';
import { GitRefError } from './git-ref-error.ts';
import { globMatcher } from './plan-fs.ts';

export interface GitTreeFsOptions {
  /** The repository's root folder (the one holding `.git`). */
  root: string;
  /** A commit, branch or tag; resolved once to a commit id. */
  ref: string;
  /**
   * Command runner.
   * @default child_process.execFile, no shell
   */
  exec?: Exec;
  /** Blobs larger than this are treated as absent (untrusted input). @default 1 MiB */
  maxBytes?: number;
  /**
   * Reads a blob's bytes (`git cat-file blob <oid>`), for repository images; blobs over 10 MB
   * (the API's image limit) are treated as absent.
   * @default child_process.execFile with a buffer
   */
  readBlob?: (oid: string, cwd: string) => Promise<Uint8Array>;
}

const execFileAsync = promisify(execFile);
const realReadBlob = async (oid: string, cwd: string): Promise<Uint8Array> =>
  (
    await execFileAsync('git', ['cat-file', 'blob', oid], {
      cwd,
      encoding: 'buffer',
      maxBuffer: MAX_IMAGE_BYTES + 1,
    })
  ).stdout;

interface TreeEntry {
  oid: string;
  size: number;
}

/** A commit's files as a `PlanFs`, plus the commit id the ref resolved to. */
export interface GitTreeFs extends PlanFs {
  commit: string;
}

/**
 * Reads a commit's tree with git alone (`ls-tree`, `cat-file`): no checkout, nothing written.
 * Regular files count, and symlinks to files or folders inside the repository are followed as
 * the work tree follows them (`followLinks`); submodules and links leaving the repository are
 * never followed, so nothing outside the repository is read. Globs are matched with picomatch, the matcher tinyglobby uses, so a
 * commit plans exactly like a work tree holding the same files.
 */
export async function gitTreeFs(options: GitTreeFsOptions): Promise<GitTreeFs> {
  const exec = options.exec ?? realExec;
  const cwd = path.resolve(options.root);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const ref = options.ref.trim();
  if (ref === '' || ref.startsWith('-')) {
    throw new RangeError(
      `invalid git ref ${JSON.stringify(options.ref)}: give a commit, branch or tag`,
    );
  }
  const commit = await resolveCommit(exec, cwd, ref);
  const listing = await exec('git', ['ls-tree', '-r', '-l', '-z', '--full-tree', commit], { cwd });
  const files = new Map<string, TreeEntry>();
  const links = new Map<string, string>();
  for (const record of listing.split('\0')) {
    // "<mode> <type> <oid> <size>\t<path>"
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).trim().split(/\s+/);
    if (type === 'blob' && mode === '120000' && oid) links.set(record.slice(tab + 1), oid);
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !oid) continue;
    files.set(record.slice(tab + 1), { oid, size: Number(size) });
  }
  await followLinks(files, links, (oid) => exec('git', ['cat-file', 'blob', oid], { cwd }));
  const rootPrefix = `${cwd}${path.sep}`;
  const entryOf = (absolutePath: string) => {
    const resolved = path.resolve(absolutePath);
    if (!resolved.startsWith(rootPrefix)) return undefined;
    return files.get(resolved.slice(rootPrefix.length).split(path.sep).join('/'));
  };
  const readBlob = options.readBlob ?? realReadBlob;
  return {
    commit,
    async readFile(absolutePath) {
      const entry = entryOf(absolutePath);
      if (!entry || entry.size > maxBytes) return undefined;
      return exec('git', ['cat-file', 'blob', entry.oid], { cwd });
    },
    async readBytes(absolutePath) {
      const entry = entryOf(absolutePath);
      if (!entry || entry.size > MAX_IMAGE_BYTES) return undefined;
      return readBlob(entry.oid, cwd);
    },
    async glob(patterns, base, ignore = []) {
      const relBase = path.relative(cwd, path.resolve(base)).split(path.sep).join('/');
      if (relBase.startsWith('..')) return [];
      const matches = globMatcher(patterns, ignore);
      const found: string[] = [];
      for (const file of files.keys()) {
        const rel =
          relBase === ''
            ? file
            : file.startsWith(`${relBase}/`)
              ? file.slice(relBase.length + 1)
              : undefined;
        if (rel !== undefined && matches(rel)) found.push(rel);
      }
      return found.sort();
    },
  };
}

/** Links followed through at most this many links in a row (a loop stops here, unfollowed). */
const MAX_LINK_DEPTH = 8;

/**
 * Symlinks inside the repository, followed as a work tree follows them: a link to a file or a
 * folder of the same commit adds the files it reaches under the link's own path, so the diff
 * plans a prompt folder reached through a link like the run does. A link whose target leaves
 * the repository (absolute, or `..` past the top), dangles, or points at a folder holding it
 * (a loop) adds nothing.
 */
async function followLinks(
  files: Map<string, TreeEntry>,
  links: Map<string, string>,
  readTarget: (oid: string) => Promise<string>,
): Promise<void> {
  if (links.size === 0) return;
  const targets = new Map<string, string>();
  for (const [link, oid] of links) {
    const target = (await readTarget(oid)).trim();
    if (target === '' || target.startsWith('/')) continue;
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(link), target));
    if (resolved === '..' || resolved.startsWith('../')) continue;
    // A link to the top or to a folder holding it is a loop: nothing to add.
    if (resolved === '.' || link.startsWith(`${resolved}/`)) continue;
    targets.set(link, resolved);
  }
  for (let depth = 0; depth < MAX_LINK_DEPTH; depth++) {
    let added = false;
    for (const [link, target] of targets) {
      const file = files.get(target);
      if (file && !files.has(link)) {
        files.set(link, file);
        added = true;
      }
      const prefix = `${target}/`;
      for (const [name, entry] of [...files]) {
        if (!name.startsWith(prefix) || name.startsWith(`${link}/`)) continue;
        const alias = `${link}/${name.slice(prefix.length)}`;
        if (!files.has(alias) && alias.split('/').length <= 64) {
          files.set(alias, entry);
          added = true;
        }
      }
    }
    if (!added) return;
  }
}

async function resolveCommit(exec: Exec, cwd: string, ref: string): Promise<string> {
  try {
    const out = await exec(
      'git',
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
      {
        cwd,
      },
    );
    return out.trim();
  } catch {
    throw new GitRefError(ref);
  }
}
