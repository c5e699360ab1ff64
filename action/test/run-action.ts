import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bundlePath = fileURLToPath(new URL('../dist/index.js', import.meta.url));
/** The post: step's entry (action.yml runs.post). */
export const postBundlePath = fileURLToPath(new URL('../dist/post.js', import.meta.url));

/** Parses a GITHUB_OUTPUT file (name<<delimiter blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const end = lines.indexOf(m[2] ?? '', i + 1);
    outputs[m[1] ?? ''] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/** The bundle is committed; a clear message when it is missing (a fresh build not yet run). */
function requireBundle(): void {
  if (!existsSync(bundlePath))
    throw new Error(`${bundlePath} is missing: run 'pnpm --filter @clipwright/action build' first`);
}

/**
 * The environment the runner gives dist/index.js: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and an event payload file, in a fresh temporary folder. For tests that
 * hold the child process themselves (to kill it); {@link runAction} runs it to the end.
 */
export async function runnerEnv(options: {
  inputs: Record<string, string>;
  workspace: string;
  /** Default: a push with an empty payload. */
  event?: { name: string; payload: object };
  env?: Record<string, string>;
}): Promise<{
  env: Record<string, string>;
  files: { output: string; summary: string; state: string };
  /** RUNNER_TEMP: the action's state and output live in its clipwright/ folder. */
  temp: string;
}> {
  requireBundle();
  const dir = await mkdtemp(join(tmpdir(), 'cw-runner-'));
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    event: join(dir, 'event.json'),
    state: join(dir, 'state'),
  };
  await writeFile(files.output, '');
  await writeFile(files.state, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(options.event?.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'b'.repeat(40),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.toUpperCase()}`] = value;
  return {
    env,
    files: { output: files.output, summary: files.summary, state: files.state },
    temp: env.RUNNER_TEMP ?? dir,
  };
}

/** Runs dist/index.js to the end the way the runner does: a Node subprocess in {@link runnerEnv}. */
export async function runAction(options: {
  inputs: Record<string, string>;
  event: { name: string; payload: object };
  workspace: string;
  env?: Record<string, string>;
}) {
  const { env, files, temp } = await runnerEnv(options);
  const child = spawn(process.execPath, [bundlePath], {
    env,
    cwd: options.workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputText = await readFile(files.output, 'utf8');
  return {
    code,
    /** Where the action wrote its videos, manifest and gallery (outside the workspace). */
    outDir: join(temp, 'clipwright', 'out'),
    /** The journal and cache records. */
    stateDir: join(temp, 'clipwright', 'state'),
    stdout,
    stderr,
    outputText,
    outputs: parseOutputFile(outputText),
    summary: await readFile(files.summary, 'utf8'),
  };
}

/**
 * Runs dist/post.js as the runner does after the main step: the same environment, with what
 * the main step saved in GITHUB_STATE given back as STATE_<name> variables.
 */
export async function runPostStep(env: Record<string, string>, stateFile: string) {
  const state = parseOutputFile(await readFile(stateFile, 'utf8'));
  const postEnv: Record<string, string> = { ...env };
  for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value;
  const child = spawn(process.execPath, [postBundlePath], {
    env: postEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, state };
}
