/** Bodies larger than this are refused: the endpoints answer a few hundred kilobytes. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface FetchJsonOptions {
  apiKey?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** GETs a JSON document; any failure is an Error naming the URL (never the key). */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      headers,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new Error(`GET ${url}: ${(error as Error).message}`);
  }
  const text = await response.text();
  if (text.length > MAX_BODY_BYTES)
    throw new Error(`GET ${url}: body over ${MAX_BODY_BYTES} bytes`);
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`GET ${url}: the body is not JSON`);
  }
}
