import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FaultSpec } from '@clipwright/simulator';
import type { CliContext } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { writeJsonLine } from '../report/json-line.ts';

export interface SimulatorFlags {
  port: number;
  host: string;
  timeScale: number;
  seed?: number;
  /** Keys the simulator accepts (repeatable). Default: its public demo key. */
  apiKey?: string[];
  /** A JSON fault spec file, as `pnpm simulator --faults`. */
  faults?: string;
  json?: boolean;
}

/** `clipwright simulator`: the local EvoLink server, until Ctrl-C or SIGTERM. */
export async function simulator(flags: SimulatorFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  // Loaded here, not at the top: the bundled bin must not load the simulator for other commands.
  const { DEFAULT_API_KEY, parseFaultSpec } = await import('@clipwright/simulator');
  const keys = flags.apiKey && flags.apiKey.length > 0 ? flags.apiKey : [DEFAULT_API_KEY];
  const faults = flags.faults
    ? await readFaults(resolve(io.cwd, flags.faults), parseFaultSpec)
    : undefined;
  const sim = await ctx.deps.startSimulator({
    port: flags.port,
    host: flags.host,
    timeScale: flags.timeScale,
    apiKeys: keys,
    ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
    ...(faults ? { faults } : {}),
  });
  const key = keys[0] ?? DEFAULT_API_KEY;
  if (flags.json) {
    writeJsonLine(io.stdout, {
      type: 'listening',
      url: sim.url,
      apiKey: key,
      timeScale: flags.timeScale,
    });
  } else {
    io.stdout.write(
      [
        `EvoLink simulator listening on ${sim.url} (time ${flags.timeScale}x).`,
        'Use it from another terminal:',
        `  export EVOLINK_API_KEY=${key}${key === DEFAULT_API_KEY ? "   # the simulator's public demo key" : ''}`,
        `  export EVOLINK_BASE_URL=${sim.url}`,
        '  clipwright generate',
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

async function readFaults(
  path: string,
  parseFaultSpec: (value: unknown) => FaultSpec,
): Promise<FaultSpec> {
  try {
    return parseFaultSpec(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    throw new CliError(
      `--faults ${path}: ${(error as Error).message}\nGive a JSON fault spec (see the simulator's README, "Faults").`,
      exitCodes.invalidInput,
    );
  }
}
