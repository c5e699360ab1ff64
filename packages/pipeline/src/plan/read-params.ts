import { type Document, isMap } from 'yaml';
import type { Problem } from '../model/problem.ts';
import { paramAliases, type SettingKey } from './video-entry.ts';
import { type Located, type Locator, readFields } from './yaml-fields.ts';

/** Keys a `params:` map may not hold, each with where it goes instead. */
export const notParams: Readonly<Record<string, string>> = {
  model: 'set the model outside `params`, as `model:`',
  prompt: 'write the prompt as the file body (a prompt file) or as `prompt:` (a manifest video)',
  callback_url: 'remove it: Clipwright follows its tasks itself and never sends `callback_url`',
  image: 'write it as `image:` outside `params`, or as `image_urls:` (a list) inside',
  fallbacks: 'move `fallbacks:` out of `params`',
  output: 'move `output:` out of `params`',
  vars: 'move `vars:` out of `params`',
};

/**
 * Reads the `params:` map of a front matter, a manifest video or the manifest's defaults: any
 * request field of the model by its documented name (`seed`, `generate_audio`, `n`, ...), each
 * located for problems. The model's own rules check the fields later (core's `validateRequest`,
 * where an unknown field is refused with the fields the model takes). A field also given as its
 * top-level alias in the same place (`duration:` and `params.duration`) is a problem: neither
 * spelling silently wins.
 */
export function readParams(
  fields: ReadonlyMap<string, Located>,
  options: { file: string; locate: Locator; doc?: Document; where: string },
): { params?: Map<string, Located>; problems: Problem[] } {
  const located = fields.get('params');
  if (!located || located.value == null) return { problems: [] };
  const { file } = options;
  if (!isMap(located.node)) {
    return {
      problems: [
        {
          file,
          ...located.at,
          field: 'params',
          message: 'params must be a mapping of the model’s request fields to values',
          fix: 'write `params:` followed by indented `field: value` lines, e.g. `seed: 42`',
        },
      ],
    };
  }
  const read = readFields(located.node, {
    file,
    locate: options.locate,
    known: 'any',
    where: `${options.where} params`,
    ...(options.doc && { doc: options.doc }),
  });
  const problems = [...read.problems];
  const params = new Map<string, Located>();
  for (const [key, value] of read.fields) {
    const elsewhere = notParams[key];
    const alias = aliasOf(key);
    const top = alias ? fields.get(alias) : undefined;
    if (elsewhere) {
      problems.push({
        file,
        ...value.at,
        field: `params.${key}`,
        message: `\`${key}\` is not a request parameter of the model`,
        fix: elsewhere,
      });
    } else if (alias && top && top.value != null) {
      problems.push({
        file,
        ...value.at,
        field: `params.${key}`,
        message: `\`${key}\` is given twice: as \`${alias}:\` (line ${top.at.line}) and as \`params.${key}\``,
        fix: `keep one: remove \`${key}\` from \`params\`, or the \`${alias}:\` line`,
      });
    } else {
      params.set(key, value);
    }
  }
  return { params, problems };
}

/** The top-level setting that is an alias of request field `field` (`image` for `image_urls`). */
export function aliasOf(field: string): SettingKey | undefined {
  return (Object.keys(paramAliases) as SettingKey[]).find((k) => paramAliases[k] === field);
}
