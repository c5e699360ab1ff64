// biome-ignore-all assist/source/organizeImports: grouped by topic, for readers of the surface

// The public surface of @clipwright/core: what a program using the client needs. Everything
// else is private to the package; what Clipwright's own packages need beyond this is in
// ./internal.ts (the `@clipwright/core/internal` subpath, no semver promise).

// The client, its options and results.
export { createClient } from './client/create-client.ts';
export type { Client, CreatedTask, CreateOptions, WaitOptions } from './client/client.ts';
export type { ClientOptions } from './client/client-options.ts';
export type { Credits } from './client/credits.ts';
export type { DownloadOptions, DownloadResult } from './download/types.ts';
export type { UploadedFile, UploadFileOptions } from './upload/upload-file.ts';

// The API's shapes, and reading them.
export type { Clock, Task, VideoRequest } from './types.ts';
export { parseCallback } from './tasks/parse-callback.ts';
export { videoUrl } from './tasks/video-url.ts';

// Models, prices and validation: everything checked before anything is spent.
export { getModel, models } from './models/models.ts';
export type { ModelSpec } from './models/model-spec.ts';
export { estimateCredits } from './models/estimate-credits.ts';
export { validateRequest } from './validation/validate-request.ts';
export { ValidationError, type ValidationIssue } from './errors/validation-error.ts';

// How `tasks.wait` spaces its queries.
export { adaptivePolling, fixedInterval, type PollPolicy } from './policies/poll-policy.ts';

// Errors: every one extends ClipwrightError and has a stable snake_case `code`.
export { ClipwrightError } from './errors/clipwright-error.ts';
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
