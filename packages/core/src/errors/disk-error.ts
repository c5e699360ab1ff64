import { ClipwrightError } from './clipwright-error.ts';

/** File-system error codes that mean the disk cannot take the file: retrying will not help. */
export const diskErrorCodes: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
};

/**
 * Writing a file failed because of the disk (full, over quota, read-only). Not a network
 * fault: it is never retried. Code `disk_error`; `errno` is the system's code (`ENOSPC`).
 */
export class DiskError extends ClipwrightError {
  override name = 'DiskError';
  override readonly code: string = 'disk_error';
  readonly errno: string;
  /** The file being written. */
  readonly path: string;
  constructor(errno: string, path: string, options: { cause?: unknown } = {}) {
    super(
      `cannot write ${path}: ${diskErrorCodes[errno] ?? errno} (${errno}); free some space or choose another folder, then run again`,
      options,
    );
    this.errno = errno;
    this.path = path;
  }
}

/** `error` as a `DiskError` when it is a disk-full/quota/read-only error, else `undefined`. */
export function asDiskError(error: unknown, path: string): DiskError | undefined {
  if (error instanceof DiskError) return error;
  const errno = (error as { code?: unknown } | undefined)?.code;
  return typeof errno === 'string' && errno in diskErrorCodes
    ? new DiskError(errno, path, { cause: error })
    : undefined;
}
