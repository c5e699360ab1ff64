import { models as registry } from '@clipwright/core';
import { modelLifecycle as lifecycleOf } from '@clipwright/core/internal';
import type { CliContext } from '../cli-context.ts';
import { exitCodes } from '../exit-codes.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { createStyle } from '../report/style.ts';

/**
 * `clipwright models`: each model with its lifecycle (from the vendor's catalog), parameters,
 * allowed values and defaults. One header line per model, so more columns (price) fit there.
 */
export function models(flags: { json?: boolean }, ctx: CliContext): number {
  const { io } = ctx;
  if (flags.json) {
    writeJsonLine(io.stdout, {
      models: registry.map((m) => ({
        name: m.name,
        ...lifecycleOf(m.name),
        description: m.description,
        ...(m.source && { source: m.source }),
        parameters: m.parameters,
      })),
    });
    return exitCodes.ok;
  }
  const s = createStyle(io.stdout, io.env);
  const blocks = registry.map((m) => {
    const rows = Object.entries(m.parameters).map(([field, p]) => {
      const values = p.values ? p.values.map(show).join(' | ') : '';
      const fallback = p.default === undefined ? '' : `default ${show(p.default)}`;
      return `  ${field.padEnd(18)} ${[values, fallback].filter(Boolean).join(', ').padEnd(30)} ${s.dim(p.description)}`;
    });
    const source = m.source ? [`  ${s.dim(`source: ${m.source}`)}`] : [];
    const life = lifecycleOf(m.name);
    const status = [
      life.lifecycle,
      ...(life.deprecates_at ? [`until ${life.deprecates_at}`] : []),
      ...(life.successor ? [`successor ${life.successor}`] : []),
    ].join(', ');
    return [`${s.bold(m.name)}  [${status}]  ${m.description}`, ...rows, ...source].join('\n');
  });
  io.stdout.write(`${blocks.join('\n\n')}\n`);
  return exitCodes.ok;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
