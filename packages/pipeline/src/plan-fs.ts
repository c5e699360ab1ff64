import { readFile, realpath, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import type { PlanFs } from './types.ts';

/** Folders never searched for prompt files. */
export const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/.clipwright/**'];

/** The largest prompt file or manifest read, in bytes (1 MiB); checked before it is read. */
export const MAX_PLAN_FILE_BYTES = 1024 * 1024;

/** The real file system: `node:fs/promises` and tinyglobby. */
export const realPlanFs: PlanFs = {
  async readFile(absolutePath) {
    try {
      return await readFile(absolutePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  async readBytes(absolutePath) {
    try {
      return await readFile(absolutePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  async inspect(absolutePath) {
    try {
      const real = await realpath(absolutePath);
      const info = await stat(real);
      return { realPath: real, bytes: info.size, isFile: info.isFile() };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') return undefined;
      throw error;
    }
  },
  async glob(patterns, cwd) {
    const files = await glob(patterns, {
      cwd,
      ignore: alwaysIgnored,
      onlyFiles: true,
      expandDirectories: false,
    });
    return files.sort();
  },
};
