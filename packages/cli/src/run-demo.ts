import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunCli } from './cli-context.ts';
import { type CliIo, processIo } from './cli-io.ts';
import { exitCodes } from './exit-codes.ts';

export interface DemoOptions {
  /** Runs `generate`: `runCli` (passed in, so that this module does not import the program). */
  runCli: RunCli;
  /** Side effects. Default: the real process. */
  io?: CliIo;
  /** The prompt files. Default: the repository's `examples/`. */
  root?: string;
  /** Output folder. Default `out` under `io.cwd`. */
  out?: string;
  /** Simulated seconds per real second. Default 100. */
  timeScale?: number;
  /** Extra `generate` flags, e.g. `['--json']`. Default none. */
  args?: string[];
}

/**
 * The demo's prompt files: `examples/` inside the package (the build copies the repository's
 * there, so the published package has them), else the checkout's own `examples/`.
 */
export const examplesDir = [
  fileURLToPath(new URL('../examples', import.meta.url)),
  fileURLToPath(new URL('../../../examples', import.meta.url)),
].find((dir) => existsSync(dir)) as string;

/** The storyboard example, relative to the examples (named, so the default globs leave it out). */
export const STORYBOARD_EXAMPLE = 'storyboard/release-promo.md';

/**
 * The demo: starts the simulator in-process with accelerated time, and runs `generate` on
 * the example prompt files against it, with the simulator's public demo key (never the
 * real API, whatever the environment says). Writes real MP4s, manifest.json and index.html.
 * One example fails moderation on purpose, so exit code 1 from `generate` is expected here.
 * The storyboard example is one of them: three shots stitched into one promo with ffmpeg.
 */
export async function runDemo(options: DemoOptions): Promise<number> {
  const io = options.io ?? processIo();
  const timeScale = options.timeScale ?? 100;
  const out = resolve(io.cwd, options.out ?? 'out');
  // Loaded on use: the bundled CLI keeps the simulator outside (see build.mjs).
  const { DEFAULT_API_KEY, startSimulator } = await import('@clipwright/simulator');
  const sim = await startSimulator({ port: 0, timeScale });
  // A fresh journal and cache: the simulator is new, so tasks of an earlier demo do not exist.
  const stateDir = await mkdtemp(join(tmpdir(), 'clipwright-demo-'));
  try {
    const root = options.root ?? examplesDir;
    io.stderr.write(
      `Clipwright demo: EvoLink simulator on ${sim.url} (time ${timeScale}x), prompts in ${root}\n`,
    );
    const generate = (more: string[]) =>
      options.runCli(
        [
          'generate',
          '--root',
          root,
          '--out',
          out,
          '--base-url',
          sim.url,
          '--state-dir',
          stateDir,
          '--title',
          'Clipwright demo',
          ...more,
          ...(options.args ?? []),
        ],
        // The demo talks to its own simulator only: its key and base URL override the environment.
        { ...io, env: { ...io.env, EVOLINK_API_KEY: DEFAULT_API_KEY, EVOLINK_BASE_URL: sim.url } },
        { clock: sim.clock },
      );
    // The storyboard example is named (the default globs leave it out), with the other
    // examples and the manifest, and a demo tag for its title card's `{{ version }}`.
    const withStoryboard = existsSync(join(root, STORYBOARD_EXAMPLE))
      ? ['**/*.prompt.md', STORYBOARD_EXAMPLE, '--manifest', 'clipwright.yml', '--tag', 'v1.0.0']
      : [];
    const code = await generate(withStoryboard);
    if (code !== exitCodes.ok && code !== exitCodes.someFailed) return code;
    if (!options.args?.includes('--json')) {
      io.stdout.write(
        [
          '',
          'One video failing is part of the demo: moderation-fail.prompt.md asks the simulator to',
          'refuse it (sim:fail=content_policy_violation), to show how failures look.',
          `The storyboard ${STORYBOARD_EXAMPLE} is cut into release-promo.mp4: three shots,`,
          'crossfaded, between a title card and an end card (with ffmpeg on the PATH).',
          `Open the gallery: ${join(out, 'index.html')}`,
          '',
        ].join('\n'),
      );
    }
    return exitCodes.ok;
  } finally {
    await sim.close();
    await rm(stateDir, { recursive: true, force: true });
  }
}
