/** A stable code and message for any error; never includes request headers (so never the key). */
export function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      code: typeof code === 'string' && code !== '' ? code : error.name,
      message: error.message,
    };
  }
  return { code: 'unknown_error', message: String(error) };
}
