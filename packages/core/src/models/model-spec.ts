import type { z } from 'zod';
import type { VideoRequest } from '../types.ts';

/** One request field a model takes. */
export interface ModelParameter {
  /** The accepted values, when they form a list (used in messages and as `allowed`). */
  values?: readonly unknown[];
  /** The documented default the API applies when the field is absent (from the vendor's docs). */
  default?: unknown;
  description: string;
}

/** A model's request rules and price; give your own to `createClient({ models })`. */
export interface ModelSpec {
  name: string;
  description: string;
  /** Where its rules come from (a vendor page). */
  source?: string;
  /** The fields the model takes besides `model` and `prompt` (`prompt` may be listed too). */
  parameters: Record<string, ModelParameter>;
  /**
   * Validates the whole request. Its issue messages should read like help without the field
   * name (`sora-2-beta-max accepts 10 or 15, got 8`); `validateRequest` adds the field,
   * the value given and the allowed values from `parameters`.
   */
  schema: z.ZodType;
  /**
   * What the model takes as `image_urls`, when it takes any: how many, and whether an image
   * must have the request's aspect ratio exactly. `imageIssues` checks a local image by it.
   */
  images?: { max?: number; matchAspectRatio?: boolean; maxBytes?: number };
  /** The fields a request must give (besides `model`). @default ['prompt'] */
  required?: readonly string[];
  /**
   * The defaults `applyDefaults` fills into the request (hashed and sent). Without it, every
   * parameter's `default`. Core's own models fill in only what they filled before their rules
   * came from the vendor's catalog, so content hashes stay stable across upgrades.
   */
  applied?: Readonly<Record<string, unknown>>;
  /**
   * A price you state for your own model (credits for a request that passed `schema`, after
   * `applyDefaults`). Core's own models have none: their prices are the vendor's published
   * ones (`@clipwright/catalog`), so no price is written twice. A stated price wins.
   */
  price?(req: VideoRequest): number;
  /** With `price`: the values it assumes for fields left unset (shown by `clipwright plan`). */
  dearest?(req: VideoRequest): Partial<VideoRequest>;
  /** Defaults that depend on other fields (e.g. sora-2-pro's quality from its duration). */
  derive?(req: VideoRequest): Partial<VideoRequest>;
}
