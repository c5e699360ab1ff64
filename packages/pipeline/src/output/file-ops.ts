import * as fsp from 'node:fs/promises';
import type { FileOps } from '../model/file-ops.ts';

/** `node:fs/promises`. */
export const realFileOps: FileOps = fsp;
