import { createRequire } from 'node:module';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type CliContext, type CliDeps, defaultDeps } from './cli-context.ts';
import { describeError } from './cli-error.ts';
import type { CliIo, OutStream } from './cli-io.ts';
// Commands load on use (types only here): `validate` never loads the simulator, its video
// encoder or git, which keeps the start-up short (`cli.coldStartMs` in the bench).
import type { DiffFlags } from './commands/diff.ts';
import type { DoctorFlags } from './commands/doctor.ts';
import type { GenerateFlags } from './commands/generate.ts';
import type { SimulatorFlags } from './commands/simulator.ts';
import type { StatusFlags } from './commands/status.ts';
import { exitCodes } from './exit-codes.ts';
import {
  addPlanOptions,
  type PlanFlags,
  parseNonNegative,
  parsePositiveInt,
} from './plan-options.ts';
import { redactingStream } from './redacting-stream.ts';
import { createStyle } from './style.ts';

/**
 * Runs `clipwright <argv>` in-process and resolves to its exit code. Every side effect goes
 * through `io` and `deps`, so tests drive it without a subprocess.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  deps: Partial<CliDeps> = {},
): Promise<number> {
  // Belt and braces: whatever a library puts in a message, the key is never printed.
  const secret = io.env.EVOLINK_API_KEY?.trim();
  const safeIo: CliIo =
    secret && secret.length >= 4
      ? {
          ...io,
          stdout: redactingStream(io.stdout, secret),
          stderr: redactingStream(io.stderr, secret),
        }
      : io;
  const ctx: CliContext = { io: safeIo, deps: { ...defaultDeps, ...deps } };
  let exitCode: number = exitCodes.ok;
  const program = buildProgram(ctx, (run) => async (...args) => {
    exitCode = await run(...args);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end with code 0; every parse error is invalid input.
      return err.exitCode === 0 ? exitCodes.ok : exitCodes.invalidInput;
    }
    const { message, exitCode: code, bug } = describeError(err);
    const s = createStyle(safeIo.stderr, safeIo.env);
    safeIo.stderr.write(`${s.red('clipwright:')} ${message}\n`);
    if (bug) {
      safeIo.stderr.write(
        safeIo.env.CLIPWRIGHT_DEBUG && err instanceof Error && err.stack
          ? `${err.stack}\n`
          : 'This is a bug in Clipwright; set CLIPWRIGHT_DEBUG=1 to see the stack trace and please report it.\n',
      );
    }
    return code;
  }
}

type Run = (...args: unknown[]) => Promise<number> | number;
type Wrap = (run: Run) => (...args: unknown[]) => Promise<void>;

function buildProgram(ctx: CliContext, wrap: Wrap): Command {
  const { io } = ctx;
  const program = new Command('clipwright');
  const write = (stream: OutStream) => (text: string) => void stream.write(text);
  program
    .description("Prompt files in your repository become MP4 videos, on EvoLink's video API.")
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run `clipwright --help` for usage)')
    .configureOutput({
      writeOut: write(io.stdout),
      writeErr: write(io.stderr),
      outputError: (text, out) => out(createStyle(io.stderr, io.env).red(text)),
      getOutHelpWidth: () => io.stdout.columns || 80,
      getErrHelpWidth: () => io.stderr.columns || 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText(
      'after',
      '\nThe API key is read from EVOLINK_API_KEY only. Exit codes: 0 done, 1 some videos failed,\n2 invalid input, 3 no or refused API key, 4 API or network error, 130 interrupted.\nBefore a first real run: `clipwright doctor` checks the URL, the key and the balance for free.',
    );

  addPlanOptions(
    program
      .command('generate')
      .description('plan, create and download the videos to --out')
      .argument(
        '[globs...]',
        'prompt files to use (default **/*.prompt.md, prompts/**/*.md, clipwright.yml)',
      ),
  )
    .option('--out <dir>', 'where videos, manifest.json and index.html go (default <root>/out)')
    .option('--base-url <url>', 'API base URL (default EVOLINK_BASE_URL or https://api.evolink.ai)')
    .option('--concurrency <n>', 'videos in flight at once (default 4)', parsePositiveInt)
    .option('--max-credits <n>', 'never spend more credits than this', parseNonNegative)
    .option('--fail-fast', 'start no new video after the first failure')
    .option('--regenerate', 'ignore the cache and journal: make every video anew (pays again)')
    .option('--state-dir <dir>', 'cache and journal (default <root>/.clipwright)')
    .option(
      '--grace <seconds>',
      'on Ctrl-C, keep waiting this long for tasks already created',
      parseNonNegative,
      0,
    )
    .option('--title <title>', 'gallery page title')
    .action(
      wrap(async (globs, flags) =>
        (await import('./commands/generate.ts')).generate(
          globs as string[],
          flags as GenerateFlags,
          ctx,
        ),
      ),
    );

  addPlanOptions(
    program
      .command('plan')
      .description('dry run: the jobs, their parameters and estimated credits; no API call')
      .argument('[globs...]', 'prompt files to use'),
  ).action(
    wrap(async (globs, flags) =>
      (await import('./commands/plan.ts')).plan(globs as string[], flags as PlanFlags, ctx),
    ),
  );

  addPlanOptions(
    program
      .command('diff')
      .description(
        'the credit cost of a change: videos added, changed, removed between two commits; no API call',
      )
      .argument('[globs...]', 'prompt files to use'),
  )
    .option(
      '--base <ref>',
      'the commit to compare with (default: merge base with the default branch)',
    )
    .option('--head <ref>', 'the commit that changes it (default: the work tree)')
    .option(
      '--max-credits-delta <n>',
      'exit 1 when the change adds more than n estimated credits',
      parseNonNegative,
    )
    .option('--state-dir <dir>', 'cache to count already made videos (default <root>/.clipwright)')
    .action(
      wrap(async (globs, flags) =>
        (await import('./commands/diff.ts')).diff(globs as string[], flags as DiffFlags, ctx),
      ),
    );

  addPlanOptions(
    program
      .command('validate')
      .description(
        'check prompt files: every problem with file:line:column and a fix (exit 2 if any)',
      )
      .argument('[globs...]', 'prompt files to check'),
  ).action(
    wrap(async (globs, flags) =>
      (await import('./commands/validate.ts')).validate(globs as string[], flags as PlanFlags, ctx),
    ),
  );

  addPlanOptions(
    program
      .command('doctor')
      .description(
        'at no cost: does the API answer, is the key accepted, the balance, does the plan fit (exit 0, 1, 3, 4)',
      )
      .argument('[globs...]', 'prompt files to weigh against the balance'),
  )
    .option('--base-url <url>', 'API base URL (default EVOLINK_BASE_URL or https://api.evolink.ai)')
    .option(
      '--state-dir <dir>',
      'cache and journal: videos made or paid for cost nothing (default <root>/.clipwright)',
    )
    .addHelpText(
      'after',
      '\nOne GET /v1/credits, never a create. Exit codes: 0 the API answers and the key is accepted\n(balance unknown when the API gives none), 1 the balance is below every video to make\n(generate would refuse to start), 3 no or refused API key, 4 the API does not answer.',
    )
    .action(
      wrap(async (globs, flags) =>
        (await import('./commands/doctor.ts')).doctor(globs as string[], flags as DoctorFlags, ctx),
      ),
    );

  program
    .command('status')
    .description('show a task (one query; --wait follows it to the end)')
    .argument('<task-id>', 'e.g. task-unified-1763700000-abcd1234')
    .option('--base-url <url>', 'API base URL (default EVOLINK_BASE_URL or https://api.evolink.ai)')
    .option('--wait', 'poll until the task finishes')
    .option('--json', 'the task as JSON')
    .action(
      wrap(async (id, flags) =>
        (await import('./commands/status.ts')).status(id as string, flags as StatusFlags, ctx),
      ),
    );

  program
    .command('download')
    .description('download the video of a completed task')
    .argument('<task-id>', 'the task')
    .argument('[path]', 'where to save it (default <task-id>.mp4)')
    .option('--base-url <url>', 'API base URL (default EVOLINK_BASE_URL or https://api.evolink.ai)')
    .option('--json', 'the result (path, bytes, sha256) as JSON')
    .option('-q, --quiet', 'print nothing on success')
    .action(
      wrap(async (id, path, flags) =>
        (await import('./commands/download.ts')).download(
          id as string,
          path as string | undefined,
          flags as { json?: boolean },
          ctx,
        ),
      ),
    );

  program
    .command('models')
    .description('the models, their parameters, allowed values and defaults')
    .option('--json', 'as JSON')
    .action(
      wrap(async (flags) =>
        (await import('./commands/models.ts')).models(flags as { json?: boolean }, ctx),
      ),
    );

  program
    .command('simulator')
    .description('start the local EvoLink simulator (until Ctrl-C)')
    .addOption(
      new Option('--port <port>', 'TCP port (0: any free one)').default(8787).argParser(parsePort),
    )
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option(
      '--time-scale <n>',
      'simulated time runs this many times faster',
      parsePositiveNumber,
      1,
    )
    .option('--seed <n>', 'seed of the random choices', parsePositiveInt)
    .option(
      '--api-key <key>',
      'a key it accepts, repeatable (default its public demo key)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--faults <file>', 'a JSON fault spec (see the simulator README)')
    .option('--json', 'print the address as JSON')
    .action(
      wrap(async (flags) =>
        (await import('./commands/simulator.ts')).simulator(flags as SimulatorFlags, ctx),
      ),
    );

  for (const command of program.commands) {
    command
      .exitOverride()
      .configureOutput(program.configureOutput())
      .showHelpAfterError(`(run \`clipwright ${command.name()} --help\` for usage)`);
  }
  return program;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('expected a port 0-65535.');
  return n;
}

function parsePositiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0.');
  return n;
}

/** The version in the package's own package.json (one level up from src/ and dist/). */
function packageVersion(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}
