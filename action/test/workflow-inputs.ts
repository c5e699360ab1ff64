import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';
import { contextNames, repo, type Step } from './workflow-model.ts';

/** One `${{ }}` expression's value, evaluated by @actions/expressions (GitHub's own evaluator). */
export function evaluateExpression(source: string, contexts: Record<string, unknown>) {
  const { tokens } = new Lexer(source).lex();
  const expr = new Parser(tokens, contextNames, []).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(expr, context, undefined).evaluate();
}

/**
 * A `with:` value as the runner hands it to the action: YAML numbers and booleans as their
 * text, and each `${{ expr }}` replaced by its value as a string (null is empty).
 */
export function resolveValue(value: unknown, contexts: Record<string, unknown>): string {
  if (typeof value !== 'string') return String(value);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) =>
    evaluateExpression(expr, contexts).coerceString(),
  );
}

/** The action's inputs as action.yml declares them, with their defaults. */
export function actionInputDefaults(): Record<string, string | undefined> {
  const yml = parse(readFileSync(join(repo, 'action/action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  return Object.fromEntries(
    Object.entries(yml.inputs).map(([name, i]) => [
      name,
      i.default === undefined ? undefined : String(i.default),
    ]),
  );
}

/**
 * Every input the runner gives the action for this step: the step's `with:` resolved from the
 * contexts, and action.yml's defaults (resolved too, e.g. `${{ github.token }}`) for the rest.
 * A `with:` key the action does not declare throws (the runner only warns; a typo would pass).
 */
export function stepInputs(
  step: Step,
  contexts: Record<string, unknown>,
  overrideDefaults: Record<string, string> = {},
): Record<string, string> {
  const defaults = { ...actionInputDefaults(), ...overrideDefaults };
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.with ?? {})) {
    if (!(name in defaults)) throw new Error(`the action declares no input '${name}'`);
    inputs[name] = resolveValue(value, contexts);
  }
  for (const [name, value] of Object.entries(defaults))
    if (!(name in inputs) && value !== undefined) inputs[name] = resolveValue(value, contexts);
  return inputs;
}

/**
 * The `inputs` context of a reusable workflow: each `workflow_call` input's default, with the
 * caller's `with:` (resolved in the caller's contexts) over it, typed as declared.
 */
export function callInputs(
  declared: Record<string, { type: string; default?: unknown }>,
  callerWith: Record<string, unknown>,
  callerContexts: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, d] of Object.entries(declared)) {
    const given = callerWith[name];
    const raw = given === undefined ? d.default : given;
    const text = typeof raw === 'string' ? resolveValue(raw, callerContexts) : raw;
    out[name] =
      d.type === 'boolean'
        ? text === true || text === 'true'
        : d.type === 'number'
          ? Number(text)
          : (text ?? '');
  }
  return out;
}
