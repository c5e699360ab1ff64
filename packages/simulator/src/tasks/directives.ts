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
  /**
   * `sim:result-data=array|object`: the links come in `result_data` (`[{video_url}]` or
   * `{video_url}`) instead of `results`, as some models on the endpoint answer.
   */
  resultData?: 'array' | 'object';
  /**
   * `sim:error=no-code|string|numeric`: a failed task's `error` without a `code`, as a bare
   * string, or with a numeric code (older pages). Fails with `unknown_error` unless `sim:fail`.
   */
  errorShape?: 'no-code' | 'string' | 'numeric';
  /** `sim:fallback`: a failed task's error carries a `fallback_suggestion`. */
  fallback?: boolean;
  /** `sim:cancel`: the task ends `cancelled` (refunded; the callback is sent). */
  cancel?: boolean;
  /** `sim:null-fields`: `progress`, `created` and `error.message` are null. */
  nullFields?: boolean;
  /** `sim:oneapi-request-id`: the request id comes in `x-oneapi-request-id`. */
  oneapiRequestId?: boolean;
  /**
   * `sim:paid-outcome-unknown=<n>`: the task is created (and charged), but the first `n`
   * answers under its Idempotency-Key are 409 `paid_outcome_unknown`; later ones replay it.
   */
  paidOutcomeUnknown?: number;
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
  const resultData = /\bsim:result-data=(array|object)\b/.exec(prompt);
  if (resultData?.[1]) d.resultData = resultData[1] as 'array' | 'object';
  const shape = /\bsim:error=(no-code|string|numeric)\b/.exec(prompt);
  if (shape?.[1]) {
    d.errorShape = shape[1] as 'no-code' | 'string' | 'numeric';
    d.fail ??= 'unknown_error';
  }
  if (/\bsim:fallback\b/.test(prompt)) d.fallback = true;
  if (/\bsim:cancel\b/.test(prompt)) d.cancel = true;
  if (/\bsim:null-fields\b/.test(prompt)) d.nullFields = true;
  if (/\bsim:oneapi-request-id\b/.test(prompt)) d.oneapiRequestId = true;
  const unknown = /\bsim:paid-outcome-unknown=(\d+)/.exec(prompt);
  if (unknown?.[1]) d.paidOutcomeUnknown = Number(unknown[1]);
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
