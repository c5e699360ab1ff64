import { readFile, writeFile } from 'node:fs/promises';

/** Reads and parses a JSON file, naming the file in any error. */
export async function readJson<T>(path: string): Promise<T> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads a JSON file, or returns `undefined` when it does not exist. */
export async function readJsonIfExists<T>(path: string): Promise<T | undefined> {
  try {
    return await readJson<T>(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The one serialisation of the data files: two-space indent and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes a data file in the canonical serialisation. */
export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, formatJson(value));
}

/** Today's date in UTC as YYYY-MM-DD. */
export function isoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Rounds a credit or currency figure to 6 decimals (below the gateway's 1/10,000 credit). */
export { round6 } from '../../src/derive-prices.ts';
