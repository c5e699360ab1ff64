import type { Command } from 'commander';
// Commands load on use (types only here): `validate` never loads the simulator, its video
// encoder or git, which keeps the start-up short (`cli.coldStartMs` in the bench).
import type { DiffFlags } from '../commands/diff.ts';
import type { DoctorFlags } from '../commands/doctor.ts';
import type { GenerateFlags } from '../commands/generate.ts';
import { DEFAULT_CONFIRM_ABOVE } from '../confirm-spend.ts';
import {
  addPlanOptions,
  type PlanFlags,
  parseNonNegative,
  parsePositiveInt,
} from '../plan-options.ts';
import type { Definer } from './wrap.ts';

const BASE_URL_HELP = 'API base URL (default EVOLINK_BASE_URL or https://api.evolink.ai)';

/** The commands that read prompt files: generate, plan, diff, validate, doctor. */
export function addPlanCommands(program: Command, d: Definer): void {
  addGenerate(program, d);
  addPlan(program, d);
  addDiff(program, d);
  addValidate(program, d);
  addDoctor(program, d);
}

function addGenerate(program: Command, { ctx, wrap }: Definer): void {
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
    .option('--base-url <url>', BASE_URL_HELP)
    .option('--concurrency <n>', 'videos in flight at once (default 4)', parsePositiveInt)
    .option('--max-credits <n>', 'never spend more credits than this', parseNonNegative)
    .option(
      '--confirm-above <credits>',
      `on a terminal, ask before a run estimated above this (default CLIPWRIGHT_CONFIRM_ABOVE or ${DEFAULT_CONFIRM_ABOVE}); never asked in a pipe or CI`,
      parseNonNegative,
    )
    .option('-y, --yes', 'never ask before spending (the budget and balance checks still apply)')
    .option(
      '--max-credits-per-video <n>',
      'the most one video without a published price may cost (needed for such videos under --max-credits)',
      parseNonNegative,
    )
    .option('--fail-fast', 'start no new video after the first failure')
    .option('--regenerate', 'ignore the cache and journal: make every video anew (pays again)')
    .option(
      '--retry-suspect <n>',
      'generate a video whose delivery check failed (suspect) again, at most n times (each retry pays, within --max-credits); default: never',
      parsePositiveInt,
    )
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
        (await import('../commands/generate.ts')).generate(
          globs as string[],
          flags as GenerateFlags,
          ctx,
        ),
      ),
    );
}

function addPlan(program: Command, { ctx, wrap }: Definer): void {
  addPlanOptions(
    program
      .command('plan')
      .description('dry run: the jobs, their parameters and estimated credits; no API call')
      .argument('[globs...]', 'prompt files to use'),
  ).action(
    wrap(async (globs, flags) =>
      (await import('../commands/plan.ts')).plan(globs as string[], flags as PlanFlags, ctx),
    ),
  );
}

function addDiff(program: Command, { ctx, wrap }: Definer): void {
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
        (await import('../commands/diff.ts')).diff(globs as string[], flags as DiffFlags, ctx),
      ),
    );
}

function addValidate(program: Command, { ctx, wrap }: Definer): void {
  addPlanOptions(
    program
      .command('validate')
      .description(
        'check prompt files: every problem with file:line:column and a fix (exit 2 if any)',
      )
      .argument('[globs...]', 'prompt files to check'),
  ).action(
    wrap(async (globs, flags) =>
      (await import('../commands/validate.ts')).validate(
        globs as string[],
        flags as PlanFlags,
        ctx,
      ),
    ),
  );
}

function addDoctor(program: Command, { ctx, wrap }: Definer): void {
  addPlanOptions(
    program
      .command('doctor')
      .description(
        'at no cost: does the API answer, is the key accepted, the balance, does the plan fit (exit 0, 1, 3, 4)',
      )
      .argument('[globs...]', 'prompt files to weigh against the balance'),
  )
    .option('--base-url <url>', BASE_URL_HELP)
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
        (await import('../commands/doctor.ts')).doctor(
          globs as string[],
          flags as DoctorFlags,
          ctx,
        ),
      ),
    );
}
