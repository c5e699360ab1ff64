import { DEFAULT_API_KEY } from '@clipwright/simulator';
import type { CliContext } from '../cli-context.ts';
import { exitCodes } from '../exit-codes.ts';
import { writeJsonLine } from '../json-reporter.ts';

export interface SimulatorFlags {
  port: number;
  host: string;
  timeScale: number;
  seed?: number;
  json?: boolean;
}

/** `clipwright simulator`: the local EvoLink server, until Ctrl-C or SIGTERM. */
export async function simulator(flags: SimulatorFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const sim = await ctx.deps.startSimulator({
    port: flags.port,
    host: flags.host,
    timeScale: flags.timeScale,
    ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
  });
  if (flags.json) {
    writeJsonLine(io.stdout, {
      type: 'listening',
      url: sim.url,
      apiKey: DEFAULT_API_KEY,
      timeScale: flags.timeScale,
    });
  } else {
    io.stdout.write(
      [
        `EvoLink simulator listening on ${sim.url} (time ${flags.timeScale}x).`,
        'Use it from another terminal:',
        `  export EVOLINK_API_KEY=${DEFAULT_API_KEY}   # the simulator's public demo key`,
        `  clipwright generate --root examples --base-url ${sim.url}`,
        'Stop it with Ctrl-C.',
        '',
      ].join('\n'),
    );
  }
  const signal = await new Promise<'SIGINT' | 'SIGTERM'>((done) => {
    const stop = (name: 'SIGINT' | 'SIGTERM') => () => {
      io.signals.off('SIGINT', onInt);
      io.signals.off('SIGTERM', onTerm);
      done(name);
    };
    const onInt = stop('SIGINT');
    const onTerm = stop('SIGTERM');
    io.signals.on('SIGINT', onInt);
    io.signals.on('SIGTERM', onTerm);
  });
  await sim.close();
  if (!flags.json) io.stderr.write(`Simulator stopped (${signal}).\n`);
  return exitCodes.ok;
}
