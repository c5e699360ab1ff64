import { watch } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClientOptions } from '@clipwright/core';
import {
  loadPlan,
  type PipelineEvent,
  type Plan,
  type RunOptions,
  type RunResult,
  runPlan,
} from '@clipwright/pipeline';
import {
  DEFAULT_API_KEY,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from '@clipwright/simulator';

/** A repository of prompt files, a simulator, and the folders of one pipeline run. */
export interface Scenario {
  sim: Simulator;
  root: string;
  outDir: string;
  stateDir: string;
  plan: Plan;
  events: PipelineEvent[];
  /** Runs the plan (again) with a fresh client on the simulator's clock. */
  run(extra?: Partial<RunOptions>): Promise<RunResult>;
  close(): Promise<void>;
}

export interface ScenarioOptions {
  /** Relative path → content. Default: one prompt file `prompts/clip.md`. */
  files?: Record<string, string>;
  sim?: SimulatorOptions;
  /** Extra client options (timeouts, retries). */
  client?: ClientOptions;
  /** The base URL the client talks to. Default: the simulator's. */
  baseUrl?: (sim: Simulator) => string;
}

/** A prompt file for sora-2 (4 credits) finishing in two simulated seconds. */
export const prompt = (text: string, front = 'model: sora-2') =>
  `---\n${front}\n---\n${text} sim:seconds=2\n`;

/** Writes `files` into a fresh temporary folder and returns it. */
export async function writeRepo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'cw-reliability-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

/** Starts a 1000x simulator and plans a repository; nothing is sent yet. */
export async function scenario(options: ScenarioOptions = {}): Promise<Scenario> {
  const sim = await startSimulator({ port: 0, timeScale: 1000, ...options.sim });
  const root = await writeRepo(
    options.files ?? { 'prompts/clip.md': prompt('A lighthouse at dusk.') },
  );
  const plan = await loadPlan({ root });
  const outDir = path.join(root, 'out');
  const stateDir = path.join(root, '.clipwright');
  const events: PipelineEvent[] = [];
  return {
    sim,
    root,
    outDir,
    stateDir,
    plan,
    events,
    run: (extra = {}) =>
      runPlan(plan, {
        clientOptions: {
          apiKey: options.sim?.apiKeys ? firstKey(options.sim.apiKeys) : DEFAULT_API_KEY,
          baseUrl: options.baseUrl?.(sim) ?? sim.url,
          clock: sim.clock,
          ...options.client,
        },
        clock: sim.clock,
        outDir,
        stateDir,
        onEvent: (e) => events.push(e),
        ...extra,
      }),
    close: () => sim.close(),
  };
}

function firstKey(keys: NonNullable<SimulatorOptions['apiKeys']>): string {
  return (Array.isArray(keys) ? keys[0] : Object.keys(keys)[0]) ?? DEFAULT_API_KEY;
}

/** Every file under `dir`, relative (posix), sorted; [] when `dir` does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** What the output folder and the state folder hold after a run, checked for leftovers. */
export interface EndState {
  /** Files in the output folder that are not a final video, its listed poster, manifest.json or index.html. */
  strays: string[];
  /** Videos on disk that the manifest does not list as completed or cached. */
  unlisted: string[];
  /** Videos the manifest lists that are not on disk. */
  missing: string[];
  /** Leftovers in `<stateDir>/tmp`. */
  temp: string[];
  manifest: {
    credits: number;
    counts: Record<string, number>;
    videos: Array<{
      name: string;
      status: string;
      path?: string;
      poster?: string;
      taskId?: string;
      sha256?: string;
      bytes?: number;
      error?: { code: string; message: string };
    }>;
  };
}

/** Reads the output folder, the manifest and the state folder's temp area. */
export async function endState(outDir: string, stateDir: string): Promise<EndState> {
  const files = await listFiles(outDir);
  const manifest = JSON.parse(
    await readFile(path.join(outDir, 'manifest.json'), 'utf8'),
  ) as EndState['manifest'];
  const listed = new Set(
    manifest.videos
      .filter((v) => v.path && (v.status === 'completed' || v.status === 'cached'))
      .map((v) => v.path as string),
  );
  // A poster frame (with ffmpeg on the PATH) belongs to a listed video.
  const posters = new Set(
    manifest.videos.filter((v) => v.poster && listed.has(v.path ?? '')).map((v) => v.poster),
  );
  const videos = files.filter((f) => f.endsWith('.mp4'));
  return {
    strays: files.filter(
      (f) => !f.endsWith('.mp4') && f !== 'manifest.json' && f !== 'index.html' && !posters.has(f),
    ),
    unlisted: videos.filter((f) => !listed.has(f)),
    missing: [...listed].filter((f) => !files.includes(f)),
    temp: await listFiles(path.join(stateDir, 'tmp')),
    manifest,
  };
}

/** The journal's entries (an empty object when there is none). */
export async function readJournal(
  stateDir: string,
): Promise<Record<string, { attempt: number; key?: string; taskId?: string; failure?: object }>> {
  try {
    return JSON.parse(await readFile(path.join(stateDir, 'journal.json'), 'utf8')).entries;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Resolves once the journal in `stateDir` satisfies `test` (watched, not polled). */
export function journalWhere(
  stateDir: string,
  test: (entries: Awaited<ReturnType<typeof readJournal>>) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(stateDir, () => {
      readJournal(stateDir).then(
        (entries) => {
          if (test(entries)) {
            watcher.close();
            resolve();
          }
        },
        () => {},
      );
    });
    watcher.on('error', reject);
  });
}

/** The bytes the simulator serves at a completed task's link (seen in the run's events), fetched directly. */
export async function referenceVideo(events: PipelineEvent[], taskId: string): Promise<Buffer> {
  const url = events
    .flatMap((e) => (e.type === 'progress' && e.task.id === taskId ? (e.task.results ?? []) : []))
    .at(-1);
  if (!url) throw new Error(`no link of task ${taskId} was seen`);
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}
