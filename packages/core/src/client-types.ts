// `ClientTypes`: the shapes named in the signatures of @clipwright/core's public functions,
// exported from the package root as one type-only namespace (`ClientTypes.CreateOptions`), so
// a program can name any of them while the root keeps to the names a program calls or catches.

// The client's methods: their options and results.
export type { CreatedTask, CreateOptions, WaitOptions } from './client/client.ts';
export type { Credits } from './client/credits.ts';
export type {
  DownloadFile,
  DownloadOptions,
  DownloadResult,
  OpenDownloadFile,
} from './download/types.ts';
// What the errors carry and are made from.
export type { ApiErrorInit, QuotaKind } from './errors/api-error.ts';
export type { TransportErrorOptions } from './errors/request-errors.ts';
export type { ValidationIssue } from './errors/validation-error.ts';
export type { FindCatalogModel, LifecycleCatalog } from './models/lifecycle.ts';
// Models and validation.
export type { ModelParameter } from './models/model-spec.ts';
export type { PaceOptions } from './policies/learned-pace.ts';
export type {
  AdaptivePollingOptions,
  FixedIntervalOptions,
  PollObservation,
  PollPolicy,
  PollState,
} from './policies/poll-policy.ts';
export type { RetryPolicy } from './policies/retry-policy.ts';
// What `createClient`'s options take: a logger, retry and polling policies (`Clock` is in the
// root: every layer passes one).
export type { Logger, RetryInfo, TaskStatus } from './types.ts';
export type { UploadedFile, UploadFileOptions } from './upload/upload-file.ts';
export type { ValidateRequestOptions } from './validation/validate-request.ts';
