import type { CallerDefaults } from '../model/plan-options.ts';
import type { Position } from '../model/problem.ts';
import { aliasOf } from './read-params.ts';
import {
  type ManifestDefaults,
  paramAliases,
  type SettingKey,
  settingKeys,
  type VideoEntry,
} from './video-entry.ts';
import type { Located } from './yaml-fields.ts';

/** Where a setting's value came from, for locating problems. */
export interface Origin {
  file: string;
  at: Position;
  via: 'video' | 'manifest defaults' | 'caller defaults' | 'model default';
  /** How the source spells it when that is not the setting's own name (`params.seed`). */
  spelled?: string;
}

/** A video's settings by precedence, and where each came from. */
export interface JobSettings {
  /** The top-level settings, then every other request field of a `params:` map by its name. */
  settings: Partial<Record<SettingKey, unknown>> & Record<string, unknown>;
  origins: Partial<Record<SettingKey | 'prompt' | 'output', Origin>> & Record<string, Origin>;
}

/** One place settings come from, in precedence order. */
interface Level {
  via: Origin['via'];
  file: string;
  at?: Position;
  fields?: ReadonlyMap<string, Located>;
  params?: ReadonlyMap<string, Located>;
  caller?: Readonly<Record<string, unknown>>;
  /** How the caller names its defaults (`CallerDefaults.spelledAs`). */
  spelledAs?: Readonly<Record<string, string>>;
}

/**
 * Each setting from the first place that sets it: the video, the manifest's `defaults`, the
 * caller's defaults (CLI flags, action inputs). A place sets a setting by its top-level key or,
 * for the aliased ones, by its request field in `params:` (`duration` or `params.duration`);
 * every other field of a `params:` map is a setting by its own name, by the same precedence.
 * The model's own defaults come later (core's `applyDefaults`).
 */
export function jobSettings(
  entry: VideoEntry,
  manifestDefaults: ManifestDefaults | undefined,
  callerDefaults: CallerDefaults | undefined,
): JobSettings {
  const settings: JobSettings['settings'] = {};
  const origins: JobSettings['origins'] = {};
  const { params: callerParams, spelledAs, ...callerSettings } = callerDefaults ?? {};
  const levels: Level[] = [
    { via: 'video', file: entry.file, fields: entry.fields, ...withParams(entry.params) },
    ...(manifestDefaults
      ? [
          {
            via: 'manifest defaults' as const,
            file: manifestDefaults.file,
            fields: manifestDefaults.fields,
            ...withParams(manifestDefaults.params),
          },
        ]
      : []),
    {
      via: 'caller defaults',
      file: entry.file,
      at: entry.at,
      caller: { ...callerParams, ...callerSettings },
      ...(spelledAs && { spelledAs }),
    },
  ];
  const keys = new Set<string>(settingKeys);
  for (const level of levels) {
    for (const key of level.params?.keys() ?? []) keys.add(aliasOf(key) ?? key);
    for (const key of Object.keys(callerParams ?? {})) keys.add(aliasOf(key) ?? key);
  }
  for (const key of keys) {
    for (const level of levels) {
      const found = settingAt(level, key);
      if (!found) continue;
      settings[key] = found.value;
      origins[key] = {
        file: level.file,
        at: found.at,
        via: level.via,
        ...(found.spelled && { spelled: found.spelled }),
      };
      break;
    }
  }
  return { settings, origins };
}

const withParams = (params: ReadonlyMap<string, Located> | undefined) => (params ? { params } : {});

/** The value `level` gives setting `key` (top-level name first, then its `params` field). */
function settingAt(
  level: Level,
  key: string,
): { value: unknown; at: Position; spelled?: string } | undefined {
  if (level.caller) {
    const field = paramAliases[key as SettingKey] ?? key;
    const value = level.caller[key] ?? level.caller[field];
    if (value === undefined) return undefined;
    const spelled = level.spelledAs?.[key] ?? level.spelledAs?.[field];
    return { value, at: level.at ?? { line: 1, column: 1 }, ...(spelled && { spelled }) };
  }
  const own = settingKeys.includes(key as SettingKey) ? level.fields?.get(key) : undefined;
  if (own && own.value != null) return { value: own.value, at: own.at };
  const field = paramAliases[key as SettingKey] ?? key;
  const param = level.params?.get(field);
  if (param && param.value != null)
    return { value: param.value, at: param.at, spelled: `params.${field}` };
  return undefined;
}
