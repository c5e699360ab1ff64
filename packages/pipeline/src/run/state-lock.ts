import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { ClipwrightError } from '@clipwright/core';
import lockfile from 'proper-lockfile';

/** What a state folder's lock records about the run that holds it. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the run took the lock (ISO 8601). */
  since: string;
}

/** A second run found the state folder in use. Code `state_locked`. */
export class StateLockedError extends ClipwrightError {
  override name = 'StateLockedError';
  override readonly code = 'state_locked';
  readonly owner: LockOwner | undefined;
  constructor(stateDir: string, lock: string, owner: LockOwner | undefined) {
    super(
      `the state folder ${stateDir} is in use by another Clipwright run` +
        (owner ? ` (process ${owner.pid} on ${owner.host}, since ${owner.since})` : '') +
        `; wait for it to finish, or give this run its own --state-dir. A lock left by a killed run (${lock}) is taken over at once on the same host, elsewhere once it is 30 s old`,
    );
    this.owner = owner;
  }
}

export interface StateLockOptions {
  /**
   * How long to wait for another run to release the lock, in ms (polled every 500 ms).
   * @default 0 (say at once what holds it)
   */
  waitMs?: number;
  /** Told when the lock was lost (its folder removed or not refreshed in time). @default nothing */
  onCompromised?: (error: Error) => void;
}

/**
 * Takes the lock of `stateDir` (`<stateDir>/run.lock`, with proper-lockfile: a folder made
 * atomically, refreshed every few seconds, taken over once stale after a crash) for one run,
 * so two processes sharing a state folder never sweep each other's temporary files nor
 * interleave journal writes. Records who holds it inside the lock. Resolves with `release`;
 * rejects with `StateLockedError` naming the holder.
 */
export async function lockStateDir(
  stateDir: string,
  options: StateLockOptions = {},
): Promise<() => Promise<void>> {
  const lock = path.join(stateDir, 'run.lock');
  let release: () => Promise<void>;
  try {
    release = await takeLock(stateDir, lock, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = readOwner(lock);
    // A run killed on this host (SIGKILL, a crash) leaves its lock behind: its process is
    // gone, so the lock is taken over at once instead of after the 30 s staleness.
    if (!holder || holder.host !== hostname() || isAlive(holder.pid))
      throw new StateLockedError(stateDir, lock, holder);
    rmSync(lock, { recursive: true, force: true });
    rmSync(`${lock}.owner`, { force: true });
    try {
      release = await takeLock(stateDir, lock, options);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'ELOCKED') throw again;
      throw new StateLockedError(stateDir, lock, readOwner(lock));
    }
  }

  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  // Beside the lock, not in it: proper-lockfile removes its folder with rmdir.
  const ownerFile = `${lock}.owner`;
  try {
    writeFileSync(ownerFile, JSON.stringify(owner));
  } catch {
    // Only the message of a second run loses its detail.
  }
  return async () => {
    rmSync(ownerFile, { force: true });
    await release();
  };
}

function readOwner(lock: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(`${lock}.owner`, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

function takeLock(
  stateDir: string,
  lock: string,
  options: StateLockOptions,
): Promise<() => Promise<void>> {
  const waitMs = options.waitMs ?? 0;
  return lockfile.lock(stateDir, {
    lockfilePath: lock,
    stale: 30_000,
    update: 10_000,
    realpath: false,
    retries: waitMs > 0 ? { retries: Math.ceil(waitMs / 500), factor: 1, minTimeout: 500 } : 0,
    onCompromised: options.onCompromised ?? (() => {}),
  });
}

/** Whether process `pid` of this host still runs (EPERM: it does, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
