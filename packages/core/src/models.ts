import { soraModels } from './internal/sora-models.ts';
import type { ModelSpec } from './model-spec.ts';

const registry: ModelSpec[] = [...soraModels];

/** Every known model: the Sora family, then whatever `registerModel` added. */
export const models: readonly ModelSpec[] = registry;

/** The spec of `name`, or `undefined` for a model we do not know (which still passes common checks). */
export function getModel(name: string): ModelSpec | undefined {
  return registry.find((m) => m.name === name);
}

/** Adds a model, or replaces the one of the same name. */
export function registerModel(spec: ModelSpec): void {
  const index = registry.findIndex((m) => m.name === spec.name);
  if (index === -1) registry.push(spec);
  else registry[index] = spec;
}
