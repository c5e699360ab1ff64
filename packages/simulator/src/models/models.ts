import { otherSimModels } from './other-models.ts';
import type { SimModel } from './sim-model.ts';
import { soraSimModels } from './sora-models.ts';

const simModels: readonly SimModel[] = [...soraSimModels, ...otherSimModels];

export function findSimModel(name: string): SimModel | undefined {
  return simModels.find((m) => m.name === name);
}

/** Every model name the simulator serves. */
export const simModelNames: readonly string[] = simModels.map((m) => m.name);

/** Whether an aspect ratio is portrait (`9:16`, `720x1280`). */
export function isPortrait(aspectRatio: string): boolean {
  return aspectRatio === '9:16' || aspectRatio === '720x1280';
}
