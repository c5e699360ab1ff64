import { type Client, type ClientOptions, type Clock, createClient } from '@clipwright/core';
import { type LiveCatalog, type LoadCatalogOptions, loadCatalog } from '@clipwright/core/internal';
import type { Simulator, SimulatorOptions } from '@clipwright/simulator';
import { CliError } from './cli-error.ts';
import type { CliIo } from './cli-io.ts';
import { exitCodes } from './exit-codes.ts';

/** Collaborators a command may need besides I/O; each has a real default. */
export interface CliDeps {
  /** Makes the API client. Default core's `createClient`. */
  createClient: (options: ClientOptions) => Client;
  /** Reads the vendor's catalog, prices and health (`models --live`). Default core's `loadCatalog`. */
  loadCatalog: (options: LoadCatalogOptions) => Promise<LiveCatalog>;
  /** Clock for the client's waits and the pipeline's journal. Default: the real clock. */
  clock?: Clock;
  /** Starts the local simulator (`clipwright simulator`). Default the simulator package's. */
  startSimulator: (options: SimulatorOptions) => Promise<Simulator>;
  /**
   * May the CLI ask a question: stdin and stderr are terminals and `CI` is not set.
   * Default: that, from the real process.
   */
  interactive: (io: CliIo) => boolean;
  /** Asks yes or no; `undefined` when cancelled (Ctrl-C). Default @clack/prompts' confirm. */
  confirm: (message: string) => Promise<boolean | undefined>;
  /** Asks for some of `options` (all selected at first); `undefined` when cancelled. Default @clack/prompts' multiselect. */
  choose: (question: {
    message: string;
    options: Array<{ value: string; label: string }>;
  }) => Promise<string[] | undefined>;
}

/** `runCli`'s shape: a command that runs another (the demo runs `generate`) gets it from the context. */
export type RunCli = (argv: string[], io: CliIo, deps?: Partial<CliDeps>) => Promise<number>;

export interface CliContext {
  io: CliIo;
  deps: CliDeps;
  /** `runCli` itself. */
  run: RunCli;
}

export const defaultDeps: CliDeps = {
  createClient,
  loadCatalog,
  // Loaded on use: the simulator (and its video encoder) is only for `clipwright simulator`.
  startSimulator: async (options) =>
    (await import('@clipwright/simulator')).startSimulator(options),
  interactive: (io) => process.stdin.isTTY === true && io.stderr.isTTY === true && !io.env.CI,
  confirm: async (message) => {
    const clack = await import('@clack/prompts');
    const answer = await clack.confirm({ message, initialValue: false, output: process.stderr });
    return clack.isCancel(answer) ? undefined : answer;
  },
  choose: async ({ message, options }) => {
    const clack = await import('@clack/prompts');
    const answer = await clack.multiselect({
      message,
      options,
      initialValues: options.map((o) => o.value),
      required: false,
      output: process.stderr,
    });
    return clack.isCancel(answer) ? undefined : answer;
  },
};

/**
 * The client for a command that calls the API. The key comes only from `EVOLINK_API_KEY`:
 * a flag would land in shell history and process listings.
 */
export function clientFromEnv(ctx: CliContext, flags: { baseUrl?: string }): Client {
  const apiKey = ctx.io.env.EVOLINK_API_KEY?.trim();
  if (!apiKey) {
    throw new CliError(
      'EVOLINK_API_KEY is not set.\n' +
        'Export your EvoLink API key first (it is read only from the environment, never from a flag):\n' +
        '  export EVOLINK_API_KEY=...\n' +
        'To try Clipwright without one, run `clipwright demo`, or start `clipwright simulator` and use the key it prints.',
      exitCodes.notConfigured,
    );
  }
  const baseUrl = baseUrlOf(ctx, flags);
  return ctx.deps.createClient({
    apiKey,
    ...(baseUrl ? { baseUrl } : {}),
    env: ctx.io.env,
    ...(ctx.deps.clock ? { clock: ctx.deps.clock } : {}),
  });
}

/**
 * The API base URL from `--base-url`, else `EVOLINK_BASE_URL`, else `undefined` (core's
 * default). Anything but an http(s) URL is refused before a request, naming where it came from.
 */
export function baseUrlOf(ctx: CliContext, flags: { baseUrl?: string }): string | undefined {
  const from = flags.baseUrl !== undefined ? '--base-url' : 'EVOLINK_BASE_URL';
  const value = flags.baseUrl ?? (ctx.io.env.EVOLINK_BASE_URL || undefined);
  if (value === undefined) return undefined;
  const url = URL.parse(value.trim());
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname)
    return value.trim();
  throw new CliError(
    `${from} is not an http(s) URL: ${JSON.stringify(value)}.\n` +
      `Give the API's address, e.g. ${from === '--base-url' ? '--base-url https://api.evolink.ai' : 'EVOLINK_BASE_URL=https://api.evolink.ai'}` +
      `${from === 'EVOLINK_BASE_URL' ? ', or unset it for that default' : ''}. Nothing was sent.`,
    exitCodes.invalidInput,
  );
}
