import type { CallerDefaults } from '../model/plan-options.ts';
import type { Position } from '../model/problem.ts';
import {
  type ManifestDefaults,
  type SettingKey,
  settingKeys,
  type VideoEntry,
} from './video-entry.ts';

/** Where a setting's value came from, for locating problems. */
export interface Origin {
  file: string;
  at: Position;
  via: 'video' | 'manifest defaults' | 'caller defaults' | 'model default';
}

/** A video's settings by precedence, and where each came from. */
export interface JobSettings {
  settings: Partial<Record<SettingKey, unknown>>;
  origins: Partial<Record<SettingKey | 'prompt' | 'output', Origin>>;
}

/**
 * Each setting from the first place that sets it: the video, the manifest's `defaults`, the
 * caller's defaults (CLI flags, action inputs). The model's own defaults come later (core's
 * `applyDefaults`).
 */
export function jobSettings(
  entry: VideoEntry,
  manifestDefaults: ManifestDefaults | undefined,
  callerDefaults: CallerDefaults | undefined,
): JobSettings {
  const settings: JobSettings['settings'] = {};
  const origins: JobSettings['origins'] = {};
  for (const key of settingKeys) {
    const own = entry.fields.get(key);
    const shared = manifestDefaults?.fields.get(key);
    const caller = (callerDefaults as Record<string, unknown> | undefined)?.[key];
    if (own && own.value != null) {
      settings[key] = own.value;
      origins[key] = { file: entry.file, at: own.at, via: 'video' };
    } else if (shared && shared.value != null && manifestDefaults) {
      settings[key] = shared.value;
      origins[key] = { file: manifestDefaults.file, at: shared.at, via: 'manifest defaults' };
    } else if (caller !== undefined) {
      settings[key] = caller;
      origins[key] = { file: entry.file, at: entry.at, via: 'caller defaults' };
    }
  }
  return { settings, origins };
}
