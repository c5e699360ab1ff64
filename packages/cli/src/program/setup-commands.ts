import type { Command } from 'commander';
import type { InitFlags } from '../commands/init.ts';
import {
  type CompletionShell,
  completionScript,
  completionShells,
} from '../completion/completion-script.ts';
import type { Definer } from './wrap.ts';

/** The first-hour commands: init, demo, completion. */
export function addSetupCommands(program: Command, d: Definer): void {
  addInit(program, d);
  addDemo(program, d);
  addCompletion(program, d);
}

function addInit(program: Command, { ctx, wrap }: Definer): void {
  program
    .command('init')
    .description('write a starter prompt, the .gitignore lines and a workflow (never overwrites)')
    .option('--root <dir>', 'the repository root (default: the current directory)')
    .option('--prompt', `only the starter prompt (prompts/first-video.md)`)
    .option('--gitignore', 'only the .gitignore lines (out/ and .clipwright/)')
    .option('--workflow', 'only the workflow (.github/workflows/clipwright.yml)')
    .option('--all', 'all three, without asking')
    .option('-y, --yes', 'do not ask: all three, or the parts named')
    .action(
      wrap(async (flags) => (await import('../commands/init.ts')).init(flags as InitFlags, ctx)),
    );
}

function addDemo(program: Command, { ctx, wrap }: Definer): void {
  program
    .command('demo')
    .description('try it without a key: the example prompts, made on a local simulator')
    .option('--out <dir>', 'where the demo videos and gallery go (default ./out)')
    .option('--json', 'NDJSON events on stdout')
    .action(
      wrap(async (flags) => {
        const { out, json } = flags as { out?: string; json?: boolean };
        return (await import('../run-demo.ts')).runDemo({
          runCli: ctx.run,
          io: ctx.io,
          ...(out && { out }),
          ...(json && { args: ['--json'] }),
        });
      }),
    );
}

function addCompletion(program: Command, { ctx, wrap }: Definer): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(program.createArgument('<shell>', 'the shell').choices(completionShells))
    .action(
      wrap((shell) => {
        ctx.io.stdout.write(completionScript(program, shell as CompletionShell));
        return 0;
      }),
    );
}
