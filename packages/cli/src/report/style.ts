import { styleText } from 'node:util';
import type { OutStream } from '../cli-io.ts';

type Format = Parameters<typeof styleText>[0];

/** Text styles for one stream; each is the identity when colour is off. */
export interface Style {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/**
 * Colour is on only on a terminal, unless `NO_COLOR` is set (any non-empty value, see
 * no-color.org) or `TERM=dumb`; `FORCE_COLOR` (non-empty, not `0`) turns it on anywhere.
 * The decision is ours, from the injected env, rather than `styleText`'s own look at
 * `process.env`, so tests can drive it.
 */
export function colorEnabled(stream: OutStream, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function createStyle(stream: OutStream, env: Record<string, string | undefined>): Style {
  const on = colorEnabled(stream, env);
  const style = (format: Format) => (text: string) =>
    on ? styleText(format, text, { validateStream: false }) : text;
  return {
    red: style('red'),
    green: style('green'),
    yellow: style('yellow'),
    dim: style('dim'),
    bold: style('bold'),
  };
}
