import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runProgram } from './child-process.ts';
import { writePromptRepo } from './prompt-repo.ts';
import { notMeasured, type ScenarioResult } from './scenario-result.ts';
import { median, round } from './summary-stats.ts';

/** The built CLI, as `npx clipwright` runs it. */
export const defaultCliBin = fileURLToPath(
  new URL('../../packages/cli/dist/bin.js', import.meta.url),
);

export interface CliStartSizes {
  /** Prompt files to validate. */
  prompts: number;
  runs: number;
}

/**
 * `node packages/cli/dist/bin.js validate` on a repository of `prompts` files, from spawn to
 * exit (wall time, median of `runs`), beside a bare `node -e 0` measured in the same rounds.
 */
export async function cliStartScenario(
  sizes: CliStartSizes,
  options: { bin?: string } = {},
): Promise<ScenarioResult> {
  const bin = options.bin ?? defaultCliBin;
  if (!existsSync(bin)) {
    return notMeasured(
      ['coldStartMs'],
      `no built CLI at ${bin}: run \`pnpm --filter @clipwright/cli... build\``,
    );
  }
  const prompts = Array.from({ length: sizes.prompts }, (_, i) => `Start-up clip ${i + 1}.`);
  const root = await writePromptRepo(prompts, { prefix: 'cli' });
  try {
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < sizes.runs; i++) {
      ours.push(await timed(process.execPath, [bin, 'validate', '--root', root]));
      bare.push(await timed(process.execPath, ['-e', '0']));
    }
    return {
      metrics: { coldStartMs: round(median(ours), 1) },
      details: {
        prompts: sizes.prompts,
        runs: sizes.runs,
        samplesMs: ours.map((ms) => round(ms, 1)),
        bareNodeMedianMs: round(median(bare), 1),
      },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function timed(program: string, args: string[]): Promise<number> {
  const started = performance.now();
  await runProgram(program, args);
  return performance.now() - started;
}
