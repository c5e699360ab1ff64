import { resolve } from 'node:path';
import { diffCommits, GitRefError } from '@clipwright/pipeline';
import { folderCache } from '@clipwright/pipeline/internal';
import { diffToJson, formatDiffTable, signedCredits } from '@clipwright/pipeline/report';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { type PlanFlags, planOptionsOf, stateDirOf } from '../plan-options.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { trustedStateDir } from '../state/trusted-state-dir.ts';

export interface DiffFlags extends PlanFlags {
  base?: string;
  head?: string;
  maxCreditsDelta?: number;
  stateDir?: string;
}

/**
 * `clipwright diff`: what a change to prompt files costs. Plans base and head from git alone
 * (no key, no request) and classifies every video. Exit 1 when the delta exceeds
 * `--max-credits-delta`.
 */
export async function diff(globs: string[], flags: DiffFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const { root, fs: _fs, changedFiles: _c, shard: _s, ...plan } = planOptionsOf(globs, flags, io);
  const stateDir = await trustedStateDir(stateDirOf(flags, root, io), root, io);
  const result = await asInputError(async () =>
    diffCommits({
      root,
      ...(flags.base ? { base: flags.base } : {}),
      ...(flags.head ? { head: flags.head } : {}),
      plan,
      cache: folderCache(resolve(stateDir, 'cache')),
    }),
  );
  const over = flags.maxCreditsDelta !== undefined && result.delta > flags.maxCreditsDelta;
  if (flags.json) {
    writeJsonLine(io.stdout, { ...(diffToJson(result) as object), overLimit: over });
  } else {
    io.stdout.write(`${formatDiffTable(result)}\n`);
    if (over) {
      io.stderr.write(
        `The change adds ${signedCredits(result.delta)} credits, over --max-credits-delta ${flags.maxCreditsDelta}.\n`,
      );
    }
  }
  return over ? exitCodes.someFailed : exitCodes.ok;
}

/** A bad ref or a folder outside any git repository is the user's input, not a bug: exit 2. */
async function asInputError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GitRefError || error instanceof RangeError) {
      throw new CliError(error.message, exitCodes.invalidInput);
    }
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/not a git repository/i.test(stderr)) {
      throw new CliError(
        'diff needs a git repository: run it inside one (or pass --root)',
        exitCodes.invalidInput,
      );
    }
    throw error;
  }
}
