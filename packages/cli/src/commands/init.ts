import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import {
  gitignoreLines,
  type StarterPart,
  starterParts,
  starterPaths,
  starterPrompt,
  starterWorkflow,
} from '../init/starter-files.ts';

export interface InitFlags {
  root?: string;
  prompt?: boolean;
  gitignore?: boolean;
  workflow?: boolean;
  /** Every part, without asking. */
  all?: boolean;
  yes?: boolean;
}

/**
 * `clipwright init`: a starter prompt, the `.gitignore` lines and a workflow. On a terminal
 * it asks which (unless parts are named or `--yes`); elsewhere it writes the parts named by
 * flags, or all of them. It never overwrites a file: an existing prompt or workflow is left
 * as it is and said so, and `.gitignore` only gets the lines it lacks.
 */
export async function init(flags: InitFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const root = resolve(io.cwd, flags.root ?? '.');
  const named = starterParts.filter((p) => flags[p] === true);
  let parts: readonly StarterPart[];
  if (named.length > 0) parts = named;
  else if (flags.all || flags.yes || !ctx.deps.interactive(io)) parts = starterParts;
  else {
    const chosen = await ctx.deps.choose({
      message: `What should clipwright init write in ${root}?`,
      options: starterParts.map((p) => ({ value: p, label: starterPaths[p] })),
    });
    if (chosen === undefined) {
      io.stderr.write('Cancelled: nothing was written.\n');
      return exitCodes.interrupted;
    }
    parts = chosen as StarterPart[];
  }
  const lines: string[] = [];
  for (const part of parts) lines.push(await writePart(root, part));
  lines.push(
    '',
    'Next: `clipwright validate`, `clipwright plan` (free), then `clipwright generate` with',
    'EVOLINK_API_KEY set; `clipwright demo` tries it all on a local simulator without a key.',
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return exitCodes.ok;
}

async function writePart(root: string, part: StarterPart): Promise<string> {
  const rel = starterPaths[part];
  const file = join(root, rel);
  if (part === 'gitignore') {
    const had = existsSync(file) ? await readFile(file, 'utf8') : '';
    const present = new Set(had.split(/\r?\n/).map((l) => l.trim()));
    const missing = gitignoreLines.filter((l) => !present.has(l) && !present.has(l.slice(0, -1)));
    if (missing.length === 0) return `kept    ${rel} (already ignores ${gitignoreLines.join(' ')})`;
    const sep = had === '' || had.endsWith('\n') ? '' : '\n';
    await appendFile(
      file,
      `${sep}# Clipwright: the videos, and its cache and journal\n${missing.join('\n')}\n`,
    );
    return `${had === '' ? 'wrote' : 'added'}   ${rel}: ${missing.join(' ')}`;
  }
  if (existsSync(file)) return `kept    ${rel} (it exists; nothing was overwritten)`;
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, part === 'prompt' ? starterPrompt : starterWorkflow, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST')
      return `kept    ${rel} (it exists; nothing was overwritten)`;
    throw new CliError(`Could not write ${rel}: ${(err as Error).message}`, exitCodes.invalidInput);
  }
  return `wrote   ${rel}${part === 'workflow' ? ' (add the secret EVOLINK_API_KEY to the repository)' : ''}`;
}
