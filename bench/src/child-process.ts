import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Runs a script of this folder (TypeScript, or JavaScript where Node's type stripper would
 * skew the figure) in a fresh Node process and parses its last stdout line as JSON. The
 * workspace packages it imports are their sources, or with `dist: true` their built `dist/`
 * (as users run them).
 */
export async function runChildScript<T>(
  file: string,
  args: readonly string[],
  options: { timeoutMs?: number; dist?: boolean } = {},
): Promise<T> {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const conditions = options.dist ? [] : ['--conditions=source'];
  const { stdout } = await execFileAsync(
    process.execPath,
    [...conditions, '--no-warnings', script, ...args],
    { timeout: options.timeoutMs ?? 300_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}

/** Runs a program and returns its stdout. */
export async function runProgram(
  program: string,
  args: readonly string[],
  options: { timeoutMs?: number } = {},
): Promise<string> {
  const { stdout } = await execFileAsync(program, args, {
    timeout: options.timeoutMs ?? 300_000,
  });
  return stdout;
}
