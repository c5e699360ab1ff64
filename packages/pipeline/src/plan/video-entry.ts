import type { Position, Problem } from '../model/problem.ts';
import type { Located, Locator } from './yaml-fields.ts';

/** Settings a video (front matter or manifest item) may set. */
export const settingKeys = [
  'model',
  'duration',
  'aspect_ratio',
  'quality',
  'remove_watermark',
  'image',
  'fallbacks',
] as const;
export type SettingKey = (typeof settingKeys)[number];

/** A storyboard's own keys (see `storyboard-entry.ts`): its shots and assembly settings. */
const storyboardFields = ['shots', 'storyboard'];

/**
 * The request field each top-level setting is an alias of, in a `params:` map (`duration: 8`
 * and `params: { duration: 8 }` make the same request, hence the same content hash).
 */
export const paramAliases: Readonly<Partial<Record<SettingKey, string>>> = {
  duration: 'duration',
  aspect_ratio: 'aspect_ratio',
  quality: 'quality',
  remove_watermark: 'remove_watermark',
  image: 'image_urls',
};

/** Keys of a prompt file's front matter. */
export const frontMatterKeys: readonly string[] = [
  ...settingKeys,
  'params',
  'output',
  'vars',
  ...storyboardFields,
];
/** Keys of one item of a manifest's `videos` list. */
export const manifestVideoKeys: readonly string[] = [
  ...settingKeys,
  'params',
  'output',
  'vars',
  'prompt',
  ...storyboardFields,
];
/** Keys of a manifest's `defaults` block. */
export const manifestDefaultsKeys: readonly string[] = [...settingKeys, 'params', 'vars'];
/** Top-level keys of a manifest. */
export const manifestKeys: readonly string[] = ['defaults', 'videos'];

/** One video as written in its source, before defaults, templating and validation. */
export interface VideoEntry {
  /** Source file relative to the root. */
  file: string;
  /** Where the video starts (line 1 of a prompt file, the list item in a manifest). */
  at: Position;
  /** Settings and `output`/`vars` as located in the source. */
  fields: Map<string, Located>;
  /** The `params:` map: request fields by name, each located (aliases included). */
  params?: Map<string, Located>;
  /** The prompt text before templating; `raw` keeps exact offsets for `at`. */
  prompt: { raw: string; at: Position; exact: boolean };
  /** The default output name when `output` is not set (a prompt file's base name). */
  defaultOutput?: string;
  locate: Locator;
  /** Problems found while reading this video (unknown keys and the like). */
  problems: Problem[];
}

/** Manifest-wide defaults. */
export interface ManifestDefaults {
  file: string;
  fields: Map<string, Located>;
  /** The defaults' `params:` map, each field located. */
  params?: Map<string, Located>;
  /** The defaults' `vars`, read once for every video. */
  vars: Record<string, string>;
}
