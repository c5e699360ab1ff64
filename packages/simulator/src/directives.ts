/** Outcomes a prompt can ask for with `sim:` directives (see README "Prompt directives"). */
export interface Directives {
  /** `sim:fail=<code>`: fail with this task error code. */
  fail?: string;
  /** `sim:seconds=<n>`: total processing time in simulated seconds. */
  seconds?: number;
  /** `sim:empty-results`: complete with an empty `results` array. */
  emptyResults?: boolean;
  /** `sim:expired-url`: the result URL is already expired when served. */
  expiredUrl?: boolean;
  /** `sim:redirect-result`: the result URL answers 302 to a signed URL on another origin. */
  redirectResult?: boolean;
}

export function parseDirectives(prompt: string): Directives {
  const d: Directives = {};
  const fail = /\bsim:fail=([a-z_]+)/.exec(prompt);
  if (fail?.[1]) d.fail = fail[1];
  const seconds = /\bsim:seconds=(\d+(?:\.\d+)?)/.exec(prompt);
  if (seconds?.[1]) d.seconds = Number(seconds[1]);
  if (/\bsim:empty-results\b/.test(prompt)) d.emptyResults = true;
  if (/\bsim:expired-url\b/.test(prompt)) d.expiredUrl = true;
  if (/\bsim:redirect-result\b/.test(prompt)) d.redirectResult = true;
  return d;
}

/** The 13 documented task failure codes, with the message the simulator gives for each. */
export const taskFailureMessages: Record<string, string> = {
  content_policy_violation: 'The request was rejected by the content policy',
  invalid_parameters: 'The request parameters are invalid for this model',
  image_processing_error: 'The input image could not be processed',
  image_dimension_mismatch: 'The input image does not match the requested aspect ratio',
  request_cancelled: 'The request was cancelled',
  generation_failed_no_content: 'The generation produced no content',
  service_error: 'The generation service failed',
  generation_timeout: 'The generation timed out',
  resource_exhausted: 'Generation resources are exhausted, please retry later',
  quota_exceeded: 'The upstream quota is exceeded, please retry later',
  service_unavailable: 'The generation service is unavailable',
  resource_not_found: 'A resource needed by the generation was not found',
  unknown_error: 'An unknown error occurred',
};
