/** Time source and sleeper. Every wait in the client goes through one, so tests pass a fake. */
export interface Clock {
  /** Current time in milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with an `AbortError` when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A create request for `POST /v1/videos/generations`. Field names are the API's own. */
export interface VideoRequest {
  model: string;
  prompt: string;
  duration?: number;
  aspect_ratio?: string;
  quality?: string;
  remove_watermark?: boolean;
  image_urls?: string[];
  callback_url?: string;
  [k: string]: unknown;
}

/** Task status as the API reports it; unknown strings are possible and mean "not finished". */
export type TaskStatus =
  | 'pending'
  | 'processing'
  | 'completed'
  | 'failed'
  | 'cancelled'
  | (string & {});

/** A video generation task, as returned by create, query and callbacks. */
export interface Task {
  id: string;
  model: string;
  object?: string;
  status: TaskStatus;
  /** 0-100. */
  progress: number;
  /** Unix seconds. */
  created: number;
  /** Result links (valid 24 hours); `results[0]` is the video. */
  results?: string[];
  /**
   * Set when failed (or cancelled). `code` is `unknown_error` when the API gave none; a numeric
   * code reads as its string. `fallback_suggestion` is the API's advice, when it gives one.
   */
  error?: { code: string; message: string; fallback_suggestion?: string };
  task_info?: { can_cancel?: boolean; estimated_time?: number; video_duration?: number };
  usage?: {
    billing_rule?: string;
    credits_reserved?: number;
    credits_used?: number;
    user_group?: string;
  };
  /** The `x-request-id` (or `x-oneapi-request-id`) of the response this state came from. */
  requestId?: string;
  [k: string]: unknown;
}

/** Structured log sink. Messages never contain the API key. */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
}

/** What `onRetry` is told before each retry sleep. */
export interface RetryInfo {
  /** `GET /v1/tasks/...`, `POST /v1/videos/generations`, `GET <download url>`. */
  request: string;
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  error: Error;
}
