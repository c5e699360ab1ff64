import { parseShard, type Shard } from '@clipwright/pipeline/internal';
import { type DefaultedInput, inputDefaults } from './input-defaults.ts';
import { InputError } from './input-error.ts';

/** An outcome the `fail-on` input may name. */
export type FailOutcome = 'failed' | 'invalid' | 'budget' | 'cancelled' | 'suspect';

const failOutcomes: readonly FailOutcome[] = [
  'failed',
  'invalid',
  'budget',
  'cancelled',
  'suspect',
];

/**
 * Reads an input the way @actions/core's getInput does (INPUT_<NAME>, upper case,
 * spaces to underscores, trimmed). Written here so tests pass an env object instead of
 * patching process.env.
 */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** An input, or its default from action.yml (`inputDefaults`) when unset or empty. */
export function input(env: NodeJS.ProcessEnv, name: DefaultedInput): string {
  return readInput(env, name) || inputDefaults[name];
}

export function bool(env: NodeJS.ProcessEnv, name: DefaultedInput): boolean {
  const raw = input(env, name);
  // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(name, `expected true or false, got '${raw}'`);
}

export function number(
  env: NodeJS.ProcessEnv,
  name: DefaultedInput,
  o: { min: number; max?: number; integer?: boolean; unit?: string },
): number | undefined {
  const raw = input(env, name);
  if (raw === '') return undefined;
  const value = Number(raw);
  const kind = o.integer ? 'a whole number' : 'a number';
  const range = o.max === undefined ? `at least ${o.min}` : `from ${o.min} to ${o.max}`;
  if (
    !/^\d+(\.\d+)?$/.test(raw) ||
    !Number.isFinite(value) ||
    (o.integer && !Number.isInteger(value))
  ) {
    throw new InputError(
      name,
      `expected ${kind} ${range}${o.unit ? ` ${o.unit}` : ''}, got '${raw}'`,
    );
  }
  if (value < o.min || (o.max !== undefined && value > o.max)) {
    throw new InputError(name, `must be ${range}${o.unit ? ` ${o.unit}` : ''}, got ${raw}`);
  }
  return value;
}

export function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Parses `k/n` (1-based k); the pipeline's parseShard decides the range. */
export function shardInput(raw: string): Shard | undefined {
  if (raw === '') return undefined;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
  const hint = "write it as k/n with 1 <= k <= n, e.g. '2/3' or '${{ matrix.shard }}/3'";
  if (!/^\d+\s*\/\s*\d+$/.test(raw)) throw new InputError('shard', `'${raw}' is not k/n: ${hint}`);
  try {
    return parseShard(raw);
  } catch {
    throw new InputError('shard', `'${raw}' is out of range: ${hint}`);
  }
}

export function parseVars(raw: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of lines(raw)) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!/^[A-Za-z_][\w.-]*$/.test(key)) {
      throw new InputError(
        'vars',
        `'${line}' is not NAME=value (one per line; NAME starts with a letter or _)`,
      );
    }
    vars[key] = line.slice(eq + 1).trim();
  }
  return vars;
}

export function parseFailOn(raw: string): FailOutcome[] {
  const parts = raw
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === 'never') return [];
  for (const part of parts) {
    if (!failOutcomes.includes(part as FailOutcome)) {
      throw new InputError(
        'fail-on',
        `'${part}' is not an outcome: use a comma-separated list of ${failOutcomes.join(', ')}, or never`,
      );
    }
  }
  return parts.length === 0 ? parseFailOn(inputDefaults['fail-on']) : (parts as FailOutcome[]);
}
