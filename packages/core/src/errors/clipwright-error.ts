/**
 * Base class of every error Clipwright throws, core's and its other packages'. `code` is a
 * stable snake_case identifier of the kind of error, for programs to branch on without
 * `instanceof`; core's classes use their class name in snake_case (`ValidationError` →
 * `validation_error`, `RateLimitError` → `rate_limit_error`). `name` is the class name.
 *
 * @example
 * // A subclass names its code beside its name (core's classes all do):
 * class PlanError extends ClipwrightError {
 *   override name = 'PlanError';
 *   override readonly code: string = 'plan_error';
 * }
 * // or passes it: new ClipwrightError('no prompt files found', { code: 'no_prompts' })
 */
export class ClipwrightError extends Error {
  override name = 'ClipwrightError';
  /** A stable snake_case identifier of the kind of error, e.g. `validation_error`. */
  readonly code: string;
  /**
   * @param options.cause The error this one wraps (standard `ErrorOptions`).
   * @param options.code This error's `code`. @default 'clipwright_error'
   */
  constructor(message: string, options?: ErrorOptions & { code?: string }) {
    super(message, options);
    this.code = options?.code ?? 'clipwright_error';
  }
}
