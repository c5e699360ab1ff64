import type { VideoRequest } from '@clipwright/core';
import {
  applyDefaults,
  estimatePrice,
  type LifecycleCatalog,
  type LiveCatalog,
} from '@clipwright/core/internal';
import type { Job, JobModel } from '../model/plan.ts';
import type { CallerDefaults } from '../model/plan-options.ts';
import type { Problem } from '../model/problem.ts';
import { contentHash } from './content-hash.ts';
import { resolveOutput } from './job-output.ts';
import { renderPrompt } from './job-prompt.ts';
import { jobRequest } from './job-request.ts';
import { type JobSettings, jobSettings } from './job-settings.ts';
import { jobVars } from './job-vars.ts';
import type { PendingImage } from './local-image.ts';
import { validateChain } from './validate-chain.ts';
import type { ManifestDefaults, VideoEntry } from './video-entry.ts';

export interface BuildJobInput {
  entry: VideoEntry;
  manifestDefaults?: ManifestDefaults;
  callerDefaults?: CallerDefaults;
  /** Caller variables and release context, lowest precedence. */
  baseVars: Record<string, string | undefined>;
  /** Values no variable may hold (the API key). @default [] */
  secrets?: readonly string[];
  /** The prices the estimate uses (the session's live catalog). @default the committed snapshot */
  pricing?: LiveCatalog['pricing'];
  /** The catalog lifecycle checks read (the session's live one). @default the committed snapshot */
  lifecycle?: LifecycleCatalog;
}

/** A video built: its job when valid, its name either way, its problems. */
export interface BuiltJob {
  job?: Job;
  name: string;
  problems: Problem[];
  /** Repository images to read and check (`loadPlan` does, then sets `job.images`). */
  localImages?: PendingImage[];
}

/**
 * Turns one video entry into a job: precedence video > manifest defaults > caller defaults >
 * model defaults, templating, core validation, content hash and estimated credits.
 */
export function buildJob(input: BuildJobInput): BuiltJob {
  const { entry, manifestDefaults } = input;
  const resolved = jobSettings(entry, manifestDefaults, input.callerDefaults);
  const { vars, problems } = jobVars(entry, manifestDefaults, input.baseVars, input.secrets);
  const output = resolveOutput(entry, vars, problems);
  const name =
    output?.replace(/\.mp4$/i, '') ?? entry.defaultOutput ?? `${entry.file}:${entry.at.line}`;
  const prompt = renderPrompt(entry, vars, problems);
  resolved.origins.prompt = { file: entry.file, at: prompt.at, via: 'video' };
  const { request, localImages } = jobRequest(entry, resolved, prompt.prompt, vars, problems);
  const fallbacks = validateChain(
    entry,
    manifestDefaults,
    resolved,
    request,
    problems,
    input.lifecycle,
  );
  if (problems.length > 0 || output === undefined) return { name, problems };
  return {
    name,
    problems,
    job: priced(
      { name, output, source: { file: entry.file, line: entry.at.line } },
      request,
      fallbacks,
      resolved,
      input.pricing,
    ),
    ...(localImages.length > 0 && { localImages }),
  };
}

/**
 * The request with the model's defaults applied, its hash and estimate, once per model of the
 * chain; the job is priced at its dearest model. `defaults` lists what no file or caller set,
 * `pricedAtDearest` the unset fields the estimate took at their dearest value.
 */
function priced(
  { name, output, source }: Pick<Job, 'name' | 'output' | 'source'>,
  request: VideoRequest,
  fallbacks: readonly string[],
  { settings }: JobSettings,
  pricing: LiveCatalog['pricing'] | undefined,
): Job {
  const estimates = [request.model, ...fallbacks].map((model) => {
    const full = applyDefaults({ ...request, model });
    return { full, estimate: estimatePrice(full, undefined, pricing) };
  });
  const chain = estimates.map(({ full, estimate }) => ({
    request: full,
    hash: contentHash(full),
    credits: estimate.high,
  }));
  const [own] = chain as [JobModel, ...JobModel[]];
  const ownEstimate = estimates[0]?.estimate;
  const full = own.request;
  const defaults = Object.fromEntries(
    Object.entries(full).filter(([key]) =>
      key === 'model' ? settings.model === undefined : !Object.hasOwn(request, key),
    ),
  );
  const dearest = ownEstimate?.dearest ?? {};
  // The plan prices the chain at its dearest model.
  const credits = Math.max(...chain.map((m) => m.credits));
  const low = ownEstimate?.low ?? credits;
  const reason = estimates.find((e) => e.estimate.basis === 'unpriced')?.estimate.reason;
  const unpriced = reason === undefined ? undefined : sharedCopy(reason);
  // Every field in one literal (no spread of a second object): the job then holds its fields
  // in itself, without an extra property array per job kept for the whole run.
  const job: Job = { name, output, source, hash: own.hash, request: own.request, credits };
  if (low >= credits && unpriced === undefined && chain.length === 1) {
    if (Object.keys(defaults).length === 0 && Object.keys(dearest).length === 0) return job;
  }
  return {
    ...job,
    ...(low < credits && { creditsLow: low }),
    ...(unpriced !== undefined && { unpriced }),
    ...(chain.length > 1 && { chain }),
    ...(Object.keys(defaults).length > 0 && { defaults }),
    ...(Object.keys(dearest).length > 0 && { pricedAtDearest: dearest }),
  };
}

/** Distinct reasons seen (a handful: one per unpriced model or value), at most `MAX_SHARED`. */
const sharedReasons = new Map<string, string>();
const MAX_SHARED = 256;

/**
 * One string for every equal `reason`: each estimate builds its reason afresh, and a plan of
 * 10,000 jobs of one unpriced model kept 10,000 copies (1.2 MB of strings, measured in the
 * bench's scale run). Bounded: past `MAX_SHARED` distinct reasons the map starts over.
 */
function sharedCopy(reason: string): string {
  const kept = sharedReasons.get(reason);
  if (kept !== undefined) return kept;
  if (sharedReasons.size >= MAX_SHARED) sharedReasons.clear();
  sharedReasons.set(reason, reason);
  return reason;
}
