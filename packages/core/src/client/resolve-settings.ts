import type { Dispatcher } from 'undici';
import { ClipwrightError } from '../errors/clipwright-error.ts';
import type { HttpSettings } from '../internal/http-settings.ts';
import { undici } from '../internal/undici.ts';
import type { ClientOptions } from './client-options.ts';
import { systemClock } from './system-clock.ts';

/** What every request of one client shares, and where its uploads go. */
export interface ClientSettings {
  http: HttpSettings;
  /** The Files API's origin. */
  filesBaseUrl: string;
}

/** `ClientOptions` with every default applied (the environment read once, here). */
export function resolveSettings(options: ClientOptions): ClientSettings {
  const env = options.env ?? process.env;
  const apiKey = options.apiKey ?? env.EVOLINK_API_KEY;
  const baseUrl = options.baseUrl ?? env.EVOLINK_BASE_URL ?? 'https://api.evolink.ai';
  const filesBaseUrl =
    options.filesBaseUrl ??
    env.EVOLINK_FILES_BASE_URL ??
    ((options.baseUrl ?? env.EVOLINK_BASE_URL) ? baseUrl : 'https://files-api.evolink.ai');
  let agent: Promise<Dispatcher> | undefined;
  const http: HttpSettings = {
    baseUrl,
    apiKey: () => {
      if (!apiKey) {
        throw new ClipwrightError('no API key: set EVOLINK_API_KEY or pass apiKey to createClient');
      }
      return apiKey;
    },
    dispatcher: () => {
      agent ??= options.dispatcher
        ? Promise.resolve(options.dispatcher)
        : undici().then(
            ({ Agent }) => new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 }),
          );
      return agent;
    },
    headersTimeoutMs: options.headersTimeoutMs ?? 30_000,
    createTimeoutMs: options.createTimeoutMs ?? 120_000,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 60_000,
    maxRetries: Math.max(0, options.maxRetries ?? 3),
    rateLimitMaxWaitMs: Math.max(0, options.rateLimitMaxWaitMs ?? 900_000),
    retry: options.retry ?? {},
    clock: options.clock ?? systemClock,
    logger: options.logger ?? {},
    onRetry: options.onRetry,
    gates: new Map(),
  };
  return { http, filesBaseUrl };
}
