import type { CliIo } from '../cli-io.ts';
import { JsonReporter } from './json-reporter.ts';
import { PlainReporter } from './plain-reporter.ts';
import type { Reporter } from './reporter.ts';
import { terminalSafeDeep } from './terminal-text.ts';
import { TtyReporter } from './tty-reporter.ts';

export interface ReporterOptions {
  io: CliIo;
  /** NDJSON events on stdout. */
  json: boolean;
  /** Nothing but failures. */
  quiet: boolean;
}

/** NDJSON with `--json`; bars when stderr is a terminal; plain lines otherwise. */
export function createReporter({ io, json, quiet }: ReporterOptions): Reporter {
  if (json) return new JsonReporter(io.stdout);
  return textOnly(
    !quiet && io.stderr.isTTY ? new TtyReporter(io) : new PlainReporter(io, { quiet }),
  );
}

/** A reporter that sees every string of an event (names, paths, server messages) terminal-safe. */
function textOnly(reporter: Reporter): Reporter {
  return {
    event: (e) => reporter.event(terminalSafeDeep(e)),
    stop: () => reporter.stop(),
  };
}
