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
} from './api-error.ts';
export { applyDefaults } from './apply-defaults.ts';
export type {
  ClientOptions,
  DownloadFile,
  Logger,
  OpenDownloadFile,
  RetryInfo,
} from './client-options.ts';
export {
  type Client,
  type CreatedTask,
  type CreateOptions,
  createClient,
  type DownloadOptions,
  type DownloadResult,
  type WaitOptions,
} from './create-client.ts';
export type { Credits } from './credits.ts';
export { type DidYouMeanOptions, didYouMean } from './did-you-mean.ts';
export {
  AbortError,
  asDiskError,
  ClipwrightError,
  ConnectionError,
  DiskError,
  diskErrorCodes,
  LinkExpiredError,
  TaskFailedError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type ValidationIssue,
  WaitTimeoutError,
} from './errors.ts';
export { estimateCredits, pricedAtDearest } from './estimate-credits.ts';
export {
  type ImageFormat,
  type ImageInfo,
  imageFormats,
  imageIssues,
  imageSizeIssues,
  MAX_IMAGE_BYTES,
} from './image-issues.ts';
export type { ModelParameter, ModelSpec } from './model-spec.ts';
export { modelUnavailable } from './model-unavailable.ts';
export { getModel, models } from './models.ts';
export { parseCallback } from './parse-callback.ts';
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
export { systemClock } from './system-clock.ts';
export { taskFailureCodes } from './task-failure-codes.ts';
export type { Clock, Task, TaskStatus, VideoRequest } from './types.ts';
export {
  UPLOAD_TTL_MS,
  type UploadedFile,
  type UploadFileOptions,
} from './upload-file.ts';
export {
  type CallbackUrlOptions,
  MAX_CALLBACK_URL_LENGTH,
  validateCallbackUrl,
} from './validate-callback-url.ts';
export { type ValidateRequestOptions, validateRequest } from './validate-request.ts';
export { videoUrl } from './video-url.ts';
