import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The CLI's entry point, run from source. */
export const cliBin = fileURLToPath(new URL('../../packages/cli/src/bin.ts', import.meta.url));
/** The pipeline child of the crash tests. */
export const planChild = fileURLToPath(new URL('./run-plan-child.ts', import.meta.url));

export interface Child {
  process: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`. */
  line(pattern: RegExp): Promise<string>;
  /** Resolves when the process has exited. */
  exit: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/** Starts `node --conditions=source script args` with exactly `env` (plus PATH). */
export function startNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd?: string,
): Child {
  const child = spawn(process.execPath, ['--conditions=source', script, ...args], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd && { cwd }),
  });
  let stdout = '';
  let stderr = '';
  const waiting: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    stdout += `${line}\n`;
    for (const w of waiting.splice(0)) {
      if (w.pattern.test(line)) w.resolve(line);
      else waiting.push(w);
    }
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const exit = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    process: child,
    exit,
    line: (pattern) =>
      new Promise<string>((resolve, reject) => {
        const seen = stdout.split('\n').find((l) => pattern.test(l));
        if (seen) return resolve(seen);
        waiting.push({ pattern, resolve });
        void exit.then((e) =>
          reject(
            new Error(`exited (${e.code ?? e.signal}) before ${pattern}: ${e.stdout}${e.stderr}`),
          ),
        );
      }),
  };
}
