import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '@clipwright/simulator';
import { startAzurite } from './azurite.ts';
import { startGitHubStandIn } from './github-stand-in.ts';
import { runtimeToken, startResultsStandIn } from './results-stand-in.ts';
import { parseOutputFile, runnerEnv } from './run-action.ts';
import { repo } from './workflow-model.ts';

/**
 * Builds the action's current sources with its own build script (action/build.mjs) into a
 * temporary folder: the committed dist/ is rebuilt by the release process, and a row must run
 * what the sources say today. Returns the folder holding index.js and post.js.
 */
export async function buildBundle(): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'cw-bundle-')), 'dist');
  execFileSync(process.execPath, [join(repo, 'action/build.mjs'), out], { stdio: 'inherit' });
  return out;
}

/** What lives for the whole table: Azurite (each job has a container of its own). */
export async function startSharedServices() {
  const azurite = await startAzurite();
  return { azurite, close: () => azurite.close() };
}

let jobs = 0;
/**
 * One job's own services: the EvoLink simulator (its own, so a create is never answered as an
 * idempotent replay of another row's), the results service (artifacts and the Actions cache, blobs in the
 * shared Azurite; artifact names are unique per run, so each job has its own) and the GitHub
 * REST stand-in, private or public.
 */
export async function startJobServices(
  azurite: Awaited<ReturnType<typeof startAzurite>>,
  apiKey: string,
  github: Parameters<typeof startGitHubStandIn>[0],
) {
  const id = ++jobs;
  const sim = await startSimulator({ port: 0, timeScale: 1000, apiKeys: [apiKey] });
  const container = `job-${id}`;
  await azurite.service.createContainer(container);
  const token = runtimeToken(`run-${id}`, `job-${id}`);
  const results = await startResultsStandIn({
    runtimeToken: token,
    runBackendId: `run-${id}`,
    jobBackendId: `job-${id}`,
    container,
    signedUploadUrl: azurite.signedUploadUrl,
  });
  const gh = await startGitHubStandIn(github);
  return {
    sim,
    results,
    gh,
    token,
    container,
    /** The blob of an uploaded artifact, by name. */
    async artifact(name: string): Promise<Uint8Array | undefined> {
      const a = results.artifacts.find((r) => r.name === name);
      return a ? new Uint8Array(await azurite.download(container, a.blob)) : undefined;
    },
    async close() {
      await gh.close();
      await results.close();
      await sim.close();
    },
  };
}

function node(file: string, env: Record<string, string>, cwd: string) {
  const child = spawn(process.execPath, [file], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

/**
 * Runs one `uses:` step of the action as the runner does: index.js with the step's inputs, then
 * post.js (action.yml: post-if always()) with what the main step saved in GITHUB_STATE.
 */
export async function runActionStep(o: {
  bundle: string;
  inputs: Record<string, string>;
  event: { name: string; payload: object };
  workspace: string;
  env: Record<string, string>;
}) {
  const { env, files, temp } = await runnerEnv(o);
  const main = await node(join(o.bundle, 'index.js'), env, o.workspace);
  const outputText = await readFile(files.output, 'utf8');
  const state = parseOutputFile(await readFile(files.state, 'utf8'));
  const postEnv = { ...env };
  for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value;
  const post = await node(join(o.bundle, 'post.js'), postEnv, o.workspace);
  return {
    ...main,
    outputs: parseOutputFile(outputText),
    summary: await readFile(files.summary, 'utf8'),
    outDir: join(temp, 'clipwright', 'out'),
    post,
  };
}
