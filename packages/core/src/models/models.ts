import { defineModel } from './define-model.ts';
import type { ModelSpec } from './model-spec.ts';
import { otherModels } from './other-models.ts';
import { soraModels } from './sora-models.ts';

/** The models core knows: the Sora family, then Veo, Kling, Seedance, Hailuo and Wan. */
export const models: readonly ModelSpec[] = Object.freeze(
  [...soraModels, ...otherModels].map(defineModel),
);

/** `models` with `extra` added (a model of the same name replaced): a client's registry. */
export function withModels(extra: readonly ModelSpec[] = [], base = models): readonly ModelSpec[] {
  const names = new Set(extra.map((m) => m.name));
  return Object.freeze([...base.filter((m) => !names.has(m.name)), ...extra]);
}

/** The spec of `name` in `registry`, or `undefined` for a model we do not know. */
export function getModel(
  name: string,
  registry: readonly ModelSpec[] = models,
): ModelSpec | undefined {
  return registry.find((m) => m.name === name);
}
