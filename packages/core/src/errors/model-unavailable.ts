import { ApiError, IDEMPOTENCY_CONFLICT } from './api-error.ts';

/**
 * Codes saying "this model is not available to you", read from the vendor's successor client
 * (EvoLinkAI/evolink-mcp, gateway error classification: `key_model_not_allowed`,
 * `model_unavailable`, `no_available_channel`, `channel_selection_failed`) and from the
 * simulator's refusals (`model_access_denied`, `model_not_found`); `model_deprecated` is our
 * assumption (no deprecation code is documented).
 */
const unavailableCodes = new Set([
  'model_access_denied',
  'key_model_not_allowed',
  'model_not_found',
  'model_not_supported',
  'model_unavailable',
  'model_deprecated',
  'no_available_channel',
  'channel_selection_failed',
]);

/** 403 codes about the key or the account rather than the model: another model fares no better. */
const keyCodes = new Set([
  'key_disabled',
  'key_expired',
  'user_disabled',
  'account_disabled',
  'mcp_paused',
]);

/**
 * Whether a create's error is a refusal that cost nothing and means "this model is not
 * available to you", so that another model may be tried with the same input: a 4xx answer
 * (nothing was created) that is a 403 on the model (not one about the key), a 404 (on a
 * create, only the model can be unknown), or a 400 naming the model (`param: "model"`, e.g.
 * a deprecation), or any 4xx with one of the unavailable codes above. Never for a 401, a
 * 402 (balance and key limits), a 429, a content-policy refusal, an idempotency conflict,
 * an unknown paid outcome or a 5xx (the task may exist: it is retried under its key).
 */
export function modelUnavailable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status < 400 || error.status >= 500 || error.outcomeUnknown) return false;
  const code = String(error.apiCode ?? '').toLowerCase();
  if (code === IDEMPOTENCY_CONFLICT || keyCodes.has(code)) return false;
  if (unavailableCodes.has(code) || code.startsWith('channel:')) return true;
  if (error.status === 403 || error.status === 404) return true;
  return error.status === 400 && error.param === 'model';
}
