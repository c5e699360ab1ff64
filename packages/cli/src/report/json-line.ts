import type { OutStream } from '../cli-io.ts';
import { jsonTerminalSafe } from './terminal-text.ts';

/**
 * The version of every `--json` output's layout: each object (an NDJSON event of `generate`,
 * the one object of `plan`, `validate`, `diff`, `doctor`, `status`, `download`, `models`,
 * `simulator`) starts with `"schemaVersion": 1`. It goes up when a field changes meaning or
 * goes away; new fields may appear without it.
 */
export const JSON_SCHEMA_VERSION = 1;

/**
 * One JSON object on a line of `out`, `schemaVersion` first; no raw control character, C1 or
 * bidi control in it (see `jsonTerminalSafe`).
 */
export function writeJsonLine(out: OutStream, value: Record<string, unknown>): void {
  out.write(
    `${jsonTerminalSafe(JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...value }))}\n`,
  );
}
