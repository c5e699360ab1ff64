export type { Client, CreatedTask, CreateOptions, WaitOptions } from './client/client.ts';
export type { ClientOptions, Logger, RetryInfo } from './client/client-options.ts';
export { createClient } from './client/create-client.ts';
export type { Credits } from './client/credits.ts';
export { systemClock } from './client/system-clock.ts';
export type {
  DownloadFile,
  DownloadOptions,
  DownloadResult,
  OpenDownloadFile,
} from './download/types.ts';
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  IDEMPOTENCY_CONFLICT,
  InsufficientQuotaError,
  InternalServerError,
  NotFoundError,
  PAID_OUTCOME_UNKNOWN,
  PermissionDeniedError,
  type QuotaKind,
  RateLimitError,
  RequestTooLargeError,
} from './errors/api-error.ts';
export { ClipwrightError } from './errors/clipwright-error.ts';
export { asDiskError, DiskError, diskErrorCodes } from './errors/disk-error.ts';
export { modelUnavailable } from './errors/model-unavailable.ts';
export {
  AbortError,
  ConnectionError,
  TimeoutError,
  UnexpectedResponseError,
} from './errors/request-errors.ts';
export { LinkExpiredError, TaskFailedError, WaitTimeoutError } from './errors/task-errors.ts';
export { taskFailureCodes } from './errors/task-failure-codes.ts';
export { ValidationError, type ValidationIssue } from './errors/validation-error.ts';
export { applyDefaults } from './models/apply-defaults.ts';
export { estimateCredits, pricedAtDearest } from './models/estimate-credits.ts';
export type { ModelParameter, ModelSpec } from './models/model-spec.ts';
export { getModel, models } from './models/models.ts';
export {
  type AdaptivePollingOptions,
  adaptivePolling,
  type FixedIntervalOptions,
  fixedInterval,
  type PollObservation,
  type PollPolicy,
  type PollState,
} from './poll-policy.ts';
export type { RetryPolicy } from './retry-policy.ts';
export { parseCallback } from './tasks/parse-callback.ts';
export { videoUrl } from './tasks/video-url.ts';
export type { Clock, Task, TaskStatus, VideoRequest } from './types.ts';
export {
  UPLOAD_TTL_MS,
  type UploadedFile,
  type UploadFileOptions,
} from './upload/upload-file.ts';
export { type DidYouMeanOptions, didYouMean } from './validation/did-you-mean.ts';
export {
  type ImageFormat,
  type ImageInfo,
  imageFormats,
  imageIssues,
  imageSizeIssues,
  MAX_IMAGE_BYTES,
} from './validation/image-issues.ts';
export {
  type CallbackUrlOptions,
  MAX_CALLBACK_URL_LENGTH,
  validateCallbackUrl,
} from './validation/validate-callback-url.ts';
export { type ValidateRequestOptions, validateRequest } from './validation/validate-request.ts';
