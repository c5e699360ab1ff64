import { snapshot } from '@clipwright/catalog';
import type { ModelOverlay } from './define-model.ts';
import type { ModelSpec } from './model-spec.ts';
import { otherModels } from './other-models.ts';
import { soraModels } from './sora-models.ts';
import { defineModel } from './spec-from-params.ts';

const overlays = new Map<string, ModelOverlay>(
  [...soraModels, ...otherModels].map((o) => [o.name, o]),
);

/**
 * The models core knows: every video model of the vendor's parameter catalog
 * (`@clipwright/catalog`), each with the rules it documents; the ones core priced before carry
 * that price (`sora-models.ts`, `other-models.ts`), the others an unknown model's.
 */
export const models: readonly ModelSpec[] = Object.freeze(
  Object.values(snapshot.params.models).map((params) =>
    defineModel(params, overlays.get(params.model)),
  ),
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
