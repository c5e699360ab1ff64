import { Command } from 'commander';
import type { CliContext } from '../cli-context.ts';
import type { OutStream } from '../cli-io.ts';
import { packageVersion } from '../package-version.ts';
import { createStyle } from '../report/style.ts';
import { examplesText } from './help-examples.ts';
import { addPlanCommands } from './plan-commands.ts';
import { addServiceCommands } from './service-commands.ts';
import { addSetupCommands } from './setup-commands.ts';
import type { Wrap } from './wrap.ts';

const HELP_AFTER =
  '\nThe API key is read from EVOLINK_API_KEY only. Exit codes: 0 done, 1 some videos failed,\n2 invalid input, 3 no or refused API key, 4 API or network error, 130 interrupted.\nBefore a first real run: `clipwright doctor` checks the URL, the key and the balance for free.';

/** The `clipwright` program: its commands, each run through `wrap`, writing through `ctx.io`. */
export function buildProgram(ctx: CliContext, wrap: Wrap): Command {
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
    .addHelpText('after', `${HELP_AFTER}\n${examplesText('program')}`);
  addPlanCommands(program, { ctx, wrap });
  addServiceCommands(program, { ctx, wrap });
  addSetupCommands(program, { ctx, wrap });
  for (const command of program.commands) {
    command
      .exitOverride()
      .configureOutput(program.configureOutput())
      .showHelpAfterError(`(run \`clipwright ${command.name()} --help\` for usage)`)
      .addHelpText('after', examplesText(command.name()));
  }
  return program;
}
