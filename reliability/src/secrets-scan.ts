import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './scenario.ts';

/**
 * The forms a leaked key takes in a file: as is, JSON-escaped (a manifest, a journal) and
 * URL-encoded (a link). Spelled out here, not taken from the code under test.
 */
export function leakForms(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}

/**
 * Every file under `dirs` (recursively) whose bytes contain `secret` raw, JSON-escaped or
 * URL-encoded, as paths (with the form found when it is not the raw one).
 */
export async function filesContaining(secret: string, dirs: string[]): Promise<string[]> {
  const needles = leakForms(secret).map((form) => ({ form, bytes: Buffer.from(form) }));
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const file of await listFiles(dir)) {
      const full = path.join(dir, file);
      const bytes = await readFile(full);
      const found = needles.find((n) => bytes.includes(n.bytes));
      if (found) hits.push(found.form === secret ? full : `${full} (as ${found.form})`);
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
