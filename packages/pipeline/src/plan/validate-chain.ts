import { ValidationError, type VideoRequest, validateRequest } from '@clipwright/core';
import { didYouMean, getModel, type LifecycleCatalog } from '@clipwright/core/internal';
import type { Problem } from '../model/problem.ts';
import type { JobSettings, Origin } from './job-settings.ts';
import { readFallbacks } from './read-fallbacks.ts';
import type { ManifestDefaults, VideoEntry } from './video-entry.ts';

/**
 * The video's `fallbacks` (read where they were set), then every model of the chain checked
 * against its own rules with core's `validateRequest`: nothing is dropped for a fallback. Each
 * issue becomes a problem at the line of the offending value (the video, the manifest
 * defaults, or flagged as the caller's), with core's fix and where to make it. Returns the
 * fallback models. `lifecycle`: the catalog a retired model is refused by (the session's live
 * one), else the committed snapshot.
 */
export function validateChain(
  entry: VideoEntry,
  manifestDefaults: ManifestDefaults | undefined,
  { settings, origins }: JobSettings,
  request: VideoRequest,
  problems: Problem[],
  lifecycle?: LifecycleCatalog,
): string[] {
  const fallbacks = origins.fallbacks
    ? readFallbacks(
        (origins.fallbacks.via === 'video' ? entry.fields : manifestDefaults?.fields)?.get(
          'fallbacks',
        ),
        {
          ...origins.fallbacks,
          ...(origins.fallbacks.via === 'video' && { locate: entry.locate }),
        },
        request.model,
      )
    : { models: [], problems: [] };
  problems.push(...fallbacks.problems);
  if (problems.length > 0) return fallbacks.models;
  for (const fallback of [undefined, ...fallbacks.models]) {
    try {
      validateRequest(
        fallback === undefined ? request : { ...request, model: fallback },
        lifecycle && { lifecycle },
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues)
        problems.push(issueProblem(issue, fallback, entry, { settings, origins }));
    }
  }
  return fallbacks.models;
}

/** One issue of core's validation as a problem where its value was set. */
function issueProblem(
  issue: ValidationError['issues'][number],
  fallback: string | undefined,
  entry: VideoEntry,
  { settings, origins }: JobSettings,
): Problem {
  const top = issue.field.split(/[.[]/)[0] ?? issue.field;
  const own = top === 'image_urls' ? 'image' : top;
  const key = fallback !== undefined && own === 'model' ? 'fallbacks' : own;
  const origin = origins[key] ?? {
    file: entry.file,
    at: entry.at,
    via: 'video' as const,
  };
  const fix =
    paramTypo(key, origin, fallback ?? (settings.model as string | undefined)) ??
    fixFor(key, issue, origin, (settings as Record<string, unknown>)[key]);
  return {
    file: origin.file,
    ...origin.at,
    field: origin.spelled ?? key,
    message:
      (origin.via === 'caller defaults'
        ? `${issue.message} (from the caller's defaults)`
        : issue.message) + (fallback ? ` (${fallback} is a fallback of this video)` : ''),
    fix: fallback ? `${fix}, or remove ${fallback} from \`fallbacks\`` : fix,
  };
}

/**
 * For a `params:` field the model does not take, the documented field it is a near miss of
 * (`sed` → `seed`), or `undefined`.
 */
function paramTypo(key: string, origin: Origin, model: string | undefined): string | undefined {
  // A field of a `params:` map, or one the caller names itself (`--param sed=42`).
  const fromParams =
    origin.spelled?.startsWith('params.') ||
    (origin.via === 'caller defaults' && origin.spelled !== undefined);
  if (!fromParams || model === undefined) return undefined;
  const taken = Object.keys(getModel(model)?.parameters ?? {}).filter(
    (f) => f !== 'prompt' && f !== 'callback_url',
  );
  if (taken.length === 0 || taken.includes(key)) return undefined;
  const near = didYouMean(key, taken);
  return near ? `did you mean \`${near}\`? (${model} takes ${taken.join(', ')})` : undefined;
}

/** Core's fix for the issue (or one from its allowed values), and where to make it. */
function fixFor(
  key: string,
  issue: { allowed?: readonly unknown[]; fix?: string },
  origin: Origin,
  value?: unknown,
): string {
  const where =
    origin.via === 'manifest defaults'
      ? ' in the manifest defaults'
      : origin.via === 'caller defaults'
        ? ' in the caller defaults (flag or action input), or set it in the file'
        : origin.via === 'model default'
          ? ' (set `model:` in the file or the defaults)'
          : '';
  // `duration: "8"`: quotes made a string of what the user meant as a number.
  if (
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value)) &&
    issue.allowed?.some((v) => typeof v === 'number')
  ) {
    // Unquoted, the value may still not be allowed (`"8"` where 10 or 15 are): then show one that is.
    const number = Number(value);
    const example = issue.allowed.includes(number)
      ? number
      : issue.allowed.find((v) => typeof v === 'number');
    return `write it as a number, without quotes (\`${key}: ${example}\`); allowed: ${issue.allowed.join(', ')}${where}`;
  }
  if (issue.fix) return `${issue.fix}${where}`;
  if (issue.allowed && issue.allowed.length > 0)
    return `use one of ${issue.allowed.map((v) => JSON.stringify(v)).join(', ')}${where}`;
  // A custom model's check may give no fix: point at the field and the message.
  return `change \`${key}\` as the message says${where}`;
}
