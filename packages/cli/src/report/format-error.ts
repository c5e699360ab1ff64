/** `code: message`, without repeating the code when the message already says it. */
export function formatError(error: { code: string; message: string }): string {
  return error.message.includes(error.code) ? error.message : `${error.code}: ${error.message}`;
}
