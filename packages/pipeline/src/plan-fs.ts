import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import type { PlanFs } from './types.ts';

/** Folders never searched for prompt files. */
export const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/.clipwright/**'];

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
