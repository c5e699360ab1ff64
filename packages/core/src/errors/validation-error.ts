import { ClipwrightError } from './clipwright-error.ts';

/** One problem found by validation, phrased like help. */
export interface ValidationIssue {
  /** The request field, e.g. `duration` or `image_urls.0`. */
  field: string;
  /** Help text without the field prefix, e.g. `sora-2-beta-max accepts 10 or 15, got 8`. */
  message: string;
  /** The value given, when there was one. */
  received?: unknown;
  /** The accepted values, when they form a list. */
  allowed?: readonly unknown[];
  /**
   * How to fix it, in words a user can act on, e.g. `use one of 10, 15` or
   * `remove \`quality\`: sora-2-beta-max does not take it`. Set by every built-in check.
   */
  fix?: string;
}

/**
 * The request is invalid; nothing was sent. `message` has one `field: message` line per issue.
 * Code `validation_error`.
 */
export class ValidationError extends ClipwrightError {
  override name = 'ValidationError';
  override readonly code: string = 'validation_error';
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
    this.issues = issues;
  }
}
