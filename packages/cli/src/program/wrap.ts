import type { CliContext } from '../cli-context.ts';

/** A command's body: resolves to its exit code. */
export type Run = (...args: unknown[]) => Promise<number> | number;
/** Turns a command's body into a commander action that records its exit code. */
export type Wrap = (run: Run) => (...args: unknown[]) => Promise<void>;

/** What every command definition gets: the context its body runs with, and the wrapper. */
export interface Definer {
  ctx: CliContext;
  wrap: Wrap;
}
