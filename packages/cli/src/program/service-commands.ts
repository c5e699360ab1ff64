import { type Command, Option } from 'commander';
import type { SimulatorFlags } from '../commands/simulator.ts';
import type { StatusFlags } from '../commands/status.ts';
import { parsePositiveInt } from '../plan-options.ts';
import { parsePort, parsePositiveNumber } from './arg-parsers.ts';
import type { Definer } from './wrap.ts';

const BASE_URL_HELP = 'API base URL (default EVOLINK_BASE_URL or https://api.evolink.ai)';

/** The commands about one task, the models, and the local simulator. */
export function addServiceCommands(program: Command, d: Definer): void {
  addStatus(program, d);
  addDownload(program, d);
  addModels(program, d);
  addSimulator(program, d);
}

function addStatus(program: Command, { ctx, wrap }: Definer): void {
  program
    .command('status')
    .description('show a task (one query; --wait follows it to the end)')
    .argument('<task-id>', 'e.g. task-unified-1763700000-abcd1234')
    .option('--base-url <url>', BASE_URL_HELP)
    .option('--wait', 'poll until the task finishes')
    .option('--json', 'the task as JSON')
    .action(
      wrap(async (id, flags) =>
        (await import('../commands/status.ts')).status(id as string, flags as StatusFlags, ctx),
      ),
    );
}

function addDownload(program: Command, { ctx, wrap }: Definer): void {
  program
    .command('download')
    .description('download the video of a completed task')
    .argument('<task-id>', 'the task')
    .argument('[path]', 'where to save it (default <task-id>.mp4)')
    .option('--base-url <url>', BASE_URL_HELP)
    .option('--json', 'the result (path, bytes, sha256) as JSON')
    .option('-q, --quiet', 'print nothing on success')
    .action(
      wrap(async (id, path, flags) =>
        (await import('../commands/download.ts')).download(
          id as string,
          path as string | undefined,
          flags as { json?: boolean },
          ctx,
        ),
      ),
    );
}

function addModels(program: Command, { ctx, wrap }: Definer): void {
  program
    .command('models')
    .description('the models: lifecycle, price, health, parameters, allowed values and defaults')
    .option('--json', 'as JSON')
    .option(
      '--live',
      "ask the vendor's catalog, price list and health (else the committed snapshot)",
    )
    .option('--base-url <url>', BASE_URL_HELP)
    .action(
      wrap(async (flags) =>
        (await import('../commands/models.ts')).models(
          flags as { json?: boolean; live?: boolean; baseUrl?: string },
          ctx,
        ),
      ),
    );
}

function addSimulator(program: Command, { ctx, wrap }: Definer): void {
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
        (await import('../commands/simulator.ts')).simulator(flags as SimulatorFlags, ctx),
      ),
    );
}
