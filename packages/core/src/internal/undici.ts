import type * as Undici from 'undici';

let loaded: Promise<typeof Undici> | undefined;

/**
 * undici, loaded on the first request: it is about a hundred modules, and a command that
 * sends none (`clipwright validate`, a plan) should not pay for them at start-up.
 */
export function undici(): Promise<typeof Undici> {
  // undici is CommonJS: Node gives its exports as names and as `default`, a bundle split by
  // esbuild (the action's) only as `default`.
  loaded ??= import('undici').then((m) => {
    const exports = (m as unknown as { default?: typeof Undici }).default;
    return typeof exports?.Agent === 'function' ? exports : m;
  });
  return loaded;
}

/** Undici's transport timeouts (headers, body, connect), known by their error codes. */
export function isUndiciTimeout(error: unknown): error is Error {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    error instanceof Error &&
    (code === 'UND_ERR_HEADERS_TIMEOUT' ||
      code === 'UND_ERR_BODY_TIMEOUT' ||
      code === 'UND_ERR_CONNECT_TIMEOUT')
  );
}
