/** An action input that cannot be used; the message names the input and how to fix it. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(input: string, message: string) {
    super(`Input '${input}': ${message}`);
  }
}
