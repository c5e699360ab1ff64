import { ClipwrightError } from '@clipwright/core';
import { describe, expect, it } from 'vitest';
import { CliError, describeError } from './cli-error.ts';
import { exitCodes } from './exit-codes.ts';

describe('CliError', () => {
  it("is a ClipwrightError whose code names its exit code's meaning", () => {
    const error = new CliError('EVOLINK_API_KEY is not set.', exitCodes.notConfigured);
    expect(error).toBeInstanceOf(ClipwrightError);
    expect(error).toMatchObject({ name: 'CliError', code: 'not_configured', exitCode: 3 });
    expect(new CliError('bad flag', exitCodes.invalidInput).code).toBe('invalid_input');
    expect(describeError(error)).toEqual({
      message: 'EVOLINK_API_KEY is not set.',
      exitCode: 3,
      bug: false,
    });
  });
});
