import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@clipwright/cli';
import { createClient, ValidationError } from '@clipwright/core';
import { loadPlan } from '@clipwright/pipeline';
import { formatProblem } from '@clipwright/pipeline/report';
import { DEFAULT_API_KEY, type Simulator, startSimulator } from '@clipwright/simulator';
import pLimit from 'p-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../../action/test/run-action.ts';
import { recordingIo } from './recording-io.ts';
import { writeRepo } from './scenario.ts';

const corpus = fileURLToPath(new URL('../fixtures/bad-inputs/', import.meta.url));

interface Case {
  fixture: string;
  field: string;
  message: string;
  fix: string;
  /** The CLI's fix, where it differs from loadPlan's (it names a flag). */
  cliFix?: string;
  /** The action's fix (it names an input); the prompt fixture then also runs in the bundle. */
  actionFix?: string;
  file?: string;
  line?: number;
  place?: string;
  files?: Record<string, string>;
  exit?: number;
  env?: Record<string, string>;
}
const index = parse(await readFile(path.join(corpus, 'index.yml'), 'utf8')) as Record<
  'prompts' | 'manifests' | 'action' | 'cli' | 'requests',
  Case[]
>;
const read = (name: string) => readFile(path.join(corpus, name), 'utf8');
const title = (c: Case) => c.fixture;
/** A valid repository for flag and input cases: one prompt file that sets no model. */
const okRepo = { 'prompts/ok.md': 'A kite over a beach. sim:seconds=2\n' };

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, timeScale: 1000 });
});
afterAll(() => sim.close());

/** Runs `clipwright generate` in-process against the simulator; resolves to code and stderr. */
async function generate(root: string, args: string[], env?: Record<string, string>) {
  const io = recordingIo({ cwd: root, env: env ?? { EVOLINK_API_KEY: DEFAULT_API_KEY } });
  const code = await runCli(
    ['generate', '--root', root, '--out', path.join(root, 'out'), '--base-url', sim.url, ...args],
    io,
    { clock: sim.clock },
  );
  return { code, err: io.err(), out: io.out() };
}

/** The `::error` lines of an action run's stdout, unescaped. */
function actionErrors(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .map((l) => l.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
}

/** Runs the bundled action on a push in `workspace`: it fails located, with `actionFix`, for free. */
async function expectActionRefuses(workspace: string, c: Case): Promise<void> {
  const own = await startSimulator({ port: 0, timeScale: 1000 });
  try {
    const run = await runAction({
      workspace,
      event: { name: 'push', payload: {} },
      inputs: { 'api-key': DEFAULT_API_KEY, 'base-url': own.url, upload: 'none', cache: 'false' },
    });
    const errors = actionErrors(run.stdout);
    const error = errors.find((l) => l.includes(c.message));
    expect(
      error,
      `no ::error with "${c.message}" in ${errors.join(' | ') || 'nothing'}`,
    ).toBeDefined();
    expect(error).toContain(`file=${c.file},line=${c.line}`);
    expect(error).toContain(c.actionFix);
    expect(run.code).toBe(1);
    expect(own.stats().requests).toBe(0);
  } finally {
    await own.close();
  }
}

describe('bad-input corpus', () => {
  it('holds at least 60 bad inputs, each with a fixture file', () => {
    const all = Object.values(index).flat();
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const c of all) expect(existsSync(path.join(corpus, c.fixture)), c.fixture).toBe(true);
  });

  describe('prompt files and manifests: a located problem, exit 2 from generate, zero requests', () => {
    for (const c of [...index.prompts, ...index.manifests]) {
      it(title(c), async () => {
        const files: Record<string, string> = {
          [c.place ?? c.fixture]: await read(c.fixture),
        };
        for (const [to, from] of Object.entries(c.files ?? {})) files[to] = await read(from);
        const root = await writeRepo(files);
        const plan = await loadPlan({ root });
        const problem = plan.problems.find(
          (p) => p.file === c.file && p.line === c.line && p.field === c.field,
        );
        expect(
          problem,
          `no problem at ${c.file}:${c.line} ${c.field}; got ${plan.problems.map(formatProblem).join(' | ') || 'none'}`,
        ).toBeDefined();
        expect(problem?.message).toContain(c.message);
        if (!problem) return;
        expect(problem.fix).not.toBe('');
        expect(formatProblem(problem)).toContain(c.fix);

        const before = sim.stats().requests;
        const run = await generate(root, []);
        expect(run.code).toBe(2);
        expect(run.err).toContain(`${c.file}:${c.line}:`);
        expect(run.err).toContain(c.message);
        expect(run.err).toContain(c.cliFix ?? c.fix);
        expect(sim.stats().requests).toBe(before);
        if (c.actionFix) await expectActionRefuses(root, c);
      });
    }
  });

  describe('CLI flags: a message naming the flag and the fix, the documented exit code, zero requests', () => {
    for (const c of index.cli) {
      it(title(c), async () => {
        const args = JSON.parse(await read(c.fixture)) as string[];
        const root = await writeRepo(okRepo);
        const before = sim.stats().requests;
        const run = await generate(root, args, c.env);
        expect(run.err).toContain(c.field);
        expect(run.err).toContain(c.message);
        expect(run.err).toContain(c.fix);
        if (c.file) expect(run.err).toContain(`${c.file}:${c.line}:`);
        expect(run.code).toBe(c.exit ?? 2);
        expect(sim.stats().requests).toBe(before);
      });
    }
  });

  describe('create requests (callback URLs): a ValidationError on the field, zero requests', () => {
    for (const c of index.requests) {
      it(title(c), async () => {
        const body = JSON.parse(await read(c.fixture));
        const before = sim.stats().requests;
        const client = createClient({ apiKey: DEFAULT_API_KEY, baseUrl: sim.url });
        const error = await client.videos.create(body).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ValidationError);
        const issue = (error as ValidationError).issues.find((i) => i.field === c.field);
        expect(issue?.message).toContain(c.message);
        expect((error as Error).message).toContain(`${c.field}: `);
        expect((error as Error).message).toContain(c.fix);
        expect(sim.stats().requests).toBe(before);
      });
    }
  });

  describe('action inputs: the bundled action fails the step with the input named and the fix, zero requests', {
    timeout: 30_000,
  }, () => {
    // Subprocesses, four at a time; each case has its own simulator so its count is its own.
    const limit = pLimit(4);
    const runs = new Map<string, ReturnType<typeof runCase>>();
    async function runCase(c: Case) {
      const own = await startSimulator({ port: 0, timeScale: 1000 });
      try {
        const inputs = parse(await read(c.fixture)) as Record<string, string>;
        const run = await runAction({
          workspace: await writeRepo(okRepo),
          event: { name: 'push', payload: {} },
          inputs: {
            'api-key': DEFAULT_API_KEY,
            'base-url': own.url,
            upload: 'none',
            cache: 'false',
            ...inputs,
          },
        });
        return { ...run, requests: own.stats().requests };
      } finally {
        await own.close();
      }
    }
    beforeAll(() => {
      for (const c of index.action)
        runs.set(
          c.fixture,
          limit(() => runCase(c)),
        );
    });
    for (const c of index.action) {
      it(title(c), async () => {
        const run = await runs.get(c.fixture);
        const errors = actionErrors(run?.stdout ?? '');
        const error = errors.find((l) => l.includes(c.message));
        expect(
          error,
          `no ::error with "${c.message}" in ${errors.join(' | ') || 'nothing'}`,
        ).toBeDefined();
        expect(error).toContain(c.field);
        expect(error).toContain(c.fix);
        if (c.file) expect(error).toContain(`file=${c.file},line=${c.line}`);
        expect(run?.code).toBe(1);
        expect(run?.requests).toBe(0);
      });
    }
  });
});
