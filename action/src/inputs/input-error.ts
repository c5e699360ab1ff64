import { ClipwrightError } from '@clipwright/core';

/** An action input that cannot be used; the message names the input and how to fix it. */
export class InputError extends ClipwrightError {
  override name = 'InputError';
  override readonly code = 'invalid_input';
  /** The input's name, e.g. `shard`. */
  readonly input: string;
  constructor(input: string, message: string) {
    super(`Input '${input}': ${message}`);
    this.input = input;
  }
}
