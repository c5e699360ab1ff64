import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { falsy } from '@actions/expressions/result';
import { parse } from 'yaml';

/** The repository's top folder. */
export const repo = fileURLToPath(new URL('../../', import.meta.url));

/** The folders of shipped workflows: the documented examples and the repository's own. */
export const workflowDirs = ['docs/workflows', '.github/workflows'];

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export interface Job {
  if?: string;
  uses?: string;
  permissions?: unknown;
  steps?: Step[];
  with?: Record<string, unknown>;
  secrets?: unknown;
}

export interface Workflow {
  /** Relative to the repository, e.g. `docs/workflows/pr-check.yml`. */
  file: string;
  /** The file as written. */
  text: string;
  name?: string;
  /** `on:` as a map, whatever form it was written in. */
  on: Record<string, Record<string, unknown>>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** Every shipped workflow file, relative to the repository. */
export async function workflowFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of workflowDirs) {
    for (const name of (await readdir(join(repo, dir))).sort())
      if (/\.ya?ml$/.test(name)) files.push(`${dir}/${name}`);
  }
  return files;
}

export async function loadWorkflow(file: string): Promise<Workflow> {
  const text = await readFile(join(repo, file), 'utf8');
  const raw = parse(text) as Omit<Workflow, 'file' | 'text' | 'on'> & { on: unknown };
  const on: Workflow['on'] = {};
  if (typeof raw.on === 'string') on[raw.on] = {};
  else if (Array.isArray(raw.on)) for (const event of raw.on) on[event] = {};
  else
    for (const [event, config] of Object.entries(raw.on as Record<string, unknown>))
      on[event] = (config ?? {}) as Record<string, unknown>;
  return { ...raw, file, text, on };
}

export async function loadWorkflows(): Promise<Workflow[]> {
  return Promise.all((await workflowFiles()).map(loadWorkflow));
}

/**
 * The permissions a job's token gets: its own `permissions:`, else the workflow's. Undefined
 * when neither is set (the repository's default, which a shipped workflow must never rely on).
 */
export function jobPermissions(w: Workflow, job: string): Record<string, string> | undefined {
  const p = w.jobs[job]?.permissions ?? w.permissions;
  if (p === undefined) return undefined;
  if (typeof p === 'string') return { all: p };
  return p as Record<string, string>;
}

/** GitHub's activity types when `types:` is not given (the events the shipped files use). */
const defaultTypes: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened'],
  workflow_run: ['requested', 'completed'],
};

/** Each event the workflow declares with each of its activity types (`''` for events without). */
export function declaredEvents(w: Workflow): Array<{ event: string; type: string }> {
  return Object.entries(w.on).flatMap(([event, config]) => {
    const types = (config.types as string[] | undefined) ?? defaultTypes[event] ?? [''];
    return types.map((type) => ({ event, type }));
  });
}

/** The job status functions of `if:`, with the values to give them. */
export interface JobStatus {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

export const contextNames = [
  'github',
  'inputs',
  'steps',
  'needs',
  'env',
  'vars',
  'matrix',
  'strategy',
  'secrets',
  'job',
  'jobs',
  'runner',
];

/**
 * Evaluates a job's or step's `if:` as the runner does: with or without `${{ }}`, and with an
 * implicit `success() &&` when it calls no status function. Parsed and evaluated by
 * @actions/expressions, GitHub's own implementation of the expression language.
 */
export function evaluateIf(
  condition: string | undefined,
  contexts: Record<string, unknown>,
  status: JobStatus = { success: true, failure: false, cancelled: false },
): boolean {
  const statusFunctions = new Map(
    Object.entries({ ...status, always: true }).map(([name, value]) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) },
    ]),
  );
  if (condition === undefined) return status.success;
  let source = condition.trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(source);
  if (wrapped) source = wrapped[1] ?? '';
  if (!/\b(success|failure|cancelled|always)\s*\(/i.test(source))
    source = `success() && (${source})`;
  const { tokens } = new Lexer(source).lex();
  const expr = new Parser(tokens, contextNames, [...statusFunctions.values()]).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return !falsy(new Evaluator(expr, context, statusFunctions).evaluate());
}

/** The steps of every job, with the job's name. */
export function allSteps(w: Workflow): Array<{ job: string; step: Step }> {
  return Object.entries(w.jobs).flatMap(([job, j]) =>
    (j.steps ?? []).map((step) => ({ job, step })),
  );
}

/** The step with this id or name; throws when the workflow has none (the test then says which). */
export function stepOf(w: Workflow, job: string, idOrName: string): Step {
  const step = w.jobs[job]?.steps?.find((s) => s.id === idOrName || s.name === idOrName);
  if (!step) throw new Error(`${w.file}: job ${job} has no step '${idOrName}'`);
  return step;
}

/** The step that runs the Clipwright action in a job. */
export function actionStep(w: Workflow, job: string): Step {
  const step = w.jobs[job]?.steps?.find((s) => s.uses?.startsWith('clipwright/clipwright/action@'));
  if (!step) throw new Error(`${w.file}: job ${job} does not run the action`);
  return step;
}

/** A fake `gh` answer: what it prints and how it exits, for one exact argument list. */
export interface GhAnswer {
  stdout?: string;
  code?: number;
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Each `gh` call's arguments, joined by spaces. */
  gh: string[];
  /** What the script wrote to GITHUB_OUTPUT, as name → value. */
  outputs: Record<string, string>;
  /** The folder the script ran in. */
  cwd: string;
}

/**
 * Runs a step's `run:` script the way a Linux runner does (`bash --noprofile --norc -eo
 * pipefail`), with the step's environment, GITHUB_OUTPUT, and a fake `gh` on the PATH that
 * records its arguments and answers only the calls it is given (any other call fails). Real
 * `jq` and `git` are used.
 */
export async function runStepScript(
  script: string,
  options: { env?: Record<string, string>; gh?: Record<string, GhAnswer>; cwd?: string } = {},
): Promise<ScriptRun> {
  const dir = await mkdtemp(join(tmpdir(), 'cw-step-'));
  const bin = join(dir, 'bin');
  const files = {
    script: join(dir, 'step.sh'),
    output: join(dir, 'output'),
    ghLog: join(dir, 'gh.log'),
    ghAnswers: join(dir, 'gh.json'),
  };
  await writeFile(files.script, script);
  await writeFile(files.output, '');
  await writeFile(files.ghLog, '');
  await writeFile(files.ghAnswers, JSON.stringify(options.gh ?? {}));
  await mkdir(bin);
  // Hand-written: a stand-in for the GitHub CLI that records calls and answers from a table.
  await writeFile(
    join(bin, 'gh'),
    `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2).join(' ');
fs.appendFileSync(${JSON.stringify(files.ghLog)}, args + '\\n');
const answer = JSON.parse(fs.readFileSync(${JSON.stringify(files.ghAnswers)}, 'utf8'))[args];
if (!answer) { process.stderr.write('fake gh: no answer for: ' + args + '\\n'); process.exit(90); }
process.stdout.write(answer.stdout ?? '');
process.exit(answer.code ?? 0);
`,
  );
  await chmod(join(bin, 'gh'), 0o755);
  const cwd = options.cwd ?? dir;
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      HOME: dir,
      GITHUB_OUTPUT: files.output,
      ...options.env,
    },
  });
  const outputs: Record<string, string> = {};
  for (const line of (await readFile(files.output, 'utf8')).split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    gh: (await readFile(files.ghLog, 'utf8')).split('\n').filter(Boolean),
    outputs,
    cwd,
  };
}
