import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Moves a finished file into place so that `dest` never exists half-written: a rename (atomic
 * on one file system); across file systems, a copy to a hidden temporary name beside `dest`
 * and then a rename. Written by hand (a few lines) because the temp file must be one we
 * already control (core's download writes it).
 */
export async function placeFile(
  finished: string,
  dest: string,
  options: { keep?: boolean } = {},
): Promise<void> {
  await mkdir(path.dirname(dest), { recursive: true });
  if (!options.keep) {
    try {
      await rename(finished, dest);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    }
  }
  const temp = path.join(path.dirname(dest), `.${path.basename(dest)}.${randomUUID()}.tmp`);
  try {
    await copyFile(finished, temp);
    await rename(temp, dest);
  } finally {
    await rm(temp, { force: true });
  }
  if (!options.keep) await rm(finished, { force: true });
}

/** Writes `data` to `dest` atomically (temporary file in `tempDir`, then `placeFile`). */
export async function writeFileAtomic(
  dest: string,
  data: string,
  tempDir = path.dirname(dest),
): Promise<void> {
  await mkdir(tempDir, { recursive: true });
  const temp = path.join(tempDir, `.${path.basename(dest)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, data);
    await placeFile(temp, dest);
  } finally {
    await rm(temp, { force: true });
  }
}

/** sha256 (hex) and size of a file, streamed. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
