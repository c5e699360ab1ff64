import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './scenario.ts';

/** Every file under `dirs` (recursively) whose bytes contain `secret`, as paths. */
export async function filesContaining(secret: string, dirs: string[]): Promise<string[]> {
  const needle = Buffer.from(secret);
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const file of await listFiles(dir)) {
      const full = path.join(dir, file);
      if ((await readFile(full)).includes(needle)) hits.push(full);
    }
  }
  return hits;
}

/**
 * The action's stdout without the `::add-mask::` command for `secret` (the runner consumes that
 * line and never shows it); it must come first, before anything else is printed.
 */
export function withoutMaskCommand(stdout: string, secret: string): string {
  const lines = stdout.split('\n');
  if (lines[0] !== `::add-mask::${secret}`) {
    throw new Error(
      `the first line is not the mask command for the key: ${lines[0]?.slice(0, 40)}`,
    );
  }
  return lines.slice(1).join('\n');
}
