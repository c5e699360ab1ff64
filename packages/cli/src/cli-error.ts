import {
  AbortError,
  ApiError,
  AuthenticationError,
  ClipwrightError,
  PermissionDeniedError,
  TaskFailedError,
  ValidationError,
} from '@clipwright/core';
import { exitCodes } from './exit-codes.ts';

/** The `code` of a `CliError` by its exit code: `invalid_input`, `not_configured`, ... */
const codeOfExit: Record<number, string> = {
  [exitCodes.someFailed]: 'some_failed',
  [exitCodes.invalidInput]: 'invalid_input',
  [exitCodes.notConfigured]: 'not_configured',
  [exitCodes.apiError]: 'api_error',
  [exitCodes.internal]: 'internal',
  [exitCodes.interrupted]: 'interrupted',
  [exitCodes.terminated]: 'terminated',
};

/**
 * An error meant for the user: printed as its message (no stack), exits with `exitCode`. Its
 * `code` names the exit code's meaning (`invalid_input` for 2, `not_configured` for 3, ...).
 */
export class CliError extends ClipwrightError {
  override name = 'CliError';
  override readonly code: string;
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
    this.code = codeOfExit[exitCode] ?? 'cli_error';
  }
}

/** The message and exit code for any error a command let through. */
export function describeError(err: unknown): { message: string; exitCode: number; bug: boolean } {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode, bug: false };
  if (err instanceof AuthenticationError || err instanceof PermissionDeniedError) {
    return {
      message: `${err.message}\nCheck EVOLINK_API_KEY: the API refused it${err instanceof PermissionDeniedError ? ' for this model' : ''}.`,
      exitCode: exitCodes.notConfigured,
      bug: false,
    };
  }
  if (err instanceof ValidationError) {
    return { message: err.message, exitCode: exitCodes.invalidInput, bug: false };
  }
  if (err instanceof AbortError) {
    return { message: 'interrupted', exitCode: exitCodes.interrupted, bug: false };
  }
  if (err instanceof TaskFailedError) {
    return { message: err.message, exitCode: exitCodes.someFailed, bug: false };
  }
  if (err instanceof ApiError || err instanceof ClipwrightError) {
    return { message: err.message, exitCode: exitCodes.apiError, bug: false };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { message, exitCode: exitCodes.internal, bug: true };
}
