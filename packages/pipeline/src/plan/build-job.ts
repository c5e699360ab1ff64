import path from 'node:path';
import {
  applyDefaults,
  estimateCredits,
  pricedAtDearest,
  ValidationError,
  type VideoRequest,
  validateRequest,
} from '@clipwright/core';
import type { Job, JobModel } from '../model/plan.ts';
import type { CallerDefaults } from '../model/plan-options.ts';
import type { Position, Problem } from '../model/problem.ts';
import { contentHash } from './content-hash.ts';
import { isLocalImage, LOCAL_IMAGE_PLACEHOLDER, type PendingImage } from './local-image.ts';
import { outputNameProblem } from './output-name.ts';
import { readFallbacks } from './read-fallbacks.ts';
import { offsetPosition, renderTemplate } from './render-template.ts';
import {
  type ManifestDefaults,
  type SettingKey,
  settingKeys,
  type VideoEntry,
} from './video-entry.ts';
import { readVars } from './yaml-fields.ts';

/** The model used when neither the video, the manifest nor the caller names one (the API's own default). */
export const DEFAULT_MODEL = 'sora-2-beta-max';

/** Where a setting's value came from, for locating problems. */
interface Origin {
  file: string;
  at: Position;
  via: 'video' | 'manifest defaults' | 'caller defaults' | 'model default';
}

export interface BuildJobInput {
  entry: VideoEntry;
  manifestDefaults?: ManifestDefaults;
  callerDefaults?: CallerDefaults;
  /** Caller variables and release context, lowest precedence. */
  baseVars: Record<string, string | undefined>;
  /** Values no variable may hold (the API key). Default none. */
  secrets?: readonly string[];
}

/**
 * Turns one video entry into a job: precedence video > manifest defaults > caller defaults >
 * model defaults, templating, core validation, content hash and estimated credits.
 */
export function buildJob(input: BuildJobInput): {
  job?: Job;
  name: string;
  problems: Problem[];
  /** Repository images to read and check (`loadPlan` does, then sets `job.images`). */
  localImages?: PendingImage[];
} {
  const { entry, manifestDefaults } = input;
  const problems: Problem[] = [];
  const settings: Partial<Record<SettingKey, unknown>> = {};
  const origins: Partial<Record<SettingKey | 'prompt' | 'output', Origin>> = {};
  for (const key of settingKeys) {
    const own = entry.fields.get(key);
    const shared = manifestDefaults?.fields.get(key);
    const caller = (input.callerDefaults as Record<string, unknown> | undefined)?.[key];
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

  // Variables: the video's vars > the manifest defaults' vars > caller vars and context.
  const ownVars = readVars(entry.fields.get('vars'), { file: entry.file, locate: entry.locate });
  problems.push(...ownVars.problems);
  const vars = { ...input.baseVars, ...manifestDefaults?.vars, ...ownVars.vars };
  for (const [key, value] of Object.entries(vars)) {
    if (
      value === undefined ||
      !input.secrets?.some((secret) => secret !== '' && value.includes(secret))
    )
      continue;
    const from = Object.hasOwn(ownVars.vars, key)
      ? { file: entry.file, at: entry.fields.get('vars')?.at ?? entry.at, via: '' }
      : manifestDefaults && Object.hasOwn(manifestDefaults.vars, key)
        ? {
            file: manifestDefaults.file,
            at: manifestDefaults.fields.get('vars')?.at ?? { line: 1, column: 1 },
            via: ' (in the manifest defaults)',
          }
        : {
            file: entry.file,
            at: entry.at,
            via: " (from the caller's vars: --var or the action's vars input)",
          };
    problems.push({
      file: from.file,
      ...from.at,
      field: `vars.${key}`,
      message: `the variable \`${key}\`${from.via} holds the API key, which must never reach a prompt`,
      fix: `remove the key from \`${key}\`; the key belongs only in EVOLINK_API_KEY`,
    });
  }

  const output = resolveOutput(entry, vars, problems);
  const name =
    output?.replace(/\.mp4$/i, '') ?? entry.defaultOutput ?? `${entry.file}:${entry.at.line}`;

  const rendered = renderTemplate(entry.prompt.raw, vars);
  for (const error of rendered.errors) {
    const at = entry.prompt.exact
      ? offsetPosition(entry.prompt.raw, error.offset, entry.prompt.at)
      : entry.prompt.at;
    problems.push({
      file: entry.file,
      ...at,
      field: 'prompt',
      message: error.message,
      fix: error.fix,
    });
  }
  const prompt = rendered.text.trim();
  const promptAt = entry.prompt.exact
    ? firstTextPosition(entry.prompt.raw, entry.prompt.at)
    : entry.prompt.at;
  origins.prompt = { file: entry.file, at: promptAt, via: 'video' };
  if (prompt === '') {
    problems.push({
      file: entry.file,
      ...promptAt,
      field: 'prompt',
      message: 'the prompt is empty',
      fix: entry.prompt.exact
        ? 'write the prompt below the front matter'
        : 'give the video a `prompt:` describing it',
    });
  }

  let image = settings.image;
  if (typeof image === 'string' && origins.image) {
    const { file, at } = origins.image;
    const r = renderTemplate(image, vars);
    for (const e of r.errors)
      problems.push({ file, ...at, field: 'image', message: e.message, fix: e.fix });
    image = r.text;
  }
  const request: VideoRequest = {
    model: settings.model !== undefined ? (settings.model as string) : DEFAULT_MODEL,
    prompt,
  };
  if (settings.model === undefined)
    origins.model = { file: entry.file, at: entry.at, via: 'model default' };
  for (const key of ['duration', 'aspect_ratio', 'quality', 'remove_watermark'] as const) {
    if (settings[key] !== undefined) (request as Record<string, unknown>)[key] = settings[key];
  }
  if (image !== undefined) request.image_urls = Array.isArray(image) ? image : [image as string];
  // A repository image is checked as a link of the Files API here; loadPlan reads it.
  const localImages: PendingImage[] = [];
  if (Array.isArray(request.image_urls) && origins.image) {
    const { file, at } = origins.image;
    request.image_urls = request.image_urls.map((value, index) => {
      if (typeof value !== 'string' || !isLocalImage(value)) return value;
      localImages.push({ index, value, file, at });
      return LOCAL_IMAGE_PLACEHOLDER;
    });
  }

  // Every model of the chain is checked against its own rules: nothing is dropped for a fallback.
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
  if (problems.length === 0) {
    for (const fallback of [undefined, ...fallbacks.models]) {
      try {
        validateRequest(fallback === undefined ? request : { ...request, model: fallback });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        for (const issue of error.issues) {
          const top = issue.field.split(/[.[]/)[0] ?? issue.field;
          const own = top === 'image_urls' ? 'image' : top;
          const key = fallback !== undefined && own === 'model' ? 'fallbacks' : own;
          const origin = origins[key as SettingKey | 'prompt'] ?? {
            file: entry.file,
            at: entry.at,
            via: 'video' as const,
          };
          const fix = fixFor(key, issue, origin, (settings as Record<string, unknown>)[key]);
          problems.push({
            file: origin.file,
            ...origin.at,
            field: key,
            message:
              (origin.via === 'caller defaults'
                ? `${issue.message} (from the caller's defaults)`
                : issue.message) + (fallback ? ` (${fallback} is a fallback of this video)` : ''),
            fix: fallback ? `${fix}, or remove ${fallback} from \`fallbacks\`` : fix,
          });
        }
      }
    }
  }
  if (problems.length > 0 || output === undefined) return { name, problems };
  const chain = [request.model, ...fallbacks.models].map((model) => {
    const full = applyDefaults({ ...request, model });
    return { request: full, hash: contentHash(full), credits: estimateCredits(full) };
  });
  const [own] = chain as [JobModel, ...JobModel[]];
  const full = own.request;
  const defaults = Object.fromEntries(
    Object.entries(full).filter(([key]) =>
      key === 'model' ? settings.model === undefined : !Object.hasOwn(request, key),
    ),
  );
  const dearest = pricedAtDearest(full);
  return {
    name,
    problems,
    job: {
      name,
      output,
      source: { file: entry.file, line: entry.at.line },
      hash: own.hash,
      request: own.request,
      // The plan prices the chain at its dearest model.
      credits: Math.max(...chain.map((m) => m.credits)),
      ...(chain.length > 1 && { chain }),
      ...(Object.keys(defaults).length > 0 && { defaults }),
      ...(Object.keys(dearest).length > 0 && { pricedAtDearest: dearest }),
    },
    ...(localImages.length > 0 && { localImages }),
  };
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

function resolveOutput(
  entry: VideoEntry,
  vars: Record<string, string | undefined>,
  problems: Problem[],
): string | undefined {
  const field = entry.fields.get('output');
  const at = field?.at ?? entry.at;
  const problem = (message: string, fix: string) => {
    problems.push({ file: entry.file, ...at, field: 'output', message, fix });
    return undefined;
  };
  let value: string;
  if (field && field.value != null) {
    if (typeof field.value !== 'string' && typeof field.value !== 'number') {
      return problem('output must be a file name', 'write it as `output: name.mp4`');
    }
    const r = renderTemplate(String(field.value), vars);
    for (const e of r.errors)
      problems.push({ file: entry.file, ...at, field: 'output', message: e.message, fix: e.fix });
    if (r.errors.length > 0) return undefined;
    value = r.text.trim();
  } else if (entry.defaultOutput) {
    value = entry.defaultOutput;
  } else {
    return problem('the video has no `output`', 'add `output: name.mp4` to the video');
  }
  if (value === '') return problem('output is empty', 'give a file name such as `promo.mp4`');
  if (path.posix.isAbsolute(value) || path.win32.isAbsolute(value)) {
    return problem(
      `output ${JSON.stringify(value)} is an absolute path`,
      'give a file name relative to the output folder, e.g. `promo.mp4`',
    );
  }
  const normalised = path.posix.normalize(value.replaceAll('\\', '/'));
  if (normalised === '..' || normalised.startsWith('../') || normalised === '.') {
    return problem(
      `output ${JSON.stringify(value)} escapes the output folder`,
      'remove the `..` parts: outputs stay inside the output folder',
    );
  }
  const unfit = outputNameProblem(normalised, value);
  if (unfit) return problem(unfit.message, unfit.fix);
  const ext = path.posix.extname(normalised);
  if (ext !== '' && ext.toLowerCase() !== '.mp4') {
    return problem(
      `output ${JSON.stringify(value)} must be an .mp4 file`,
      `use ${JSON.stringify(`${normalised.slice(0, -ext.length)}.mp4`)}`,
    );
  }
  return ext === '' ? `${normalised}.mp4` : normalised;
}

function firstTextPosition(raw: string, start: Position): Position {
  const index = raw.search(/\S/);
  return index < 0 ? start : offsetPosition(raw, index, start);
}
