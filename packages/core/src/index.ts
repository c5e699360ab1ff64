// biome-ignore-all assist/source/organizeImports: grouped by topic, for readers of the surface

// The public surface of @clipwright/core: what a program using the client needs (34 names,
// chosen as openai-node and ky choose theirs): the client, the API's shapes, validation and
// prices before spending, polling policies, and every error a caller may catch. The shapes
// named in these signatures (options, results, policies) are one type-only namespace,
// `ClientTypes`. What Clipwright's own packages need beyond this is in ./internal.ts (the
// `@clipwright/core/internal` subpath, no semver promise).

// The client, its options, and the shapes its methods take and return.
export { createClient } from './client/create-client.ts';
export type { Client } from './client/client.ts';
export type { ClientOptions } from './client/client-options.ts';
export type * as ClientTypes from './client-types.ts';

// The API's shapes, and reading them.
export type { Clock, Task, VideoRequest } from './types.ts';
export { parseCallback } from './tasks/parse-callback.ts';
export { videoUrl } from './tasks/video-url.ts';

// Models, prices and validation: everything checked before anything is spent.
export { models } from './models/models.ts';
export type { ModelSpec } from './models/model-spec.ts';
export { estimateCredits } from './models/estimate-credits.ts';
export { validateRequest } from './validation/validate-request.ts';

// How `tasks.wait` spaces its queries.
export { adaptivePolling, fixedInterval } from './policies/poll-policy.ts';

// Errors: every one extends ClipwrightError and has a stable snake_case `code`.
export { ClipwrightError } from './errors/clipwright-error.ts';
export { ValidationError } from './errors/validation-error.ts';
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  InsufficientQuotaError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestTooLargeError,
} from './errors/api-error.ts';
export {
  AbortError,
  ConnectionError,
  TimeoutError,
  UnexpectedResponseError,
} from './errors/request-errors.ts';
export { LinkExpiredError, TaskFailedError, WaitTimeoutError } from './errors/task-errors.ts';
export { DiskError } from './errors/disk-error.ts';
