import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-ZAPL4TST.js";
import {
  __commonJS,
  __toESM
} from "./chunk-FMRLRFVJ.js";

// ../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// ../packages/pipeline/src/output/folder-cache.ts
import { lstatSync, readFileSync } from "node:fs";
import { rm as rm2 } from "node:fs/promises";
import path5 from "node:path";

// ../packages/pipeline/src/output/hash-file.ts
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import * as fsp from "node:fs/promises";
var spareBlocks = [];
var BLOCK_BYTES = 256 * 1024;
async function hashFile(file) {
  const hash = createHash("sha256");
  const block = spareBlocks.pop() ?? Buffer.allocUnsafeSlow(BLOCK_BYTES);
  try {
    const small = hashSmallFile(file, hash, block);
    if (small !== void 0) return { sha256: hash.digest("hex"), bytes: small };
    const handle = await fsp.open(file, READ_FLAGS);
    let bytes = 0;
    try {
      for (; ; ) {
        const { bytesRead } = await handle.read(block, 0, block.length, null);
        if (bytesRead === 0) break;
        hash.update(block.subarray(0, bytesRead));
        bytes += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return { sha256: hash.digest("hex"), bytes };
  } finally {
    spareBlocks.push(block);
  }
}
var READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
function hashSmallFile(file, hash, block) {
  const fd = openSync(file, READ_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(`${file} is not a regular file, so it is not read`);
    if (info.size >= block.length) return void 0;
    let bytes = 0;
    for (; ; ) {
      const bytesRead = readSync(fd, block, 0, block.length, null);
      if (bytesRead === 0) return bytes;
      hash.update(block.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}

// ../packages/pipeline/src/output/place-file.ts
import path3 from "node:path";

// ../packages/core/src/client/create-client.ts
import { randomUUID as cryptoRandomUUID } from "node:crypto";

// ../packages/core/src/download/download-file.ts
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

// ../packages/core/src/errors/clipwright-error.ts
var ClipwrightError = class extends Error {
  name = "ClipwrightError";
  /** A stable snake_case identifier of the kind of error, e.g. `validation_error`. */
  code;
  /**
   * @param options.cause The error this one wraps (standard `ErrorOptions`).
   * @param options.code This error's `code`. @default 'clipwright_error'
   */
  constructor(message, options) {
    super(message, options);
    this.code = options?.code ?? "clipwright_error";
  }
};

// ../packages/core/src/errors/disk-error.ts
var diskErrorCodes = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EROFS: "the file system is read-only"
};
var DiskError = class extends ClipwrightError {
  name = "DiskError";
  code = "disk_error";
  errno;
  /** The file being written. */
  path;
  constructor(errno, path6, options = {}) {
    super(
      `cannot write ${path6}: ${diskErrorCodes[errno] ?? errno} (${errno}); free some space or choose another folder, then run again`,
      options
    );
    this.errno = errno;
    this.path = path6;
  }
};
function asDiskError(error, path6) {
  if (error instanceof DiskError) return error;
  const errno = error?.code;
  return typeof errno === "string" && errno in diskErrorCodes ? new DiskError(errno, path6, { cause: error }) : void 0;
}

// ../packages/core/src/errors/request-errors.ts
var ConnectionError = class extends ClipwrightError {
  name = "ConnectionError";
  code = "connection_error";
  /**
   * `false` when the request never reached a server (refused, DNS): a create then made
   * nothing; `true` when it may have (a reset after sending): its outcome is unknown.
   */
  sent;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.sent = options.sent ?? true;
  }
};
var TimeoutError = class extends ClipwrightError {
  name = "TimeoutError";
  code = "timeout_error";
  /** `false` for a connect timeout (nothing sent); `true` otherwise (see `ConnectionError.sent`). */
  sent;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.sent = options.sent ?? true;
  }
};
var AbortError = class extends ClipwrightError {
  name = "AbortError";
  code = "abort_error";
};
var UnexpectedResponseError = class extends ClipwrightError {
  name = "UnexpectedResponseError";
  code = "unexpected_response_error";
  status;
  requestId;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.requestId = options.requestId;
  }
};

// ../packages/core/src/errors/validation-error.ts
var ValidationError = class extends ClipwrightError {
  name = "ValidationError";
  code = "validation_error";
  issues;
  constructor(issues) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join("\n"));
    this.issues = issues;
  }
};

// ../packages/core/src/errors/api-error.ts
var quotaCodes = {
  insufficient_quota: "balance",
  insufficient_user_quota: "balance",
  quota_not_enough: "balance",
  account_balance_insufficient: "balance",
  insufficient_token_quota: "key",
  key_quota_exhausted: "key",
  token_daily_quota_exceeded: "daily",
  key_daily_quota_exhausted: "daily"
};
var PAID_OUTCOME_UNKNOWN = "paid_outcome_unknown";
var IDEMPOTENCY_CONFLICT = "idempotency_conflict";
var retryableStatuses = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var ApiError = class extends ClipwrightError {
  name = "ApiError";
  code = "api_error";
  status;
  /** The body's `error.code`: a string in newer API pages, a number in older ones. */
  apiCode;
  type;
  param;
  requestId;
  retryable;
  retryAfterMs;
  /** The API's `fallback_suggestion`, shown as the fix. */
  fallbackSuggestion;
  /**
   * True when a paid create may have created (and charged) a task although it failed:
   * `paid_outcome_unknown`, and any 5xx. Callers keep the credits reserved and the key.
   */
  outcomeUnknown;
  constructor(init) {
    const message = init.message.replace(/\s*\(request id: [^)]*\)\s*$/, "");
    super(
      `${init.status}${init.code !== void 0 ? ` ${init.code}` : ""}: ${message}` + (init.requestId ? ` (request id ${init.requestId})` : "") + (init.fallbackSuggestion ? `
fix: ${init.fallbackSuggestion}` : "")
    );
    this.status = init.status;
    this.apiCode = init.code;
    this.type = init.type;
    this.param = init.param;
    this.requestId = init.requestId;
    this.outcomeUnknown = init.code === PAID_OUTCOME_UNKNOWN || init.status >= 500;
    this.retryable = init.retryable ?? (retryableStatuses.has(init.status) || init.code === PAID_OUTCOME_UNKNOWN);
    this.retryAfterMs = init.retryAfterMs;
    this.fallbackSuggestion = init.fallbackSuggestion;
  }
};
var BadRequestError = class extends ApiError {
  name = "BadRequestError";
  code = "bad_request_error";
};
var AuthenticationError = class extends ApiError {
  name = "AuthenticationError";
  code = "authentication_error";
};
var InsufficientQuotaError = class extends ApiError {
  name = "InsufficientQuotaError";
  code = "insufficient_quota_error";
  /** `balance` (top up), `key` (raise the key's limit) or `daily` (passes at midnight). */
  quota;
  constructor(init) {
    super(init);
    this.quota = quotaCodes[String(init.code ?? "").toLowerCase()] ?? "balance";
  }
};
var PermissionDeniedError = class extends ApiError {
  name = "PermissionDeniedError";
  code = "permission_denied_error";
};
var NotFoundError = class extends ApiError {
  name = "NotFoundError";
  code = "not_found_error";
};
var RequestTooLargeError = class extends ApiError {
  name = "RequestTooLargeError";
  code = "request_too_large_error";
};
var RateLimitError = class extends ApiError {
  name = "RateLimitError";
  code = "rate_limit_error";
};
var InternalServerError = class extends ApiError {
  name = "InternalServerError";
  code = "internal_server_error";
};
function apiErrorFromStatus(init) {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 402:
      return new InsufficientQuotaError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 413:
      return new RequestTooLargeError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new InternalServerError(init) : new ApiError(init);
  }
}

// ../packages/core/src/policies/retry-policy.ts
var DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
function retryDelay(attempt, policy = {}, retryAfterMs) {
  const maxRetryAfter = policy.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  if (retryAfterMs !== void 0 && retryAfterMs >= 0) return Math.min(retryAfterMs, maxRetryAfter);
  const base = policy.baseDelayMs ?? 500;
  const cap = policy.maxDelayMs ?? 3e4;
  const random = policy.random ?? Math.random;
  return random() * Math.min(cap, base * 2 ** attempt);
}
function parseRetryAfter(value, now) {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === void 0 || text.trim() === "") return void 0;
  if (/^\s*\d+(\.\d+)?\s*$/.test(text)) return Number(text) * 1e3;
  if (!/[a-z]{3}/i.test(text)) return void 0;
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
var POLL_MAX_RETRY_AFTER_MS = 3e4;

// ../packages/core/src/internal/clock-sleep.ts
async function sleep(clock, ms, signal, what) {
  if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
  try {
    await clock.sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw new AbortError(`${what} was aborted`, { cause: signal.reason });
    throw error;
  }
}

// ../packages/core/src/internal/rate-limit-gate.ts
var FREE = { holdsTurn: false };
var RateLimitGate = class {
  #clock;
  #retry;
  #queue = [];
  /** Rate limited: one request at a time, and none before `#blockedUntil`. */
  #limited = false;
  #blockedUntil = 0;
  /** A request sent alone is in flight. */
  #busy = false;
  /** 429s in a row (for the back-off when no Retry-After came). */
  #strikes = 0;
  #last;
  /** Cancels the gate's own sleep when nobody waits any more. */
  #sleep;
  constructor(clock, retry) {
    this.#clock = clock;
    this.#retry = retry;
  }
  /**
   * Waits for this class's turn. Rejects with `AbortError` on abort, and with a
   * `RateLimitError` at once when the gate stays closed past `deadline` (clock time).
   */
  enter(signal, deadline, what) {
    if (signal?.aborted)
      return Promise.reject(new AbortError(`${what} was aborted`, { cause: signal.reason }));
    if (!this.#limited && !this.#busy && this.#queue.length === 0) return Promise.resolve(FREE);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const at = this.#queue.indexOf(waiter);
        if (at >= 0) this.#queue.splice(at, 1);
        reject(new AbortError(`${what} was aborted`, { cause: signal?.reason }));
        this.#pump();
      };
      const waiter = {
        deadline,
        what,
        resolve: (ticket) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(ticket);
        },
        reject: (error) => {
          signal?.removeEventListener("abort", onAbort);
          reject(error);
        }
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#queue.push(waiter);
      this.#pump();
    });
  }
  /**
   * Reports how a request let through by `enter` ended. A `RateLimitError` closes the class
   * and returns how long (ms) it stays closed: the Retry-After capped at `maxRetryAfterMs`,
   * else the back-off. Anything else returns undefined.
   */
  leave(ticket, error) {
    if (ticket.holdsTurn) this.#busy = false;
    let delayMs;
    if (error instanceof RateLimitError) {
      if (ticket.holdsTurn || this.#strikes === 0) this.#strikes += 1;
      delayMs = retryDelay(this.#strikes - 1, this.#retry, error.retryAfterMs);
      this.#limited = true;
      this.#blockedUntil = Math.max(this.#blockedUntil, this.#clock.now() + delayMs);
      this.#last = error;
    } else if (error === void 0 && ticket.holdsTurn) {
      this.#strikes = 0;
      if (this.#queue.length === 0) this.#limited = false;
    }
    this.#pump();
    return delayMs;
  }
  /** Lets the next waiter through when the class is open and nobody is in flight alone. */
  #pump() {
    if (this.#queue.length === 0) {
      this.#sleep?.abort();
      this.#sleep = void 0;
      return;
    }
    if (this.#busy || this.#sleep) return;
    const now = this.#clock.now();
    if (now < this.#blockedUntil) {
      this.#rejectPast(this.#blockedUntil, now);
      if (this.#queue.length === 0) return;
      const sleep2 = new AbortController();
      this.#sleep = sleep2;
      this.#clock.sleep(this.#blockedUntil - now, sleep2.signal).then(
        () => {
          if (this.#sleep === sleep2) this.#sleep = void 0;
          this.#pump();
        },
        () => {
        }
        // cancelled: the queue emptied
      );
      return;
    }
    const next = this.#queue.shift();
    if (!next) return;
    if (this.#limited) {
      this.#busy = true;
      next.resolve({ holdsTurn: true });
    } else {
      next.resolve(FREE);
      this.#pump();
    }
  }
  /** Fails, at once, the waiters that would still be waiting past their deadline. */
  #rejectPast(openAt, now) {
    for (const waiter of [...this.#queue]) {
      if (waiter.deadline >= openAt) continue;
      this.#queue.splice(this.#queue.indexOf(waiter), 1);
      const last = this.#last;
      waiter.reject(
        new RateLimitError({
          status: 429,
          message: `${waiter.what} is rate limited for ${Math.ceil((openAt - now) / 1e3)} s more, past its rateLimitMaxWaitMs`,
          code: last?.code,
          type: last?.type,
          requestId: last?.requestId,
          retryAfterMs: openAt - now
        })
      );
    }
  }
};
function gateFor(gates, key, clock, retry) {
  let gate = gates.get(key);
  if (!gate) {
    gate = new RateLimitGate(clock, retry);
    gates.set(key, gate);
  }
  return gate;
}

// ../packages/core/src/internal/with-retries.ts
var OPEN_GATE = {
  enter: (signal, _deadline, what) => signal?.aborted ? Promise.reject(new AbortError(`${what} was aborted`, { cause: signal.reason })) : Promise.resolve({ holdsTurn: false }),
  leave: () => void 0
};
function isRefusal(error) {
  return error instanceof ApiError && (error.status === 429 || error.status === 503);
}
function isRetryable(error) {
  if (error instanceof ApiError) return error.retryable;
  return error instanceof ConnectionError || error instanceof TimeoutError;
}
async function withRetries(http, target, attempt) {
  const { clock } = http;
  const gate = target.paced ? OPEN_GATE : gateFor(http.gates, target.route, clock, http.retry);
  let failures = 0;
  let retries = 0;
  let waitedMs = 0;
  for (; ; ) {
    const enteredAt = clock.now();
    const ticket = await gate.enter(
      target.signal,
      enteredAt + http.rateLimitMaxWaitMs - waitedMs,
      target.what
    );
    waitedMs += clock.now() - enteredAt;
    let left = false;
    const leave = (error) => {
      if (left) return void 0;
      left = true;
      return gate.leave(ticket, error);
    };
    let delayMs;
    let sleepHere = true;
    try {
      const result = await attempt(() => leave());
      leave();
      return result;
    } catch (error) {
      const closedForMs = leave(error);
      if (error instanceof AbortError || !(error instanceof Error)) throw error;
      if (!target.repeatable || http.maxRetries === 0 || !isRetryable(error)) throw error;
      if (target.paced && isRefusal(error)) throw error;
      if (error instanceof RateLimitError && closedForMs !== void 0) {
        if (!target.retryRateLimit || waitedMs + closedForMs > http.rateLimitMaxWaitMs) throw error;
        delayMs = closedForMs;
        sleepHere = false;
      } else {
        if (failures >= http.maxRetries) throw error;
        delayMs = retryDelay(
          failures,
          http.retry,
          error.retryAfterMs
        );
        failures += 1;
      }
      retries += 1;
      http.onRetry?.({ request: target.what, attempt: retries, delayMs, error });
      http.logger.warn?.(`${target.logMessage ?? "retrying"} ${target.what}`, {
        attempt: retries,
        delayMs,
        error: error.message,
        ...target.logFields?.()
      });
      if (sleepHere) await sleep(clock, delayMs, target.signal, target.what);
    }
  }
}

// ../packages/core/src/validation/result-link.ts
import { isIP as isIP2 } from "node:net";

// ../packages/core/src/validation/blocked-addresses.ts
import { BlockList, isIP } from "node:net";
var blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  // "this network", includes 0.0.0.0 (unspecified)
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  // benchmarking
  ["224.0.0.0", 4],
  // multicast
  ["240.0.0.0", 4]
  // reserved, includes 255.255.255.255
]) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  // unspecified
  ["::1", 128],
  // loopback
  ["64:ff9b:1::", 48],
  // local-use NAT64
  ["fc00::", 7],
  // unique local
  ["fe80::", 10],
  // link-local
  ["fec0::", 10],
  // old site-local
  ["ff00::", 8]
  // multicast
]) {
  blocked.addSubnet(net, prefix, "ipv6");
}
function isBlockedAddress(address) {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return blocked.check(address, "ipv4");
  if (blocked.check(address, "ipv6")) return true;
  const embedded = embeddedIpv4(address);
  return embedded !== void 0 && blocked.check(embedded, "ipv4");
}
function embeddedIpv4(address) {
  const h = hextets(address);
  if (!h) return void 0;
  const v4 = (hi, lo) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from, to) => h.slice(from, to).every((x) => x === 0);
  const g = (i) => h[i] ?? 0;
  if (zero(0, 6) || zero(0, 4) && h[4] === 65535 && h[5] === 0) return v4(g(6), g(7));
  if (h[0] === 100 && h[1] === 65435 && zero(2, 6)) return v4(g(6), g(7));
  if (h[0] === 8194) return v4(g(1), g(2));
  return void 0;
}
function hextets(address) {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${(a << 8 | b).toString(16)}:${(c << 8 | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const part = (p) => p === "" ? [] : p.split(":").map((x) => Number.parseInt(x, 16));
  const left = part(head);
  const right = tail === void 0 ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || tail === void 0 && missing !== 0) return void 0;
  return [...left, ...new Array(missing).fill(0), ...right];
}
var metadataNames = /* @__PURE__ */ new Set(["metadata", "metadata.goog"]);
function internalHostName(host) {
  if (host === "localhost" || host.endsWith(".localhost")) return "this-machine";
  if (host.endsWith(".local") || host.endsWith(".internal") || metadataNames.has(host))
    return "internal";
  return void 0;
}
function bareHost(url) {
  return url.hostname.replace(/^\[|\]$/g, "").toLowerCase().replace(/\.$/, "");
}

// ../packages/core/src/validation/result-link.ts
function resultLinkProblem(link, rules) {
  if (link.protocol !== "https:" && link.protocol !== "http:") {
    return `it uses ${link.protocol.slice(0, -1)}, not https`;
  }
  if (link.username !== "" || link.password !== "") return "it carries a user name or password";
  if (rules.allowInsecure || link.origin === rules.trustedOrigin) return void 0;
  if (link.protocol !== "https:") return "it uses http, not https";
  const host = bareHost(link);
  if (internalHostName(host)) {
    return `it points at an internal host (${host})`;
  }
  if (isIP2(host) !== 0 && isBlockedAddress(host)) {
    return `it points at a loopback, private, link-local or reserved address (${host})`;
  }
  return void 0;
}

// ../packages/core/src/download/download-attempt.ts
import { stat } from "node:fs/promises";

// ../packages/core/src/errors/task-failure-codes.ts
var taskFailureCodes = {
  content_policy_violation: {
    retryable: false,
    description: "The prompt or image was rejected by content moderation; change the input."
  },
  invalid_parameters: {
    retryable: false,
    description: "The request parameters were rejected; fix them."
  },
  image_processing_error: {
    retryable: false,
    description: "The input image could not be processed; use another image."
  },
  image_dimension_mismatch: {
    retryable: false,
    description: "The input image does not match the requested aspect ratio."
  },
  request_cancelled: { retryable: false, description: "The task was cancelled." },
  generation_failed_no_content: {
    retryable: true,
    description: "The model produced no content; a new task may succeed."
  },
  service_error: { retryable: true, description: "A service error; a new task may succeed." },
  generation_timeout: {
    retryable: true,
    description: "Generation timed out; a new task may succeed."
  },
  resource_exhausted: {
    retryable: true,
    description: "Capacity was exhausted; retry later."
  },
  quota_exceeded: { retryable: true, description: "An upstream quota was exceeded; retry later." },
  service_unavailable: {
    retryable: true,
    description: "The service was unavailable; retry later."
  },
  // Not retryable, as in both vendor clients (@evolinkai/evolink-media, EvoLinkAI/evolink-mcp).
  resource_not_found: {
    retryable: false,
    description: "A resource the task needs (usually the input image) was not found; check it."
  },
  unknown_error: { retryable: true, description: "An unknown error; a new task may succeed." }
};

// ../packages/core/src/errors/task-errors.ts
var WaitTimeoutError = class extends ClipwrightError {
  name = "WaitTimeoutError";
  code = "wait_timeout_error";
  taskId;
  /** The last state seen. */
  task;
  constructor(taskId, timeoutMs, task) {
    super(
      `task ${taskId} did not finish within ${Math.round(timeoutMs / 1e3)} s` + (task ? ` (last status ${task.status}, ${task.progress}%)` : "") + "; it may still complete: query it again later with tasks.wait"
    );
    this.taskId = taskId;
    this.task = task;
  }
};
var TaskFailedError = class extends ClipwrightError {
  name = "TaskFailedError";
  code = "task_failed_error";
  taskId;
  /**
   * The task's failure code, e.g. `content_policy_violation` (`unknown_error` when the API gave
   * none, `request_cancelled` for a cancelled task without one).
   */
  failureCode;
  /** Whether a new task with the same input may succeed (from `taskFailureCodes`). */
  retryable;
  task;
  /** The API's `fallback_suggestion` for this failure, when it gave one: shown as the fix. */
  fallbackSuggestion;
  constructor(task) {
    const failureCode = task.error?.code ?? (task.status === "cancelled" ? "request_cancelled" : "unknown_error");
    const detail = task.error?.message || taskFailureCodes[failureCode]?.description || `task ${task.status}`;
    const suggestion = task.error?.fallback_suggestion || void 0;
    super(
      `task ${task.id} ${task.status}: ${failureCode}: ${detail}` + (task.requestId ? ` (request id ${task.requestId})` : "") + (suggestion ? `
fix: ${suggestion}` : "")
    );
    this.taskId = task.id;
    this.failureCode = failureCode;
    this.fallbackSuggestion = suggestion;
    this.retryable = taskFailureCodes[failureCode]?.retryable ?? true;
    this.task = task;
  }
};
var LinkExpiredError = class extends ClipwrightError {
  name = "LinkExpiredError";
  code = "link_expired_error";
  status;
  constructor(status) {
    super(
      `the video link has expired (HTTP ${status}): EvoLink result links live 24 hours after the task completes; generate the video again to get a new one`
    );
    this.status = status;
  }
};

// ../packages/core/src/internal/undici.ts
var loaded;
function undici() {
  loaded ??= import("./undici-3ETE2WVX.js").then((m) => {
    const exports = m.default;
    return typeof exports?.Agent === "function" ? exports : m;
  });
  return loaded;
}
function isUndiciTimeout(error) {
  const code = error?.code;
  return error instanceof Error && (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT");
}

// ../packages/core/src/internal/errors-from-http.ts
function requestIdOf(headers) {
  const value = headers["x-request-id"] || headers["x-oneapi-request-id"];
  const first = Array.isArray(value) ? value[0] : value;
  return first || void 0;
}
function apiErrorFromResponse(status, text, headers, now) {
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = void 0;
  }
  const error = body?.error;
  const str = (v) => typeof v === "string" ? v : void 0;
  const code = typeof error?.code === "number" || typeof error?.code === "string" ? error.code : void 0;
  const message = str(error?.message) ?? (text.trim() ? text.trim().slice(0, 200) : `HTTP ${status} with an empty body`);
  return apiErrorFromStatus({
    status,
    message,
    code,
    type: str(error?.type),
    param: str(error?.param),
    requestId: requestIdOf(headers) ?? str(error?.request_id),
    fallbackSuggestion: str(error?.fallback_suggestion),
    retryAfterMs: parseRetryAfter(headers["retry-after"], now)
  });
}
function transportError(error, signal, what) {
  if (signal?.aborted) return new AbortError(`${what} was aborted`, { cause: signal.reason });
  if (error instanceof AbortError || error instanceof TimeoutError || error instanceof ConnectionError) {
    return error;
  }
  if (isUndiciTimeout(error)) {
    return new TimeoutError(`${what} timed out (${error.message})`, {
      cause: error,
      sent: error.code !== "UND_ERR_CONNECT_TIMEOUT"
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = error?.code;
  return new ConnectionError(`${what} failed: ${code ? `${code} ` : ""}${message}`, {
    cause: error,
    sent: !neverSent(error)
  });
}
var NOT_CONNECTED = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EAI_FAIL",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL"
]);
function neverSent(error, depth = 0) {
  if (depth > 4 || typeof error !== "object" || error === null) return false;
  const code = error.code;
  if (typeof code === "string" && NOT_CONNECTED.has(code)) return true;
  const inner = error.errors;
  if (Array.isArray(inner) && inner.length > 0) return inner.every((e) => neverSent(e, depth + 1));
  return neverSent(error.cause, depth + 1);
}

// ../packages/core/src/download/file-writer.ts
import { closeSync as closeSync2, openSync as openSync2, writeSync } from "node:fs";
import { Writable } from "node:stream";
var openDownloadFile = (path6, flags) => {
  const fd = openSync2(path6, flags);
  let open3 = true;
  return {
    write(chunk) {
      for (let at = 0; at < chunk.byteLength; ) {
        at += writeSync(fd, chunk, at, chunk.byteLength - at);
      }
    },
    close() {
      if (!open3) return;
      open3 = false;
      closeSync2(fd);
    }
  };
};
function fileSink(file, onWritten) {
  return new Writable({
    // Each chunk is written before its callback, so nothing queues here; a mark above any
    // body chunk keeps write() returning true, so the body never waits for a 'drain'.
    highWaterMark: 1024 * 1024,
    write(chunk, _encoding, done) {
      try {
        file.write(chunk);
      } catch (error) {
        done(error);
        return;
      }
      onWritten(chunk.byteLength);
      done();
    },
    final(done) {
      try {
        file.close();
        done();
      } catch (error) {
        done(error);
      }
    },
    destroy(error, done) {
      try {
        file.close();
      } catch {
      }
      done(error);
    }
  });
}

// ../packages/core/src/download/response-checks.ts
import { open as open2 } from "node:fs/promises";
import { Writable as Writable2 } from "node:stream";
import { StringDecoder } from "node:string_decoder";
var MAX_REDIRECTS = 5;
var redirectStatuses = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var videoTypes = /^(video\/[\w.+-]+|application\/octet-stream|binary\/octet-stream)\s*(;|$)/i;
var ERROR_BODY_CHARS = 64 * 1024;
function isRedirect(statusCode) {
  return redirectStatuses.has(statusCode);
}
function checkBody(what, bytes, total, statusCode, headers) {
  const type = String(headers["content-type"] ?? "application/octet-stream");
  if (!videoTypes.test(type)) {
    throw new UnexpectedResponseError(`${what} sent ${type}, not a video`, {
      status: statusCode
    });
  }
  if (statusCode === 206) {
    const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(headers["content-range"] ?? ""));
    if (!range || Number(range[1]) !== bytes) {
      throw new UnexpectedResponseError(
        `${what} answered a range request with ${headers["content-range"]}`
      );
    }
    return range[3] !== "*" ? Number(range[3]) : total;
  }
  const length = Number(headers["content-length"]);
  return Number.isFinite(length) ? length : void 0;
}
function redirectTarget(what, rules, from, location, hop) {
  if (hop === MAX_REDIRECTS) {
    throw new UnexpectedResponseError(`${what} redirected more than ${MAX_REDIRECTS} times`);
  }
  let next;
  try {
    next = new URL(location, from);
  } catch {
    throw new UnexpectedResponseError(`${what} redirected to an invalid URL`);
  }
  const refused = resultLinkProblem(next, rules);
  if (refused) {
    throw new UnexpectedResponseError(
      `${what} redirected to ${next.origin}${next.pathname}, which is refused: ${refused}`
    );
  }
  return next;
}
async function checkFtyp(path6, what) {
  const file = await open2(path6, "r");
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await file.read(head, 0, 8, 0);
    if (bytesRead < 8 || head.toString("latin1", 4, 8) !== "ftyp") {
      throw new UnexpectedResponseError(`${what} did not send an MP4 video (no ftyp box)`);
    }
  } finally {
    await file.close();
  }
}
function collector(answer) {
  const decoder = new StringDecoder("utf8");
  return new Writable2({
    write(chunk, _encoding, done) {
      if (answer.text.length < ERROR_BODY_CHARS) answer.text += decoder.write(chunk);
      done();
    },
    final(done) {
      answer.text = (answer.text + decoder.end()).slice(0, ERROR_BODY_CHARS);
      done();
    }
  });
}

// ../packages/core/src/download/download-attempt.ts
var HASH_STEP = 1024 * 1024;
var expiredStatuses = /* @__PURE__ */ new Set([403, 404, 410]);
async function attemptDownload(t, release) {
  if (t.signal?.aborted) {
    throw new AbortError(`${t.what} was aborted`, { cause: t.signal.reason });
  }
  let target = t.link;
  for (let hop = 0; ; hop++) {
    const answer = await requestHop(t, target, release);
    if (answer) {
      const { statusCode, headers, text } = answer;
      const location = headers.location;
      if (!isRedirect(statusCode) || typeof location !== "string") {
        if (expiredStatuses.has(statusCode)) throw new LinkExpiredError(statusCode);
        throw apiErrorFromResponse(statusCode, text, headers, t.http.clock.now());
      }
      target = redirectTarget(t.what, t.rules, target, location, hop);
      continue;
    }
    if (t.total !== void 0 && t.bytes > t.total) {
      throw new UnexpectedResponseError(
        `${t.what} sent ${t.bytes} bytes, more than its length ${t.total}`
      );
    }
    return t.total === void 0 || t.bytes === t.total;
  }
}
async function requestHop(t, target, release) {
  const { stream } = await undici();
  const start = t.bytes;
  let answer;
  let writing = false;
  try {
    await stream(
      target,
      {
        method: "GET",
        headers: t.bytes > 0 ? { range: `bytes=${t.bytes}-` } : {},
        dispatcher: await t.http.dispatcher(),
        headersTimeout: t.http.headersTimeoutMs,
        bodyTimeout: t.http.bodyTimeoutMs,
        signal: t.signal
      },
      ({ statusCode, headers }) => {
        if (statusCode !== 200 && statusCode !== 206) {
          answer = { statusCode, headers, text: "" };
          return collector(answer);
        }
        t.total = checkBody(t.what, t.bytes, t.total, statusCode, headers);
        release();
        writing = true;
        return videoSink(t, statusCode);
      }
    );
  } catch (error) {
    if (error instanceof UnexpectedResponseError) throw error;
    throw asDiskError(error, t.temporary) ?? transportError(error, t.signal, t.what);
  } finally {
    if (writing) t.bytes = (await stat(t.temporary).catch(() => void 0))?.size ?? start;
  }
  return answer;
}
function videoSink(t, statusCode) {
  if (statusCode === 200) {
    t.bytes = 0;
    t.hasher.reset();
  }
  let received = t.bytes;
  let told = t.bytes;
  const file = t.openFile(t.temporary, statusCode === 206 ? "a" : "w");
  return fileSink(file, (n) => {
    received += n;
    if (received - told >= HASH_STEP) {
      t.hasher.advance(received);
      told = received;
    }
    t.onProgress?.({ bytes: received, ...t.total !== void 0 && { total: t.total } });
  });
}

// ../packages/core/src/download/file-hasher.ts
import { Worker } from "node:worker_threads";
var workerSource = `
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
const block = Buffer.allocUnsafe(1 << 20);
let hash = createHash('sha256');
let at = 0;
let fd;
function upTo(target) {
  fd ??= fs.openSync(workerData.path, 'r');
  while (at < target) {
    const n = fs.readSync(fd, block, 0, Math.min(block.length, target - at), at);
    if (n === 0) throw new Error('the file holds ' + at + ' of ' + target + ' bytes');
    hash.update(block.subarray(0, n));
    at += n;
  }
}
parentPort.on('message', (m) => {
  try {
    if (m.type === 'reset') { hash = createHash('sha256'); at = 0; }
    else if (m.type === 'advance') upTo(m.bytes);
    else if (m.type === 'digest') {
      upTo(m.bytes);
      if (fd !== undefined) fs.closeSync(fd);
      parentPort.postMessage({ sha256: hash.digest('hex') });
    }
  } catch (error) {
    parentPort.postMessage({ error: error.message });
  }
});
`;
var workerUrl = new URL(`data:text/javascript,${encodeURIComponent(workerSource)}`);
function fileHasher(path6) {
  const worker = new Worker(workerUrl, { execArgv: [], workerData: { path: path6 } });
  let failure;
  let closed = false;
  let settle;
  worker.on("message", (m) => {
    if (m.error !== void 0) failure = new Error(`hashing ${path6}: ${m.error}`);
    if (m.sha256 !== void 0) settle?.resolve(m.sha256);
    else if (failure) settle?.reject(failure);
  });
  worker.on("error", (error) => {
    failure = error;
    settle?.reject(error);
  });
  return {
    advance(bytes) {
      worker.postMessage({ type: "advance", bytes });
    },
    reset() {
      worker.postMessage({ type: "reset" });
    },
    digest(bytes) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        worker.postMessage({ type: "digest", bytes });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await worker.terminate();
    }
  };
}

// ../packages/core/src/download/download-file.ts
async function downloadFile(http, url, destination, options, effects, rules) {
  const link = checkedLink(url, rules);
  const what = `GET ${link.origin}${link.pathname}`;
  try {
    await mkdir(dirname(destination), { recursive: true });
  } catch (error) {
    throw asDiskError(error, dirname(destination)) ?? error;
  }
  const temporary = `${destination}.${effects.randomUUID().slice(0, 8)}.part`;
  const t = {
    http,
    link,
    rules,
    what,
    temporary,
    hasher: fileHasher(temporary),
    openFile: effects.openFile ?? openDownloadFile,
    signal: options.signal,
    onProgress: options.onProgress,
    bytes: 0,
    total: void 0
  };
  try {
    await withRetries(
      http,
      {
        what,
        route: `GET ${link.origin} (download)`,
        signal: options.signal,
        repeatable: true,
        retryRateLimit: true,
        logMessage: "resuming",
        logFields: () => ({ bytes: t.bytes })
      },
      async (release) => {
        if (await attemptDownload(t, release)) return;
        throw new ConnectionError(`${what} ended after ${t.bytes} of ${t.total} bytes`);
      }
    );
    await checkFtyp(temporary, what);
    const sha256 = await t.hasher.digest(t.bytes);
    await rename(temporary, destination);
    return { path: destination, bytes: t.bytes, sha256 };
  } catch (error) {
    await rm(temporary, { force: true });
    throw asDiskError(error, destination) ?? error;
  } finally {
    await t.hasher.close();
  }
}
function checkedLink(url, rules) {
  let link;
  try {
    link = new URL(url);
  } catch {
    throw new ValidationError([
      { field: "url", message: "must be an absolute https:// URL", received: url }
    ]);
  }
  const problem = resultLinkProblem(link, rules);
  if (problem) {
    throw new ValidationError([
      {
        field: "url",
        message: `the result link is refused: ${problem}`,
        received: `${link.origin}${link.pathname}`,
        fix: "download only the https:// links the API returned"
      }
    ]);
  }
  return link;
}

// ../packages/core/src/internal/http.ts
var MAX_JSON_BODY_BYTES = 1024 * 1024;
function requestJson(http, req) {
  const what = `${req.method} ${req.path}`;
  let sentBefore = false;
  return withRetries(
    http,
    {
      what,
      route: req.route ?? what,
      signal: req.signal,
      repeatable: req.method === "GET" || req.idempotencyKey !== void 0,
      retryRateLimit: req.retryRateLimit !== false,
      paced: req.retryRateLimit === false
    },
    async () => {
      try {
        const res = await attemptJson(http, req, what);
        return { ...res, replayed: res.replayed && !sentBefore };
      } catch (error) {
        if (sentBefore && isUnsent(error)) {
          throw new ConnectionError(
            `${error.message} (an earlier attempt may have reached the server)`,
            {
              cause: error
            }
          );
        }
        if (mayHaveCreated(error)) sentBefore = true;
        throw error;
      }
    }
  );
}
function isUnsent(error) {
  return (error instanceof ConnectionError || error instanceof TimeoutError) && !error.sent;
}
function mayHaveCreated(error) {
  if (isUnsent(error)) return false;
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500 && !error.outcomeUnknown);
}
async function attemptJson(http, req, what) {
  if (req.signal?.aborted)
    throw new AbortError(`${what} was aborted`, { cause: req.signal.reason });
  const headers = {
    authorization: `Bearer ${http.apiKey()}`,
    accept: "application/json"
  };
  if (req.body !== void 0) headers["content-type"] = "application/json";
  if (req.idempotencyKey !== void 0) headers["idempotency-key"] = req.idempotencyKey;
  const {
    status,
    text,
    headers: responseHeaders
  } = await sendForText(http, new URL(req.path, http.baseUrl), {
    method: req.method,
    headers,
    body: req.body === void 0 ? void 0 : JSON.stringify(req.body),
    signal: req.signal,
    what,
    ...req.headersTimeoutMs !== void 0 && { headersTimeoutMs: req.headersTimeoutMs }
  });
  const requestId = requestIdOf(responseHeaders);
  const replayedHeader = responseHeaders["idempotency-replayed"];
  const replayed = typeof replayedHeader === "string" && replayedHeader.toLowerCase() === "true";
  http.logger.debug?.(`${what} -> ${status}`, { requestId, replayed: replayed || void 0 });
  if (status < 200 || status >= 300) {
    throw apiErrorFromResponse(status, text, responseHeaders, http.clock.now());
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new UnexpectedResponseError(`${what} returned ${status} with a body that is not JSON`, {
      status,
      requestId,
      cause: error
    });
  }
  return { status, body, requestId, replayed };
}
async function sendForText(http, url, o) {
  try {
    const { request } = await undici();
    const res = await request(url, {
      method: o.method,
      headers: o.headers,
      body: o.body,
      dispatcher: await http.dispatcher(),
      headersTimeout: o.headersTimeoutMs ?? http.headersTimeoutMs,
      bodyTimeout: http.bodyTimeoutMs,
      signal: o.signal
    });
    const text = await readLimited(res.body, MAX_JSON_BODY_BYTES);
    return { status: res.statusCode, text, headers: res.headers };
  } catch (error) {
    if (error instanceof UnexpectedResponseError) throw error;
    throw transportError(error, o.signal, o.what);
  }
}
async function readLimited(body, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      throw new UnexpectedResponseError(
        `the response body is larger than ${limit} bytes: not an API answer`
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// ../packages/core/src/tasks/video-url.ts
function videoUrl(task) {
  if (task.status !== "completed") {
    throw new ClipwrightError(`task ${task.id} has no video yet: its status is ${task.status}`);
  }
  const first = task.results?.find((r) => typeof r === "string" && r.length > 0);
  if (first) return first;
  const data = task.result_data;
  for (const item of Array.isArray(data) ? data : [data]) {
    const url = item?.video_url;
    if (typeof url === "string" && url.length > 0) return url;
  }
  throw new UnexpectedResponseError(
    `task ${task.id} is completed but carries no video link (neither results nor result_data.video_url)`
  );
}

// ../packages/core/src/internal/task-schema.ts
var MAX_TASK_CREDITS = 1e6;
function lenientNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string" || !/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value)) {
    return void 0;
  }
  const n = Number(value);
  return Number.isFinite(n) ? n : void 0;
}
var lenient = (read) => external_exports.unknown().optional().transform(read);
var lenientString = lenient((v) => typeof v === "string" ? v : void 0);
var numberOr = (fallback) => lenient((v) => lenientNumber(v) ?? fallback);
function buildTaskSchema(strictCredits) {
  const credits = external_exports.unknown().optional().transform((v, ctx) => {
    if (v === void 0 || v === null) return void 0;
    const n = lenientNumber(v);
    if (n !== void 0 && n >= 0 && n <= MAX_TASK_CREDITS) return n;
    if (strictCredits) {
      ctx.issues.push({
        code: "custom",
        input: v,
        message: `must be a number of credits from 0 to ${MAX_TASK_CREDITS}`
      });
    }
    return void 0;
  });
  const taskError = external_exports.union([
    external_exports.string().transform((message) => ({ code: "unknown_error", message })),
    external_exports.looseObject({
      code: lenient(
        (v) => typeof v === "string" && v !== "" || typeof v === "number" ? String(v) : "unknown_error"
      ),
      message: lenient((v) => typeof v === "string" ? v : ""),
      fallback_suggestion: lenientString
    })
  ]).nullish().catch(void 0).transform((v) => v ?? void 0);
  const optionalObject = (shape) => external_exports.looseObject(shape).nullish().catch(void 0).transform((v) => v ?? void 0);
  return external_exports.looseObject({
    id: external_exports.string().min(1),
    model: lenient((v) => typeof v === "string" ? v : ""),
    object: lenientString,
    status: external_exports.string().min(1),
    progress: numberOr(0),
    created: numberOr(0),
    results: external_exports.array(external_exports.string()).nullish().transform((v) => v ?? void 0),
    error: taskError,
    task_info: optionalObject({
      can_cancel: lenient((v) => typeof v === "boolean" ? v : void 0),
      estimated_time: numberOr(void 0),
      video_duration: numberOr(void 0)
    }),
    usage: external_exports.looseObject({
      billing_rule: lenientString,
      credits_reserved: credits,
      credits_used: credits,
      user_group: lenientString
    }).nullish().transform((v) => v ?? void 0)
  });
}
var schemas = /* @__PURE__ */ new Map();
function parseTask(body, context) {
  const create = context.create ?? context.what.startsWith("POST ");
  const source = create ? withCreateDefaults(body) : body;
  let schema = schemas.get(!create);
  if (!schema) {
    schema = buildTaskSchema(!create);
    schemas.set(!create, schema);
  }
  const result = schema.safeParse(source);
  if (!result.success) {
    const where = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ");
    throw new UnexpectedResponseError(`${context.what} did not look like a task (${where})`, {
      status: context.status,
      requestId: context.requestId,
      cause: result.error
    });
  }
  const task = result.data;
  if (context.requestId !== void 0) task.requestId = context.requestId;
  return task;
}
function withCreateDefaults(body) {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const b = body;
  if (typeof b.id !== "string" || b.id === "") return body;
  const validResults = b.results === void 0 || b.results === null || Array.isArray(b.results) && b.results.every((r) => typeof r === "string");
  return {
    ...b,
    status: typeof b.status === "string" && b.status !== "" ? b.status : "pending",
    ...!validResults && { results: void 0 }
  };
}

// ../packages/core/src/internal/wait-for-task.ts
var terminalFailures = /* @__PURE__ */ new Set(["failed", "cancelled"]);
var MAX_HISTORY = 1024;
var MIN_REFUSED_SLEEP_MS = 1e3;
async function waitForTask(start, s) {
  const startedAt = s.clock.now();
  const deadline = startedAt + s.timeoutMs;
  const id = typeof start === "string" ? start : start.id;
  const history = [];
  const waitKey = {};
  let anchorAt = startedAt;
  let fresh = typeof start === "string" ? void 0 : start;
  let last = fresh;
  let attempt = 0;
  let refusals = 0;
  let delay2 = 0;
  let sentAt = startedAt;
  const decide = (task, now) => {
    const d = s.policy({
      task,
      now,
      elapsedMs: now - startedAt,
      attempt,
      history,
      anchorAt,
      waitKey
    });
    return d >= 0 ? d : 1e3;
  };
  const maxRetryAfter = Math.min(s.maxSlowDownMs, POLL_MAX_RETRY_AFTER_MS);
  for (; ; ) {
    if (fresh) {
      const answeredAt = s.clock.now();
      history.push(observation(sentAt, answeredAt, fresh));
      if (history.length > MAX_HISTORY) history.splice(8, 1);
      s.onProgress?.(fresh);
      if (fresh.status === "completed") {
        videoUrl(fresh);
        return fresh;
      }
      if (terminalFailures.has(fresh.status)) throw new TaskFailedError(fresh);
      delay2 = decide(fresh, answeredAt);
    }
    const left = deadline - s.clock.now();
    if (left <= 0) throw new WaitTimeoutError(id, s.timeoutMs, last);
    const slept = Math.min(delay2, left);
    if (slept > 0) await sleep(s.clock, slept, s.signal, `waiting for task ${id}`);
    attempt += 1;
    sentAt = s.clock.now();
    try {
      fresh = await queryBefore(s, id, deadline, last);
      last = fresh;
      refusals = 0;
    } catch (error) {
      if (!isRefusal2(error)) throw error;
      fresh = void 0;
      if (error.retryAfterMs !== void 0) {
        delay2 = Math.max(MIN_REFUSED_SLEEP_MS, Math.min(error.retryAfterMs, maxRetryAfter));
        anchorAt = s.clock.now() + delay2;
      } else {
        delay2 = Math.max(MIN_REFUSED_SLEEP_MS, decide(last ?? unseen(id), s.clock.now()));
      }
      refusals += 1;
      s.onRetry?.({ request: `GET /v1/tasks/${id}`, attempt: refusals, delayMs: delay2, error });
    }
  }
}
function isRefusal2(error) {
  return error instanceof RateLimitError || error instanceof ApiError && error.status === 503;
}
function unseen(id) {
  return { id, model: "", status: "pending", progress: 0, created: 0 };
}
function observation(sentAt, at, task) {
  const seconds = lenientNumber(task.task_info?.estimated_time);
  const info = task.task_info;
  const place = lenientNumber(task.queue_position ?? info?.queue_position);
  const progress = lenientNumber(task.progress);
  return {
    at,
    ...sentAt < at && { sentAt },
    status: task.status,
    progress: progress ?? 0,
    ...seconds !== void 0 && seconds > 0 && { estimatedMs: seconds * 1e3 },
    ...place !== void 0 && { queuePosition: place }
  };
}
async function queryBefore(s, id, deadline, last) {
  const atDeadline = new AbortController();
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      atDeadline.abort(new Error("the wait deadline passed"));
    },
    Math.max(0, deadline - s.clock.now())
  );
  timer.unref?.();
  const signal = s.signal ? AbortSignal.any([s.signal, atDeadline.signal]) : atDeadline.signal;
  try {
    return await s.get(id, signal);
  } catch (error) {
    if (timedOut && !s.signal?.aborted) throw new WaitTimeoutError(id, s.timeoutMs, last);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

// ../packages/catalog/data/catalog.json
var catalog_default = {
  schema: 1,
  retrieved: "2026-12-07",
  meta: {
    schema_version: "1",
    catalog_version: "clipwright-snapshot-2026-12-07",
    updated_at: "2026-12-07T00:00:00Z",
    fresh_until: "2026-12-07T00:00:00Z"
  },
  sources: [
    {
      url: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      note: "the vendor client's generated parameter catalog, made from the docs site's OpenAPI files (docs commit 5b073dc1); every video model in it is listed here. The live /v1/catalog/models could not be reached from here, so its lifecycle field is unknown: models the docs list are recorded as active, except where a docs page says otherwise."
    },
    {
      url: "EvoLinkAI/evolink-mcp/packages/core/src/services/catalog-client.ts@464a8720fb09be0ad48affb06bd319d5ac1a4351",
      retrieved: "2026-12-07",
      note: "the shapes of /v1/catalog/models, /v1/catalog/pricing and /v1/catalog/health (meta envelope, lifecycle preview|active|deprecated|retired, deprecates_at), ETag and a 5-minute cache with a day of stale use"
    }
  ],
  models: [
    {
      model_id: "doubao-seedance-1.0-pro-fast",
      display_name: "doubao-seedance-1.0-pro-fast API",
      provider: "seedance1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-1.1-flash-image-to-video",
      display_name: "Gemini Omni 1.1 Flash Image-to-Video",
      provider: "gemini-omni-1.1-flash",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-1.1-flash-reference-to-video",
      display_name: "Gemini Omni 1.1 Flash Reference-to-Video",
      provider: "gemini-omni-1.1-flash",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-1.1-flash-text-to-video",
      display_name: "Gemini Omni 1.1 Flash Text-to-Video",
      provider: "gemini-omni-1.1-flash",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-1.1-flash-video-edit",
      display_name: "Gemini Omni 1.1 Flash Video Edit",
      provider: "gemini-omni-1.1-flash",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-1.1-flash-video-extend",
      display_name: "Gemini Omni 1.1 Flash Video Extend",
      provider: "gemini-omni-1.1-flash",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-flash-image-to-video",
      display_name: "gemini-omni-flash-image-to-video API",
      provider: "gemini-omni-flash-1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-flash-reference-to-video",
      display_name: "gemini-omni-flash-reference-to-video API",
      provider: "gemini-omni-flash-1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-flash-text-to-video",
      display_name: "gemini-omni-flash-text-to-video API",
      provider: "gemini-omni-flash-1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "gemini-omni-flash-video-edit",
      display_name: "gemini-omni-flash-video-edit API",
      provider: "gemini-omni-flash-1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "grok-imagine-image-to-video-beta",
      display_name: "grok-imagine-image-to-video Interface",
      provider: "grok",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "grok-imagine-text-to-video-beta",
      display_name: "grok-imagine-text-to-video Interface",
      provider: "grok",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "grok-imagine-video-1.0-i2v",
      display_name: "grok-imagine-video-1.0-i2v Interface",
      provider: "grok",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "grok-imagine-video-1.0-t2v",
      display_name: "grok-imagine-video-1.0-t2v Interface",
      provider: "grok",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "grok-imagine-video-1.5-preview",
      display_name: "grok-imagine-video-1.5-preview Interface",
      provider: "grok",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "happyhorse-1.0-image-to-video",
      display_name: "HappyHorse 1.0 Image-to-Video",
      provider: "happyhorse1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "happyhorse-1.0-reference-to-video",
      display_name: "HappyHorse 1.0 Reference-to-Video",
      provider: "happyhorse1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "happyhorse-1.0-text-to-video",
      display_name: "HappyHorse 1.0 Text-to-Video",
      provider: "happyhorse1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "happyhorse-1.0-video-edit",
      display_name: "HappyHorse 1.0 Video-Edit",
      provider: "happyhorse1.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "happyhorse-1.1-image-to-video",
      display_name: "HappyHorse 1.1 Image-to-Video",
      provider: "happyhorse1.1",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "happyhorse-1.1-reference-to-video",
      display_name: "HappyHorse 1.1 Reference-to-Video",
      provider: "happyhorse1.1",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "happyhorse-1.1-text-to-video",
      display_name: "HappyHorse 1.1 Text-to-Video",
      provider: "happyhorse1.1",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-custom-element",
      display_name: "kling-custom-element API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-o1-image-to-video",
      display_name: "kling-o1-image-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-o1-video-edit",
      display_name: "kling-o1-video-edit API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-o1-video-edit-fast",
      display_name: "kling-o1-video-edit-fast API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-o3-image-to-video",
      display_name: "kling-o3-image-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-o3-reference-to-video",
      display_name: "kling-o3-reference-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-o3-text-to-video",
      display_name: "kling-o3-text-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-o3-video-edit",
      display_name: "kling-o3-video-edit API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-v2.6-motion-control",
      display_name: "kling-v2.6-motion-control API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-v3-image-to-video",
      display_name: "kling-v3-image-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-v3-motion-control",
      display_name: "kling-v3-motion-control API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-v3-text-to-video",
      display_name: "kling-v3-text-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-v3-turbo-image-to-video",
      display_name: "kling-v3-turbo-image-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "kling-v3-turbo-text-to-video",
      display_name: "kling-v3-turbo-text-to-video API",
      provider: "kling",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-image-to-video",
      display_name: "Minimax H3 Image-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-max-image-to-video",
      display_name: "Minimax H3 Max Image-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-max-reference-to-video",
      display_name: "Minimax H3 Max Reference-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-max-text-to-video",
      display_name: "Minimax H3 Max Text-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-max-turbo-image-to-video",
      display_name: "Minimax H3 Max Turbo Image-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-max-turbo-text-to-video",
      display_name: "Minimax H3 Max Turbo Text-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-reference-to-video",
      display_name: "Minimax H3 Reference-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "minimax-h3-text-to-video",
      display_name: "Minimax H3 Text-to-Video",
      provider: "minimax",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "MiniMax-Hailuo-02",
      display_name: "Hailuo 02 API",
      provider: "hailuo",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "MiniMax-Hailuo-2.3",
      display_name: "Hailuo 2.3 API",
      provider: "hailuo",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "MiniMax-Hailuo-2.3-Fast",
      display_name: "Hailuo 2.3 Fast API",
      provider: "hailuo",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "omnihuman-1.5",
      display_name: "OmniHuman-1.5 Digital Human Video Generation",
      provider: "omnihuman",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-1.5-pro",
      display_name: "seedance-1.5-pro API",
      provider: "seedance1.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0",
      display_name: "seedance-2.0 API",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "preview",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",
      retrieved: "2026-12-07",
      evidence: [
        {
          url: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",
          retrieved: "2026-12-07",
          quote: "This model is not yet available. API parameters may be adjusted before official release."
        }
      ]
    },
    {
      model_id: "seedance-2.0-fast-image-to-video",
      display_name: "Seedance 2.0 Fast Image-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-fast-reference-to-video",
      display_name: "Seedance 2.0 Fast Reference-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-fast-text-to-video",
      display_name: "Seedance 2.0 Fast Text-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-image-to-video",
      display_name: "Seedance 2.0 Image-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-mini-image-to-video",
      display_name: "Seedance 2.0 Mini Image-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-mini-reference-to-video",
      display_name: "Seedance 2.0 Mini Reference-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-mini-text-to-video",
      display_name: "Seedance 2.0 Mini Text-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-reference-to-video",
      display_name: "Seedance 2.0 Reference-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.0-text-to-video",
      display_name: "Seedance 2.0 Text-to-Video",
      provider: "seedance2.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.5-draft-to-video",
      display_name: "Seedance 2.5 Draft-to-Video",
      provider: "seedance2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.5-image-to-video",
      display_name: "Seedance 2.5 Image-to-Video",
      provider: "seedance2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.5-reference-to-video",
      display_name: "Seedance 2.5 Reference-to-Video",
      provider: "seedance2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.5-text-to-video",
      display_name: "Seedance 2.5 Text-to-Video",
      provider: "seedance2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.5-video-edit",
      display_name: "Seedance 2.5 Video Edit",
      provider: "seedance2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "seedance-2.5-video-extend",
      display_name: "Seedance 2.5 Video Extend",
      provider: "seedance2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "sora-2",
      display_name: "Sora 2",
      provider: "sora2",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: null,
      deprecates_at: null,
      successor: null,
      listed: false,
      source: "https://docs.evolink.ai/en/api-manual/video-series/sora2/sora2-video-generate",
      retrieved: "2026-12-07",
      evidence: [
        {
          url: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
          retrieved: "2026-12-07",
          note: "not listed in the vendor's newest catalog we could read: the generated parameter catalog (docs commit 5b073dc1) lists only sora-2-preview and sora-2-pro-preview among Sora models. Not listed is not retired."
        },
        {
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          quote: "the vendor's 1.2.1 catalog marks `sora-2`, `sora-2-pro` and `sora-2-beta-max` as beta"
        },
        {
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          quote: "OpenAI's own Sora 2 API announced its shutdown for 2026-09-24; whether EvoLink's Sora routes depend on it is not known.",
          note: "not a vendor document: no deprecates_at is recorded from it"
        }
      ]
    },
    {
      model_id: "sora-2-beta-max",
      display_name: "Sora-2 Video Generation Beta-Max",
      provider: "sora2",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: null,
      deprecates_at: null,
      successor: null,
      listed: false,
      source: "shared/api/002_1151498fc727108a.txt (the vendor English docs page for sora-2-beta-max)",
      retrieved: "2026-12-07",
      evidence: [
        {
          url: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
          retrieved: "2026-12-07",
          note: "not listed in the vendor's newest catalog we could read: the generated parameter catalog (docs commit 5b073dc1) lists only sora-2-preview and sora-2-pro-preview among Sora models. Not listed is not retired."
        },
        {
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          quote: "the vendor's 1.2.1 catalog marks `sora-2`, `sora-2-pro` and `sora-2-beta-max` as beta"
        },
        {
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          quote: "OpenAI's own Sora 2 API announced its shutdown for 2026-09-24; whether EvoLink's Sora routes depend on it is not known.",
          note: "not a vendor document: no deprecates_at is recorded from it"
        },
        {
          url: "https://evolink.ai/sora-2",
          retrieved: "2026-12-07",
          quote: "Sora 2 Beta Max | Video Generation | 10s | Popular $0.0800/ video(5.76 Credits)",
          note: "a stored copy of the vendor page (crawl date unknown) still priced this model"
        }
      ]
    },
    {
      model_id: "sora-2-preview",
      display_name: "Sora-2-Preview API",
      provider: "sora2",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "sora-2-pro",
      display_name: "Sora 2 Pro",
      provider: "sora2pro",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: null,
      deprecates_at: null,
      successor: null,
      listed: false,
      source: "shared/api/README.md (project vendor notes, from the vendor docs)",
      retrieved: "2026-12-07",
      evidence: [
        {
          url: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
          retrieved: "2026-12-07",
          note: "not listed in the vendor's newest catalog we could read: the generated parameter catalog (docs commit 5b073dc1) lists only sora-2-preview and sora-2-pro-preview among Sora models. Not listed is not retired."
        },
        {
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          quote: "the vendor's 1.2.1 catalog marks `sora-2`, `sora-2-pro` and `sora-2-beta-max` as beta"
        },
        {
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          quote: "OpenAI's own Sora 2 API announced its shutdown for 2026-09-24; whether EvoLink's Sora routes depend on it is not known.",
          note: "not a vendor document: no deprecates_at is recorded from it"
        },
        {
          url: "https://evolink.ai/sora-2-pro",
          retrieved: "2026-12-07",
          quote: "duration 15 quality high remove_watermark true Estimated Cost 46 Credits",
          note: "a stored copy of the vendor page (crawl date unknown) still offered this model in its playground"
        }
      ]
    },
    {
      model_id: "sora-2-pro-preview",
      display_name: "sora-2-pro-preview Interface",
      provider: "sora2pro",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "topaz-video-upscale",
      display_name: "topaz-video-upscale API",
      provider: "topaz",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "veo-3.1-fast-generate-preview",
      display_name: "Veo-3.1-Fast-Generate-Preview API",
      provider: "veo3.1",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "veo-3.1-generate-preview",
      display_name: "Veo-3.1-Generate-Preview API",
      provider: "veo3.1",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "veo3.1-fast-beta",
      display_name: "veo3.1-fast Interface",
      provider: "veo3.1",
      aliases: [
        "veo3.1-fast"
      ],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: [
        {
          url: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-video-generate",
          retrieved: "2026-12-07",
          quote: '"model": "veo3.1-fast"',
          note: "the docs page's example request and default name the model veo3.1-fast; the generated catalog names it veo3.1-fast-beta"
        }
      ]
    },
    {
      model_id: "veo3.1-fast-extend",
      display_name: "veo3.1-fast-extend Interface",
      provider: "veo3.1",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",
      retrieved: "2026-12-07",
      evidence: [
        {
          url: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",
          retrieved: "2026-12-07",
          note: "documented on the docs site; not in the generated parameter catalog"
        }
      ]
    },
    {
      model_id: "veo3.1-pro-beta",
      display_name: "veo3.1-pro Interface",
      provider: "veo3.1",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "videoretalk",
      display_name: "VideoRetalk Lip-Sync Video Generation",
      provider: "videoretalk",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.5-image-to-video",
      display_name: "wan2.5-image-to-video Interface",
      provider: "wan2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.5-text-to-video",
      display_name: "wan2.5-text-to-video Interface",
      provider: "wan2.5",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.6-image-to-video",
      display_name: "wan2.6-image-to-video API",
      provider: "wan2.6",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.6-image-to-video-flash",
      display_name: "wan2.6-image-to-video-flash API",
      provider: "wan2.6",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.6-reference-video",
      display_name: "wan2.6-reference-video API",
      provider: "wan2.6",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.6-reference-video-flash",
      display_name: "wan2.6-reference-video-flash API",
      provider: "wan2.6",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.6-text-to-video",
      display_name: "wan2.6-text-to-video API",
      provider: "wan2.6",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.7-image-to-video",
      display_name: "wan2.7-image-to-video API",
      provider: "wan2.7",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.7-reference-video",
      display_name: "wan2.7-reference-video API",
      provider: "wan2.7",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.7-text-to-video",
      display_name: "wan2.7-text-to-video API",
      provider: "wan2.7",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan2.7-video-edit",
      display_name: "wan2.7-video-edit API",
      provider: "wan2.7",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan3.0-image-to-video",
      display_name: "Wan3.0 Image-to-Video",
      provider: "wan3.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan3.0-prime-image-to-video",
      display_name: "Wan3.0 Prime Image-to-Video",
      provider: "wan3.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan3.0-prime-reference-video",
      display_name: "Wan3.0 Prime Reference-to-Video",
      provider: "wan3.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan3.0-prime-text-to-video",
      display_name: "Wan3.0 Prime Text-to-Video",
      provider: "wan3.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan3.0-reference-video",
      display_name: "Wan3.0 Reference-to-Video",
      provider: "wan3.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    },
    {
      model_id: "wan3.0-text-to-video",
      display_name: "Wan3.0 Text-to-Video",
      provider: "wan3.0",
      aliases: [],
      capabilities: [
        "video"
      ],
      protocols: [
        "POST /v1/videos/generations"
      ],
      lifecycle: "active",
      deprecates_at: null,
      successor: null,
      listed: true,
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      evidence: []
    }
  ]
};

// ../packages/catalog/data/params.json
var params_default = {
  schema: 1,
  retrieved: "2026-12-07",
  generated_from: {
    source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
    commit: "48a8fe9a44948a4534866a691ccccd52fb9d55b9",
    path: "packages/core/src/data/model-params.generated.ts",
    docs_commit: "5b073dc1",
    retrieved: "2026-12-07"
  },
  models: {
    "doubao-seedance-1.0-pro-fast": {
      model: "doubao-seedance-1.0-pro-fast",
      path: "/v1/videos/generations",
      title: "doubao-seedance-1.0-pro-fast API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance1.0/seedance-1.0-pro-fast-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 2,
          maximum: 12,
          price_note: "Billing for a single request is based on the duration value"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          price_note: "Video resolution, defaults to 1080p Note: 480p: Lower resolution, lower pricing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance1.0/seedance-1.0-pro-fast-video-generate",
          field: "aspect_ratio",
          rule: "Text-to-video: 16:9, 9:16, 1:1, 4:3, 3:4, 21:9; with images also keep_ratio and adaptive.",
          quote: "Supported values: 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4, 21:9 (ultra-wide) Image-to-video mode (when using image_urls): Default value: adaptive; Supported values: In addition to the above 6 ratios, also supports keep_ratio (keep original aspect ratio) and adaptive (adaptive)"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-1.1-flash-image-to-video": {
      model: "gemini-omni-1.1-flash-image-to-video",
      path: "/v1/videos/generations",
      title: "Gemini Omni 1.1 Flash Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "360p",
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "Billing: Video output is billed by output tokens, which scale linearly with resolution"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 3,
          minimum: 3,
          maximum: 10,
          price_note: "Duration directly affects billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "auto"
          ],
          default: "auto"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 2,
          max_mb: null,
          types: [
            "png",
            "jpeg",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "The subject slowly turns and smiles.",
        image_urls: [
          "https://example.com/portrait.jpg"
        ],
        quality: "720p",
        aspect_ratio: "16:9",
        duration: 3
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-1.1-flash-reference-to-video": {
      model: "gemini-omni-1.1-flash-reference-to-video",
      path: "/v1/videos/generations",
      title: "Gemini Omni 1.1 Flash Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-reference-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: true,
          minItems: 1,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Each video must be no longer than 10 seconds Billing: Every reference video contributes input tokens."
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "360p",
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "Billing: Video output is billed by output tokens, which scale linearly with resolution"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 3,
          minimum: 3,
          maximum: 10,
          price_note: "Duration directly affects billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "auto"
          ],
          default: "auto"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 10,
          max_mb: null,
          types: [
            "png",
            "jpeg",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "video_urls",
        "quality",
        "duration"
      ],
      example: {
        prompt: "Keep the character appearance and camera motion from the references.",
        image_urls: [
          "https://example.com/character.png",
          "https://example.com/scene.png"
        ],
        quality: "720p",
        aspect_ratio: "16:9",
        duration: 3
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-1.1-flash-text-to-video": {
      model: "gemini-omni-1.1-flash-text-to-video",
      path: "/v1/videos/generations",
      title: "Gemini Omni 1.1 Flash Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "360p",
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "Billing: Video output is billed by output tokens, which scale linearly with resolution"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 3,
          minimum: 3,
          maximum: 10,
          price_note: "Duration directly affects billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "auto"
          ],
          default: "auto"
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A glass marble rolls down a wooden track and splashes into water.",
        quality: "1080p",
        aspect_ratio: "16:9",
        duration: 3
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-1.1-flash-video-edit": {
      model: "gemini-omni-1.1-flash-video-edit",
      path: "/v1/videos/generations",
      title: "Gemini Omni 1.1 Flash Video Edit",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-video-edit",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: true,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Supported formats: png, jpeg, webp Billing: Every reference image contributes input tokens."
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "360p",
            "720p",
            "1080p",
            "4k",
            "auto"
          ],
          default: "auto",
          price_note: "Billing: Input and output video tokens are both calculated using the final output resolution"
        },
        duration: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto"
          ],
          default: "auto"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto"
          ],
          default: "auto"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 10,
          max_mb: null,
          types: [
            "png",
            "jpeg",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "image_urls",
        "quality"
      ],
      example: {
        prompt: "Make the lighting warmer while keeping everything else unchanged.",
        video_urls: [
          "https://example.com/source.mp4"
        ],
        quality: "auto",
        duration: "auto",
        aspect_ratio: "auto"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-1.1-flash-video-extend": {
      model: "gemini-omni-1.1-flash-video-extend",
      path: "/v1/videos/generations",
      title: "Gemini Omni 1.1 Flash Video Extend",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-1.1-flash/gemini-omni-1.1-flash-video-extend",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: true,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Supported formats: png, jpeg, webp Billing: Every reference image contributes input tokens."
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 3,
          minimum: 3,
          maximum: 10,
          price_note: "Appended duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "360p",
            "720p",
            "1080p",
            "4k",
            "auto"
          ],
          default: "auto",
          price_note: "Billing: Input and output video tokens are both calculated using the final output resolution"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto"
          ],
          default: "auto"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 10,
          max_mb: null,
          types: [
            "png",
            "jpeg",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "image_urls",
        "duration",
        "quality"
      ],
      example: {
        prompt: "The person keeps walking and slowly exits the frame.",
        video_urls: [
          "https://example.com/source.mp4"
        ],
        duration: 3,
        quality: "auto",
        aspect_ratio: "auto"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-flash-image-to-video": {
      model: "gemini-omni-flash-image-to-video",
      path: "/v1/videos/generations",
      title: "gemini-omni-flash-image-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-image-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string"
          }
        },
        duration: {
          type: "integer|string",
          required: false,
          changes_price: true,
          default: 10,
          minimum: 3,
          maximum: 10,
          price_note: "auto: the model decides the output duration Billing note: The actual charge is based on the usage of the generated video"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "auto"
          ],
          default: "16:9"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 1,
          max_mb: null,
          types: [
            "png",
            "jpeg",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Have the person in the image slowly turn their head and smile while the leaves in the background sway gently in the breeze",
        image_urls: [
          "https://example.com/portrait.jpg"
        ],
        aspect_ratio: "16:9",
        duration: 10
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-image-to-video",
          field: "duration",
          rule: 'Duration is an integer from 3 to 10, or "auto".',
          quote: "Integer: range 3 ~ 10 seconds; auto: the model decides the output duration"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-flash-reference-to-video": {
      model: "gemini-omni-flash-reference-to-video",
      path: "/v1/videos/generations",
      title: "gemini-omni-flash-reference-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 6,
          items: {
            type: "string"
          }
        },
        duration: {
          type: "integer|string",
          required: false,
          changes_price: true,
          default: 10,
          minimum: 3,
          maximum: 10,
          price_note: "auto: the model decides the output duration Billing note: The actual charge is based on the usage of the generated video"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "auto"
          ],
          default: "16:9"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 6,
          max_mb: null,
          types: [
            "png",
            "jpeg",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Have the character from the reference image stroll through the reference scene",
        image_urls: [
          "https://example.com/character.png",
          "https://example.com/scene.png"
        ],
        aspect_ratio: "16:9",
        duration: 10
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-reference-to-video",
          field: "duration",
          rule: 'Duration is an integer from 3 to 10, or "auto".',
          quote: "Integer: range 3 ~ 10 seconds; auto: the model decides the output duration"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-flash-text-to-video": {
      model: "gemini-omni-flash-text-to-video",
      path: "/v1/videos/generations",
      title: "gemini-omni-flash-text-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer|string",
          required: false,
          changes_price: true,
          default: 10,
          minimum: 3,
          maximum: 10,
          price_note: "auto: the model decides the output duration Billing note: The actual charge is based on the usage of the generated video"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "auto"
          ],
          default: "16:9"
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "A glass marble rolls rapidly down a wooden track and finally drops into water with a splash",
        aspect_ratio: "16:9",
        duration: 10
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-text-to-video",
          field: "duration",
          rule: 'Duration is an integer from 3 to 10, or "auto".',
          quote: "Integer: range 3 ~ 10 seconds; auto: the model decides the output duration"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "gemini-omni-flash-video-edit": {
      model: "gemini-omni-flash-video-edit",
      path: "/v1/videos/generations",
      title: "gemini-omni-flash-video-edit API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/gemini-omni-flash-1.0/gemini-omni-flash-video-edit",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [],
      example: {
        prompt: "Make the lighting in the scene warmer and keep everything else unchanged",
        video_urls: [
          "https://example.com/source.mp4"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "grok-imagine-image-to-video-beta": {
      model: "grok-imagine-image-to-video-beta",
      path: "/v1/videos/generations",
      title: "grok-imagine-image-to-video Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 7,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 6,
          minimum: 6,
          maximum: 30
        },
        mode: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "fun",
            "normal",
            "spicy"
          ],
          default: "normal"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "3:2",
            "2:3"
          ],
          default: "16:9"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "720p"
          ],
          default: "480p"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 7,
          max_mb: 10,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "The person starts dancing",
        image_urls: [
          "https://example.com/image.jpg"
        ],
        duration: 6,
        mode: "normal",
        quality: "480p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "grok-imagine-text-to-video-beta": {
      model: "grok-imagine-text-to-video-beta",
      path: "/v1/videos/generations",
      title: "grok-imagine-text-to-video Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 6,
          minimum: 6,
          maximum: 30
        },
        mode: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "fun",
            "normal",
            "spicy"
          ],
          default: "normal"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "3:2",
            "2:3"
          ],
          default: "16:9"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "720p"
          ],
          default: "480p"
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [],
      example: {
        prompt: "A cat playing piano in a jazz club",
        duration: 6,
        mode: "fun",
        aspect_ratio: "16:9",
        quality: "480p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "grok-imagine-video-1.0-i2v": {
      model: "grok-imagine-video-1.0-i2v",
      path: "/v1/videos/generations",
      title: "grok-imagine-video-1.0-i2v Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.0-i2v",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 7,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 6,
          minimum: 1,
          maximum: 15
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "3:2",
            "2:3",
            "4:3",
            "3:4"
          ],
          default: "16:9"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "720p"
          ],
          default: "480p"
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 7,
          max_mb: 10,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "The person starts dancing",
        image_urls: [
          "https://cdn.evolink.ai/Model-Example/GrokImagine1.5/generated-image.png"
        ],
        duration: 6,
        quality: "480p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "grok-imagine-video-1.0-t2v": {
      model: "grok-imagine-video-1.0-t2v",
      path: "/v1/videos/generations",
      title: "grok-imagine-video-1.0-t2v Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.0-t2v",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 6,
          minimum: 1,
          maximum: 15
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "3:2",
            "2:3",
            "4:3",
            "3:4"
          ],
          default: "16:9"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "720p"
          ],
          default: "480p"
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [],
      example: {
        prompt: "A cat playing piano in a jazz club",
        duration: 6,
        aspect_ratio: "16:9",
        quality: "480p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "grok-imagine-video-1.5-preview": {
      model: "grok-imagine-video-1.5-preview",
      path: "/v1/videos/generations",
      title: "grok-imagine-video-1.5-preview Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.5-preview",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 0,
          maxItems: 7,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 6,
          minimum: 1,
          maximum: 15
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "480p"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto",
            "16:9",
            "9:16",
            "1:1",
            "3:2",
            "2:3"
          ],
          default: "auto"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 4096,
        unit: "characters",
        from: "description",
        quote: "4096 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 7,
          max_mb: 10,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "A neon-lit street at night, slow dolly forward through the rain",
        duration: 6,
        quality: "480p",
        aspect_ratio: "16:9"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.5-preview",
          field: "quality",
          rule: "With 2 to 7 images (reference-to-video) quality is at most 720p.",
          quote: "Sending 1080p together with 2 or more images is rejected."
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/grok/grok-imagine-video-1.5-preview",
          field: "prompt",
          rule: "The prompt is at most 4096 characters.",
          quote: "Length limit: Up to 4096 characters"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "happyhorse-1.0-image-to-video": {
      model: "happyhorse-1.0-image-to-video",
      path: "/v1/videos/generations",
      title: "HappyHorse 1.0 Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-image-to-video",
      required: [
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: HD clarity Billing note: Resolution tier directly affects billing"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "characters",
        from: "description",
        quote: "2500 characters; 5000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "Make the cat in the picture run on the grass",
        image_urls: [
          "https://cdn.example.com/cat.png"
        ],
        quality: "720p",
        duration: 5
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "happyhorse-1.0-reference-to-video": {
      model: "happyhorse-1.0-reference-to-video",
      path: "/v1/videos/generations",
      title: "HappyHorse 1.0 Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-reference-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 9,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: HD clarity Billing note: Resolution tier directly affects billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "4:5",
            "5:4",
            "9:21",
            "21:9"
          ],
          default: "16:9"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "characters",
        from: "description",
        quote: "2500 characters; 5000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 9,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A woman in a red qipao character1, the camera first frames the slim cut of the qipao from a side medium shot, then switches to a low-angle upward shot capturing details as she gracefully lifts her hand to open a folding fan character2, with tasseled earrings character3 swaying lightly as she turns her head.",
        image_urls: [
          "https://cdn.example.com/girl.jpg",
          "https://cdn.example.com/folding-fan.jpg",
          "https://cdn.example.com/earrings.jpg"
        ],
        quality: "720p",
        aspect_ratio: "16:9",
        duration: 5
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "happyhorse-1.0-text-to-video": {
      model: "happyhorse-1.0-text-to-video",
      path: "/v1/videos/generations",
      title: "HappyHorse 1.0 Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: HD clarity Billing note: Resolution tier directly affects billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "4:5",
            "5:4",
            "9:21",
            "21:9"
          ],
          default: "16:9"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "characters",
        from: "description",
        quote: "2500 characters; 5000 characters"
      },
      images: [],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, dotted with tiny lights illuminating the path ahead.",
        quality: "720p",
        aspect_ratio: "16:9",
        duration: 5,
        seed: 42
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "happyhorse-1.0-video-edit": {
      model: "happyhorse-1.0-video-edit",
      path: "/v1/videos/generations",
      title: "HappyHorse 1.0 Video-Edit",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.0/happyhorse-1.0-video-edit",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 5,
          items: {
            type: "string",
            format: "uri"
          }
        },
        keep_original_sound: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: HD clarity Billing note: Resolution tier directly affects billing"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "characters",
        from: "description",
        quote: "2500 characters; 5000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 5,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality"
      ],
      example: {
        prompt: "Have the character in the video wear the striped sweater from the image",
        video_urls: [
          "https://cdn.example.com/source.mp4"
        ],
        image_urls: [
          "https://cdn.example.com/sweater.jpg"
        ],
        quality: "720p",
        keep_original_sound: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "happyhorse-1.1-image-to-video": {
      model: "happyhorse-1.1-image-to-video",
      path: "/v1/videos/generations",
      title: "HappyHorse 1.1 Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.1/happyhorse-1.1-image-to-video",
      required: [
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: HD clarity Billing note: Resolution tier directly affects billing"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "characters",
        from: "description",
        quote: "2500 characters; 5000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "Make the cat in the picture run on the grass",
        image_urls: [
          "https://cdn.example.com/cat.png"
        ],
        quality: "720p",
        duration: 5
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "happyhorse-1.1-reference-to-video": {
      model: "happyhorse-1.1-reference-to-video",
      path: "/v1/videos/generations",
      title: "HappyHorse 1.1 Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.1/happyhorse-1.1-reference-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 9,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: HD clarity Billing note: Resolution tier directly affects billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "4:5",
            "5:4",
            "9:21",
            "21:9"
          ],
          default: "16:9"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "characters",
        from: "description",
        quote: "2500 characters; 5000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 9,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A woman in a red qipao character1, the camera first frames the slim cut of the qipao from a side medium shot, then switches to a low-angle upward shot capturing details as she gracefully lifts her hand to open a folding fan character2, with tasseled earrings character3 swaying lightly as she turns her head.",
        image_urls: [
          "https://cdn.example.com/girl.jpg",
          "https://cdn.example.com/folding-fan.jpg",
          "https://cdn.example.com/earrings.jpg"
        ],
        quality: "720p",
        aspect_ratio: "16:9",
        duration: 5
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "happyhorse-1.1-text-to-video": {
      model: "happyhorse-1.1-text-to-video",
      path: "/v1/videos/generations",
      title: "HappyHorse 1.1 Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/happyhorse1.1/happyhorse-1.1-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: HD clarity Billing note: Resolution tier directly affects billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "4:5",
            "5:4",
            "9:21",
            "21:9"
          ],
          default: "16:9"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "characters",
        from: "description",
        quote: "2500 characters; 5000 characters"
      },
      images: [],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A miniature city built from cardboard and bottle caps comes to life at night. A cardboard train slowly passes through, dotted with tiny lights illuminating the path ahead.",
        quality: "720p",
        aspect_ratio: "16:9",
        duration: 5,
        seed: 42
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-custom-element": {
      model: "kling-custom-element",
      path: "/v1/videos/generations",
      title: "kling-custom-element API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-custom-element",
      required: [
        "model_params"
      ],
      fields: {
        model_params: {
          type: "object",
          required: true,
          changes_price: false,
          properties: {
            element_name: {
              type: "string",
              required: true,
              changes_price: false,
              maxLength: 20
            },
            element_description: {
              type: "string",
              required: true,
              changes_price: false,
              maxLength: 100
            },
            reference_type: {
              type: "string",
              required: true,
              changes_price: false,
              enum: [
                "image_refer",
                "video_refer"
              ]
            },
            element_image_list: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                frontal_image: {
                  type: "string",
                  required: true,
                  changes_price: false,
                  format: "uri"
                },
                refer_images: {
                  type: "array",
                  required: true,
                  changes_price: false,
                  minItems: 1,
                  maxItems: 3,
                  items: {
                    type: "object"
                  }
                }
              }
            },
            element_video_list: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                refer_videos: {
                  type: "array",
                  required: true,
                  changes_price: false,
                  minItems: 1,
                  maxItems: 1,
                  items: {
                    type: "object"
                  }
                }
              }
            },
            element_voice_id: {
              type: "string",
              required: false,
              changes_price: false
            }
          }
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [],
      example: {
        model_params: {
          element_name: "My Character",
          element_description: "A young male character with short hair, wearing a white T-shirt",
          reference_type: "image_refer",
          element_image_list: {
            frontal_image: "https://example.com/front.jpg",
            refer_images: [
              {
                image_url: "https://example.com/side.jpg"
              }
            ]
          }
        }
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-o1-image-to-video": {
      model: "kling-o1-image-to-video",
      path: "/v1/videos/generations",
      title: "kling-o1-image-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o1-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 5e3
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1"
          ]
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          enum: [
            5,
            10
          ],
          default: 5,
          price_note: "Billing is based on the duration value, longer duration costs more"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "unknown",
        from: "schema"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 2,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "A cat walking gracefully",
        image_urls: [
          "https://example.com/first-frame.jpg"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-o1-video-edit": {
      model: "kling-o1-video-edit",
      path: "/v1/videos/generations",
      title: "kling-o1-video-edit API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o1-video-edit",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 5e3
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: true,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Supported video duration: 3 to 10 seconds (videos under 3 seconds are billed as 3 seconds, videos over 10 seconds are billed as 10 seconds)"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 4,
          items: {
            type: "string",
            format: "uri"
          }
        },
        keep_original_sound: {
          type: "boolean",
          required: false,
          changes_price: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "unknown",
        from: "schema"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 4,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "video_urls"
      ],
      example: {
        prompt: "Make the video more cinematic",
        video_urls: [
          "https://example.com/original-video.mp4"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-o1-video-edit-fast": {
      model: "kling-o1-video-edit-fast",
      path: "/v1/videos/generations",
      title: "kling-o1-video-edit-fast API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o1-video-edit-fast",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 5e3
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: true,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Supported video duration: 6 to 20 seconds (videos under 6 seconds are billed as 6 seconds, videos over 20 seconds are billed as 20 seconds)"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 4,
          items: {
            type: "string",
            format: "uri"
          }
        },
        keep_original_sound: {
          type: "boolean",
          required: false,
          changes_price: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "unknown",
        from: "schema"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 4,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "video_urls"
      ],
      example: {
        prompt: "Make the video more cinematic",
        video_urls: [
          "https://example.com/original-video.mp4"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-o3-image-to-video": {
      model: "kling-o3-image-to-video",
      path: "/v1/videos/generations",
      title: "kling-o3-image-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-image-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2500
        },
        image_start: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 5,
          minimum: 3,
          maximum: 15
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1"
          ]
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p",
            "1080p",
            "4k"
          ]
        },
        sound: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "on",
            "off"
          ],
          default: "off"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            multi_shot: {
              type: "boolean",
              required: false,
              changes_price: false
            },
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "customize"
              ]
            },
            multi_prompt: {
              type: "array",
              required: false,
              changes_price: false
            },
            element_list: {
              type: "array",
              required: false,
              changes_price: false,
              items: {
                type: "object"
              }
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: null,
          types: [],
          from: "description"
        },
        {
          field: "image_urls",
          min_count: 0,
          max_count: null,
          max_mb: null,
          types: [],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "The person in the image slowly turns their head and smiles",
        image_start: "https://example.com/portrait.jpg",
        duration: 5,
        quality: "720p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-o3-reference-to-video": {
      model: "kling-o3-reference-to-video",
      path: "/v1/videos/generations",
      title: "kling-o3-reference-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2500
        },
        video_url: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        keep_original_sound: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 5,
          minimum: 3,
          maximum: 10
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1"
          ]
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            element_list: {
              type: "array",
              required: false,
              changes_price: false,
              items: {
                type: "object"
              }
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: null,
          max_mb: null,
          types: [],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "Keep the same motion style, change to a snowy background",
        video_url: "https://example.com/reference.mp4",
        duration: 5,
        aspect_ratio: "16:9",
        quality: "720p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-o3-text-to-video": {
      model: "kling-o3-text-to-video",
      path: "/v1/videos/generations",
      title: "kling-o3-text-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2500
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Billing is based on the duration value, longer duration costs more"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1"
          ],
          default: "16:9"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p"
        },
        sound: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "on",
            "off"
          ],
          default: "off"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            multi_shot: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: false
            },
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "customize"
              ]
            },
            multi_prompt: {
              type: "array",
              required: false,
              changes_price: false,
              maxItems: 6,
              items: {
                type: "object"
              }
            },
            element_list: {
              type: "array",
              required: false,
              changes_price: false,
              maxItems: 7,
              items: {
                type: "object"
              }
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "A cat running on a grassy field under bright sunshine",
        duration: 5,
        aspect_ratio: "16:9",
        quality: "720p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-o3-video-edit": {
      model: "kling-o3-video-edit",
      path: "/v1/videos/generations",
      title: "kling-o3-video-edit API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-o3-video-edit",
      required: [],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 2500
        },
        video_url: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        keep_original_sound: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: High quality 1080P Billing: Base unit price 81,000 UC/second x input video duration (rounded up)"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            element_list: {
              type: "array",
              required: false,
              changes_price: false,
              items: {
                type: "object"
              }
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: null,
          max_mb: null,
          types: [],
          from: "description"
        }
      ],
      price_fields: [
        "quality"
      ],
      example: {
        prompt: "Adjust the color to warm tones and add a cinematic feel",
        video_url: "https://example.com/original.mp4",
        quality: "720p",
        keep_original_sound: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-v2.6-motion-control": {
      model: "kling-v2.6-motion-control",
      path: "/v1/videos/generations",
      title: "kling-v2.6-motion-control API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v2.6-motion-control",
      required: [
        "image_urls",
        "video_urls",
        "model_params"
      ],
      fields: {
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 2500
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "1080p: High quality (pro) Billing: 1080p costs 1.6\xD7 the 720p per-second rate"
        },
        model_params: {
          type: "object",
          required: true,
          changes_price: false,
          properties: {
            character_orientation: {
              type: "string",
              required: true,
              changes_price: false,
              enum: [
                "image",
                "video"
              ]
            },
            keep_sound: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: true
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: null,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality"
      ],
      example: {
        prompt: "A girl dancing gracefully",
        image_urls: [
          "https://example.com/character.jpg"
        ],
        video_urls: [
          "https://example.com/dance-reference.mp4"
        ],
        quality: "720p",
        model_params: {
          character_orientation: "image"
        }
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v2.6-motion-control",
          field: "model_params",
          rule: "character_orientation image allows at most 10 s of output; video at most 30 s.",
          quote: "image: Character faces the same direction as the reference image (max 10 seconds); video: Character faces the same direction as the reference video (max 30 seconds)"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-v3-image-to-video": {
      model: "kling-v3-image-to-video",
      path: "/v1/videos/generations",
      title: "kling-v3-image-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-image-to-video",
      required: [
        "image_start"
      ],
      fields: {
        image_start: {
          type: "string",
          required: true,
          changes_price: false,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 2500
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Billing is based on the duration value, longer duration costs more"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "selects a different published rate (pricing.json)"
        },
        sound: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "on",
            "off"
          ],
          default: "off",
          price_note: "selects a different published rate (pricing.json)"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            multi_shot: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: false
            },
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "customize",
                "intelligence"
              ]
            },
            multi_prompt: {
              type: "array",
              required: false,
              changes_price: false,
              minItems: 1,
              maxItems: 6,
              items: {
                type: "object"
              }
            },
            element_list: {
              type: "array",
              required: false,
              changes_price: false,
              maxItems: 3,
              items: {
                type: "object"
              }
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 1,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "sound"
      ],
      example: {
        prompt: "The person in the scene slowly turns their head and smiles",
        image_start: "https://example.com/portrait.jpg",
        duration: 5,
        quality: "720p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-v3-motion-control": {
      model: "kling-v3-motion-control",
      path: "/v1/videos/generations",
      title: "kling-v3-motion-control API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-motion-control",
      required: [
        "image_urls",
        "video_urls",
        "model_params"
      ],
      fields: {
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 2500
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p"
        },
        model_params: {
          type: "object",
          required: true,
          changes_price: false,
          properties: {
            character_orientation: {
              type: "string",
              required: true,
              changes_price: false,
              enum: [
                "image",
                "video"
              ]
            },
            element_list: {
              type: "array",
              required: false,
              changes_price: false,
              maxItems: 1,
              items: {
                type: "object"
              }
            },
            keep_sound: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: true
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: null,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "A girl dancing gracefully",
        image_urls: [
          "https://example.com/character.jpg"
        ],
        video_urls: [
          "https://example.com/dance-reference.mp4"
        ],
        quality: "720p",
        model_params: {
          character_orientation: "image"
        }
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-motion-control",
          field: "model_params",
          rule: "character_orientation image allows at most 10 s of output; video at most 30 s.",
          quote: "image: Character faces the same direction as the reference image (max 10 seconds); video: Character faces the same direction as the reference video (max 30 seconds)"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-v3-text-to-video": {
      model: "kling-v3-text-to-video",
      path: "/v1/videos/generations",
      title: "kling-v3-text-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2500
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Billing is based on the duration value, longer duration costs more"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1"
          ]
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "selects a different published rate (pricing.json)"
        },
        sound: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "on",
            "off"
          ],
          default: "off",
          price_note: "selects a different published rate (pricing.json)"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            multi_shot: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: false
            },
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "customize",
                "intelligence"
              ]
            },
            multi_prompt: {
              type: "array",
              required: false,
              changes_price: false,
              minItems: 1,
              maxItems: 6,
              items: {
                type: "object"
              }
            },
            watermark_info: {
              type: "object",
              required: false,
              changes_price: false,
              properties: {
                enabled: {
                  type: "boolean",
                  required: false,
                  changes_price: false
                }
              }
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [],
      price_fields: [
        "duration",
        "quality",
        "sound"
      ],
      example: {
        prompt: "A cat running on a grass field under bright sunshine",
        duration: 5,
        aspect_ratio: "16:9",
        quality: "720p"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-v3-turbo-image-to-video": {
      model: "kling-v3-turbo-image-to-video",
      path: "/v1/videos/generations",
      title: "kling-v3-turbo-image-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-turbo-image-to-video",
      required: [
        "image_start"
      ],
      fields: {
        image_start: {
          type: "string",
          required: true,
          changes_price: false,
          format: "uri"
        },
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 2500
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Billing is based on the duration value, longer duration costs more"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "unknown",
        from: "schema"
      },
      images: [
        {
          field: "image_start",
          min_count: 1,
          max_count: 1,
          max_mb: 50,
          types: [
            "jpg",
            "jpeg",
            "png"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        image_start: "https://your-cdn.com/start-frame.jpg",
        prompt: "A gentle breeze sweeps across the scene, bringing a subtle sense of motion",
        quality: "720p",
        duration: 5
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "kling-v3-turbo-text-to-video": {
      model: "kling-v3-turbo-text-to-video",
      path: "/v1/videos/generations",
      title: "kling-v3-turbo-text-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/kling/kling-v3-turbo-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2500
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1"
          ],
          default: "16:9"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 3,
          maximum: 15,
          price_note: "Billing is based on the duration value, longer duration costs more"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2500,
        unit: "characters",
        from: "schema",
        quote: "2500 characters"
      },
      images: [],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "A golden retriever running on a sunlit grass field, cinematic slow motion",
        quality: "720p",
        aspect_ratio: "16:9",
        duration: 5
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-image-to-video": {
      model: "minimax-h3-image-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-image-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        image_start: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 4,
          minimum: 4,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "768p",
            "2k"
          ],
          default: "768p"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 0,
          max_count: 1,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Pull focus from the ramen bowl in the foreground to the people in the background. More steam rises naturally from the bowl as the camera gently pushes forward; preserve the characters and restaurant setting.",
        image_start: "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png",
        duration: 4,
        quality: "768p"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-image-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-max-image-to-video": {
      model: "minimax-h3-max-image-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Max Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-image-to-video",
      required: [
        "prompt",
        "image_start"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        image_start: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 5,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "768p"
          ],
          default: "768p"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 1,
          max_count: 1,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Pull focus from the ramen bowl in the foreground to the people in the background. More steam rises naturally from the bowl as the camera gently pushes forward; preserve the characters and restaurant setting.",
        image_start: "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png",
        duration: 5,
        quality: "768p"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-image-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-max-reference-to-video": {
      model: "minimax-h3-max-reference-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Max Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: true,
          default: [],
          maxItems: 9,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Aspect ratio (width/height): 0.4\u20132.5 Billing: The first 2 reference images are free"
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          default: [],
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          default: [],
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 5,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "768p"
          ],
          default: "768p"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "21:9",
            "4:3",
            "1:1",
            "3:4",
            "9:16"
          ],
          default: "adaptive"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 9,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "image_urls",
        "duration"
      ],
      example: {
        prompt: "Use the person in Image 1 as the sole character reference, preserving face, hairstyle, and clothing. The character walks into the wind on a seaside boardwalk as the camera tracks smoothly from a medium shot to a side close-up in sunset backlight.",
        image_urls: [
          "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png"
        ],
        duration: 5,
        quality: "768p",
        aspect_ratio: "adaptive"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-reference-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-max-text-to-video": {
      model: "minimax-h3-max-text-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Max Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 5,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "768p"
          ],
          default: "768p"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "21:9",
            "4:3",
            "1:1",
            "3:4",
            "9:16"
          ],
          default: "16:9"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Epic space-opera theatrical teaser: a female captain stands alone before a massive observation window as the last fleet gathers outside. The fleet jumps away in a blinding flash and the bridge shakes; when the light fades, she is left alone in silent deep space. Cinematic lighting, slow dolly-in, grand yet restrained mood.",
        duration: 5,
        quality: "768p",
        aspect_ratio: "16:9"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max/minimax-h3-max-text-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-max-turbo-image-to-video": {
      model: "minimax-h3-max-turbo-image-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Max Turbo Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-image-to-video",
      required: [
        "prompt",
        "image_start"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        image_start: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 5,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "768p"
          ],
          default: "768p"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 1,
          max_count: 1,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Pull focus from the ramen bowl in the foreground to the people in the background. More steam rises naturally from the bowl as the camera gently pushes forward; preserve the characters and restaurant setting.",
        image_start: "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png",
        duration: 5,
        quality: "768p"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-image-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-max-turbo-text-to-video": {
      model: "minimax-h3-max-turbo-text-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Max Turbo Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 5,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "480p",
            "768p"
          ],
          default: "768p"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "21:9",
            "4:3",
            "1:1",
            "3:4",
            "9:16"
          ],
          default: "16:9"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Epic space-opera theatrical teaser: a female captain stands alone before a massive observation window as the last fleet gathers outside. The fleet jumps away in a blinding flash and the bridge shakes; when the light fades, she is left alone in silent deep space. Cinematic lighting, slow dolly-in, grand yet restrained mood.",
        duration: 5,
        quality: "768p",
        aspect_ratio: "16:9"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3-max-turbo/minimax-h3-max-turbo-text-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-reference-to-video": {
      model: "minimax-h3-reference-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          default: [],
          maxItems: 9,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          default: [],
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          default: [],
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 4,
          minimum: 4,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "768p",
            "2k"
          ],
          default: "768p"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "21:9",
            "4:3",
            "1:1",
            "3:4",
            "9:16"
          ],
          default: "adaptive"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 9,
          max_mb: 30,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp",
            "heic",
            "heif"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Use the person in Image 1 as the sole character reference, preserving face, hairstyle, and clothing. The character walks into the wind on a seaside boardwalk as the camera tracks smoothly from a medium shot to a side close-up in sunset backlight.",
        image_urls: [
          "https://cdn.hailuoai.com/prod/hailuo_demo/testsets/H3_AA_I2VA/gallery/sr_v17_variants_seed42_43_20260724/inputs/4a3a90bf9100_KDmcbkhzYo5sjjxr9FqcVmWVnzb.png"
        ],
        duration: 4,
        quality: "768p",
        aspect_ratio: "adaptive"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-reference-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "minimax-h3-text-to-video": {
      model: "minimax-h3-text-to-video",
      path: "/v1/videos/generations",
      title: "Minimax H3 Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          minLength: 1,
          maxLength: 7e3
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 4,
          minimum: 4,
          maximum: 15,
          price_note: "Output duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "768p",
            "2k"
          ],
          default: "768p"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "21:9",
            "4:3",
            "1:1",
            "3:4",
            "9:16"
          ],
          default: "16:9"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 7e3,
        unit: "characters",
        from: "schema",
        quote: "7000 characters"
      },
      images: [],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "Epic space-opera theatrical teaser: a female captain stands alone before a massive observation window as the last fleet gathers outside. The fleet jumps away in a blinding flash and the bridge shakes; when the light fades, she is left alone in silent deep space. Cinematic lighting, slow dolly-in, grand yet restrained mood.",
        duration: 4,
        quality: "768p",
        aspect_ratio: "16:9"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/minimax/minimax-h3/h3/minimax-h3-text-to-video",
          field: "duration",
          rule: "Duration must be a whole number; decimals, strings, auto and -1 are refused.",
          quote: "Decimals, numeric strings, auto, and -1 are not supported"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "MiniMax-Hailuo-02": {
      model: "MiniMax-Hailuo-02",
      path: "/v1/videos/generations",
      title: "Hailuo 02 API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-02-video-generate",
      required: [],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 2e3
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "512p",
            "768p",
            "1080p"
          ],
          default: "768p"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          enum: [
            6,
            10
          ],
          default: 6
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            prompt_optimizer: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: true
            },
            fast_pretreatment: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: false
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "characters",
        from: "schema",
        quote: "2000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 2,
          max_mb: 20,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "A beautiful sunset over the ocean [Static shot]"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-02-video-generate",
          field: "duration",
          rule: "At 1080p the duration must be 6 s.",
          quote: "1080p: 6s only",
          constraint: {
            if: {
              quality: "1080p"
            },
            then: {
              duration: {
                enum: [
                  6
                ]
              }
            }
          }
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-02-video-generate",
          field: "quality",
          rule: "512p needs an input image (image-to-video only).",
          quote: "Note: 512p only available in I2V mode"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "MiniMax-Hailuo-2.3": {
      model: "MiniMax-Hailuo-2.3",
      path: "/v1/videos/generations",
      title: "Hailuo 2.3 API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "768p",
            "1080p"
          ],
          default: "768p"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          enum: [
            6,
            10
          ],
          default: 6
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            prompt_optimizer: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: true
            },
            fast_pretreatment: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: false
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "characters",
        from: "schema",
        quote: "2000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "A beautiful sunset over the ocean [Static shot]"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-video-generate",
          field: "duration",
          rule: "At 1080p the duration must be 6 s.",
          quote: "1080p: 6s only",
          constraint: {
            if: {
              quality: "1080p"
            },
            then: {
              duration: {
                enum: [
                  6
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "MiniMax-Hailuo-2.3-Fast": {
      model: "MiniMax-Hailuo-2.3-Fast",
      path: "/v1/videos/generations",
      title: "Hailuo 2.3 Fast API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-fast-video-generate",
      required: [
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 2e3
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "768p",
            "1080p"
          ],
          default: "768p"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          enum: [
            6,
            10
          ],
          default: 6
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            prompt_optimizer: {
              type: "boolean",
              required: false,
              changes_price: false,
              default: true
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "characters",
        from: "schema",
        quote: "2000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "A cat slowly opens its eyes and looks around [Pan left]"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/hailuo/hailuo-2-3-fast-video-generate",
          field: "duration",
          rule: "At 1080p the duration must be 6 s.",
          quote: "1080p: 6s only",
          constraint: {
            if: {
              quality: "1080p"
            },
            then: {
              duration: {
                enum: [
                  6
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "omnihuman-1.5": {
      model: "omnihuman-1.5",
      path: "/v1/videos/generations",
      title: "OmniHuman-1.5 Digital Human Video Generation",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/omnihuman/omnihuman-1.5-video-generate",
      required: [
        "audio_url",
        "image_urls"
      ],
      fields: {
        audio_url: {
          type: "string",
          required: true,
          changes_price: true,
          format: "uri",
          price_note: "Billing is based on audio duration (rounded up to the nearest second)"
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        pe_fast_mode: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        },
        mask_url: {
          type: "array",
          required: false,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false
        },
        subject_check: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        },
        auto_mask: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        }
      },
      prompt_limit: null,
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "audio_url"
      ],
      example: {
        audio_url: "https://example.com/audio.mp3",
        image_urls: [
          "https://example.com/person.jpg"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-1.5-pro": {
      model: "seedance-1.5-pro",
      path: "/v1/videos/generations",
      title: "seedance-1.5-pro API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance1.5/seedance-1.5-pro-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 4,
          maximum: 12,
          price_note: "Billing for a single request is based on the duration value"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          price_note: "Video resolution, defaults to 720p Note: 480p: Lower resolution, lower pricing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "Whether to generate audio, enabling will increase cost, defaults to true"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 2,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "generate_audio"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance1.5/seedance-1.5-pro-video-generate",
          field: "aspect_ratio",
          rule: "Aspect ratio is 16:9, 9:16, 1:1, 4:3, 3:4, 21:9 or adaptive.",
          quote: "Supported values: 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4, 21:9 (ultra-wide), adaptive; Default value: 16:9",
          constraint: {
            if: {},
            then: {
              aspect_ratio: {
                enum: [
                  "16:9",
                  "9:16",
                  "1:1",
                  "4:3",
                  "3:4",
                  "21:9",
                  "adaptive"
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0": {
      model: "seedance-2.0",
      path: "/v1/videos/generations",
      example: {
        prompt: "A cat playing piano"
      },
      images: [],
      prose_rules: [
        {
          field: "prompt",
          rule: "The model is announced, not yet available; parameters may change.",
          quote: "This model is not yet available. API parameters may be adjusted before official release.",
          url: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",
          retrieved: "2026-12-07"
        }
      ],
      origin: "hand-written",
      retrieved: "2026-12-07",
      title: "seedance-2.0 API",
      docs: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",
      source: "https://docs.evolink.ai/en/api-manual/video-series/seedance2.0/seedance-2.0-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "description",
        quote: "limited to 2000 tokens"
      },
      price_fields: []
    },
    "seedance-2.0-fast-image-to-video": {
      model: "seedance-2.0-fast-image-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Fast Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-fast-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 2,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "The camera slowly zooms in, the scene gradually comes to life",
        image_urls: [
          "https://example.com/first-frame.jpg"
        ],
        duration: 5,
        aspect_ratio: "adaptive"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-fast-reference-to-video": {
      model: "seedance-2.0-fast-reference-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Fast Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-fast-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 9,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 9,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",
        image_urls: [
          "https://example.com/ref1.jpg",
          "https://example.com/ref2.jpg"
        ],
        video_urls: [
          "https://example.com/reference.mp4"
        ],
        audio_urls: [
          "https://example.com/bgm.mp3"
        ],
        duration: 10,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-fast-text-to-video": {
      model: "seedance-2.0-fast-text-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Fast Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-fast-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            web_search: {
              type: "boolean",
              required: false,
              changes_price: true,
              default: false,
              price_note: "Web search, defaults to false Details: Fees are only charged when searches are actually triggered"
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",
        duration: 8,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-image-to-video": {
      model: "seedance-2.0-image-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 2,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "The camera slowly zooms in, the scene gradually comes to life",
        image_urls: [
          "https://example.com/first-frame.jpg"
        ],
        duration: 5,
        aspect_ratio: "adaptive"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-mini-image-to-video": {
      model: "seedance-2.0-mini-image-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Mini Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-mini-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 2,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "The camera slowly zooms in, the scene gradually comes to life",
        image_urls: [
          "https://example.com/first-frame.jpg"
        ],
        duration: 5,
        aspect_ratio: "adaptive"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-mini-reference-to-video": {
      model: "seedance-2.0-mini-reference-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Mini Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-mini-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 9,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 9,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",
        image_urls: [
          "https://example.com/ref1.jpg",
          "https://example.com/ref2.jpg"
        ],
        video_urls: [
          "https://example.com/reference.mp4"
        ],
        audio_urls: [
          "https://example.com/bgm.mp3"
        ],
        duration: 10,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-mini-text-to-video": {
      model: "seedance-2.0-mini-text-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Mini Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-mini-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",
        duration: 8,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-reference-to-video": {
      model: "seedance-2.0-reference-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 9,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 9,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",
        image_urls: [
          "https://example.com/ref1.jpg",
          "https://example.com/ref2.jpg"
        ],
        video_urls: [
          "https://example.com/reference.mp4"
        ],
        audio_urls: [
          "https://example.com/bgm.mp3"
        ],
        duration: 10,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.0-text-to-video": {
      model: "seedance-2.0-text-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.0 Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.0/seedance-2.0-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 4,
          maximum: 15,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p",
            "4k"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            web_search: {
              type: "boolean",
              required: false,
              changes_price: true,
              default: false,
              price_note: "Web search, defaults to false Details: Fees are only charged when searches are actually triggered"
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [],
      price_fields: [
        "duration",
        "quality",
        "content_filter"
      ],
      example: {
        prompt: "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",
        duration: 8,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.5-draft-to-video": {
      model: "seedance-2.5-draft-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.5 Draft-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-draft-to-video",
      required: [
        "source_task_id"
      ],
      fields: {
        source_task_id: {
          type: "string",
          required: true,
          changes_price: false
        },
        output_format: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "mp4",
            "mov"
          ],
          default: "mp4"
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [],
      example: {
        source_task_id: "task-unified-1774857405-abc123"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.5-image-to-video": {
      model: "seedance-2.5-image-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.5 Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: automatic duration, the model picks a length within 4\u201330 seconds and billing follows the actual output length"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        draft: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: false,
          price_note: "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        },
        output_format: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "mp4",
            "mov"
          ],
          default: "mp4"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 2,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "draft",
        "content_filter"
      ],
      example: {
        prompt: "The camera slowly zooms in, the scene gradually comes to life",
        image_urls: [
          "https://example.com/first-frame.jpg"
        ],
        duration: 5,
        quality: "720p",
        aspect_ratio: "adaptive"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-image-to-video",
          field: "draft",
          rule: "With draft: true, quality must be 480p or omitted.",
          quote: "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",
          constraint: {
            if: {
              draft: true
            },
            then: {
              quality: {
                enum: [
                  "480p"
                ]
              }
            }
          }
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-image-to-video",
          field: "duration",
          rule: "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",
          quote: "Supports any integer value between 4\u201330 seconds; -1: automatic duration",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.5-reference-to-video": {
      model: "seedance-2.5-reference-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.5 Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-reference-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 30,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: automatic duration, the model picks a length within 4\u201330 seconds and billing follows the actual output length"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        draft: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: false,
          price_note: "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        },
        output_format: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "mp4",
            "mov"
          ],
          default: "mp4"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 30,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "draft",
        "content_filter"
      ],
      example: {
        prompt: "Use the first-person perspective framing of @video1 throughout, and use @audio1 as background music throughout. First-person perspective fruit tea promotional video...",
        image_urls: [
          "https://example.com/ref1.jpg",
          "https://example.com/ref2.jpg"
        ],
        video_urls: [
          "https://example.com/reference.mp4"
        ],
        audio_urls: [
          "https://example.com/bgm.mp3"
        ],
        duration: 10,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-reference-to-video",
          field: "draft",
          rule: "With draft: true, quality must be 480p or omitted.",
          quote: "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",
          constraint: {
            if: {
              draft: true
            },
            then: {
              quality: {
                enum: [
                  "480p"
                ]
              }
            }
          }
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-reference-to-video",
          field: "duration",
          rule: "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",
          quote: "Supports any integer value between 4\u201330 seconds; -1: automatic duration",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.5-text-to-video": {
      model: "seedance-2.5-text-to-video",
      path: "/v1/videos/generations",
      title: "Seedance 2.5 Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: automatic duration, the model picks a length within 4\u201330 seconds and billing follows the actual output length"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        draft: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: false,
          price_note: "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4",
            "21:9",
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        },
        output_format: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "mp4",
            "mov"
          ],
          default: "mp4"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            web_search: {
              type: "boolean",
              required: false,
              changes_price: true,
              default: false,
              price_note: "Web search, defaults to false Details: Fees are only charged when searches are actually triggered"
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: null,
        unit: "unknown",
        from: "description",
        quote: "500 characters; 10000 tokens"
      },
      images: [],
      price_fields: [
        "duration",
        "quality",
        "draft",
        "content_filter"
      ],
      example: {
        prompt: "A macro lens focuses on a green glass frog on a leaf. The focus gradually shifts from its smooth skin to its completely transparent abdomen, where a bright red heart is beating powerfully and rhythmically.",
        duration: 8,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-text-to-video",
          field: "draft",
          rule: "With draft: true, quality must be 480p or omitted.",
          quote: "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",
          constraint: {
            if: {
              draft: true
            },
            then: {
              quality: {
                enum: [
                  "480p"
                ]
              }
            }
          }
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-text-to-video",
          field: "duration",
          rule: "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",
          quote: "Supports any integer value between 4\u201330 seconds; -1: automatic duration",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.5-video-edit": {
      model: "seedance-2.5-video-edit",
      path: "/v1/videos/generations",
      title: "Seedance 2.5 Video Edit",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-edit",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 30,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          enum: [
            -1
          ],
          default: -1,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        draft: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: false,
          price_note: "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        },
        output_format: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "mp4",
            "mov"
          ],
          default: "mp4"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1e4,
        unit: "tokens",
        from: "description",
        quote: "10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 30,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "draft",
        "content_filter"
      ],
      example: {
        prompt: "Edit the video: remove all passers-by in @video1, keep only the main character",
        video_urls: [
          "https://example.com/original.mp4"
        ],
        quality: "720p",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-edit",
          field: "draft",
          rule: "With draft: true, quality must be 480p or omitted.",
          quote: "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",
          constraint: {
            if: {
              draft: true
            },
            then: {
              quality: {
                enum: [
                  "480p"
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "seedance-2.5-video-extend": {
      model: "seedance-2.5-video-extend",
      path: "/v1/videos/generations",
      title: "Seedance 2.5 Video Extend",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-extend",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 30,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "Duration directly affects billing"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: Lower clarity, lower cost"
        },
        draft: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: false,
          price_note: "Draft mode switch, defaults to false Details: true: Generate a 480p draft first, with faster turnaround and standard 480p billing"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        content_filter: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "false: Relaxes content restrictions, billed at +10% (1.1x)"
        },
        output_format: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "mp4",
            "mov"
          ],
          default: "mp4"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1e4,
        unit: "tokens",
        from: "description",
        quote: "10000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 1,
          max_count: 30,
          max_mb: 30,
          types: [
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "draft",
        "content_filter"
      ],
      example: {
        prompt: "Extend @video1 backward: the character walks out of the frame, the camera slowly pulls back to reveal the empty street",
        video_urls: [
          "https://example.com/original.mp4"
        ],
        duration: 12,
        quality: "720p",
        generate_audio: true,
        content_filter: true
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-extend",
          field: "draft",
          rule: "With draft: true, quality must be 480p or omitted.",
          quote: "When enabled, quality must be 480p or omitted. Any other resolution returns a 400 parameter error",
          constraint: {
            if: {
              draft: true
            },
            then: {
              quality: {
                enum: [
                  "480p"
                ]
              }
            }
          }
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/seedance2.5/seedance-2.5-video-extend",
          field: "duration",
          rule: "Duration is an integer from 4 to 30, or -1 (automatic, billed by the output length, at most 30 s).",
          quote: "Supports any integer value between 4\u201330 seconds; -1: automatic duration",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "sora-2": {
      model: "sora-2",
      path: "/v1/videos/generations",
      example: {
        prompt: "A cat playing piano"
      },
      images: [],
      prose_rules: [
        {
          field: "duration",
          rule: "Duration is 10 or 15 s.",
          quote: "`sora-2` (duration 10/15, `remove_watermark`)",
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          constraint: {
            if: {},
            then: {
              duration: {
                enum: [
                  10,
                  15
                ]
              }
            }
          }
        }
      ],
      origin: "hand-written",
      retrieved: "2026-12-07",
      title: "Sora 2",
      docs: "https://docs.evolink.ai/en/api-manual/video-series/sora2/sora2-video-generate",
      source: "shared/api/README.md (project vendor notes, from the vendor docs page)",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false
        },
        remove_watermark: {
          type: "boolean",
          required: false,
          changes_price: false
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1e3,
        unit: "characters",
        from: "description",
        quote: "Maximum length: 1000"
      },
      price_fields: []
    },
    "sora-2-beta-max": {
      model: "sora-2-beta-max",
      path: "/v1/videos/generations",
      example: {
        prompt: "A cat playing piano"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      prose_rules: [
        {
          field: "duration",
          rule: "Duration is 10 (default) or 15 s.",
          quote: "Only supports `10`, `15` values, representing `10 seconds`, `15 seconds`",
          url: "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",
          retrieved: "2026-12-07",
          constraint: {
            if: {},
            then: {
              duration: {
                enum: [
                  10,
                  15
                ]
              }
            }
          },
          changes_price: true
        },
        {
          field: "remove_watermark",
          rule: "The watermark is removed by default, at no charge.",
          quote: "`true`: Remove watermark, no additional charge. This is the default value",
          url: "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",
          retrieved: "2026-12-07"
        }
      ],
      origin: "hand-written",
      retrieved: "2026-12-07",
      title: "Sora-2 Video Generation Beta-Max",
      docs: "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",
      source: "shared/api/sora-2-beta-max.openapi.yaml (cut from the vendor English docs page for sora-2-beta-max)",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          maxLength: 5e3,
          changes_price: false
        },
        aspect_ratio: {
          type: "string",
          required: false,
          enum: [
            "16:9",
            "9:16"
          ],
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          price_note: "Billing is based on the `duration` value, `15 seconds` costs more than `10 seconds`"
        },
        image_urls: {
          type: "array",
          required: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          },
          changes_price: false
        },
        remove_watermark: {
          type: "boolean",
          required: false,
          changes_price: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "tokens",
        from: "schema",
        quote: "limited to 5000 tokens"
      },
      price_fields: [
        "duration"
      ]
    },
    "sora-2-preview": {
      model: "sora-2-preview",
      path: "/v1/videos/generations",
      title: "Sora-2-Preview API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/sora2/sora-2-preview-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 5e3
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "1280x720",
            "720x1280",
            "16:9",
            "9:16"
          ]
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          price_note: "Longer duration costs more"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "tokens",
        from: "schema",
        quote: "5000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/sora2/sora-2-preview-video-generate",
          field: "duration",
          rule: "Duration is 4, 8 or 12 s.",
          quote: "Only supports 4, 8, 12 seconds",
          constraint: {
            if: {},
            then: {
              duration: {
                enum: [
                  4,
                  8,
                  12
                ]
              }
            }
          },
          changes_price: true
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/sora2/sora-2-preview-video-generate",
          field: "image_urls",
          rule: "An input image's pixel size must equal the chosen aspect_ratio.",
          quote: "Image pixel dimensions must exactly match the selected aspect_ratio"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "sora-2-pro": {
      model: "sora-2-pro",
      path: "/v1/videos/generations",
      example: {
        prompt: "A cat playing piano"
      },
      images: [],
      prose_rules: [
        {
          field: "duration",
          rule: "Duration is 15 or 25 s.",
          quote: "`sora-2-pro` (duration 15/25, `quality` standard/high: 15 s only high, 25 s only standard, `remove_watermark`)",
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          constraint: {
            if: {},
            then: {
              duration: {
                enum: [
                  15,
                  25
                ]
              }
            }
          }
        },
        {
          field: "quality",
          rule: "15 s is high quality only.",
          quote: "15 s only high, 25 s only standard",
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          constraint: {
            if: {
              duration: 15
            },
            then: {
              quality: {
                enum: [
                  "high"
                ]
              }
            }
          }
        },
        {
          field: "quality",
          rule: "25 s is standard quality only.",
          quote: "15 s only high, 25 s only standard",
          url: "shared/api/README.md (project vendor notes)",
          retrieved: "2026-12-07",
          constraint: {
            if: {
              duration: 25
            },
            then: {
              quality: {
                enum: [
                  "standard"
                ]
              }
            }
          }
        }
      ],
      origin: "hand-written",
      retrieved: "2026-12-07",
      title: "Sora 2 Pro",
      docs: "shared/api/README.md (project vendor notes)",
      source: "shared/api/README.md (project vendor notes, from the vendor docs)",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          enum: [
            "standard",
            "high"
          ],
          changes_price: false
        },
        remove_watermark: {
          type: "boolean",
          required: false,
          changes_price: false
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false
        }
      },
      prompt_limit: null,
      price_fields: []
    },
    "sora-2-pro-preview": {
      model: "sora-2-pro-preview",
      path: "/v1/videos/generations",
      title: "sora-2-pro-preview Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/sora2pro/sora-2-pro-preview-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 5e3
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16"
          ]
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          price_note: "Billing is based on the duration value, longer duration costs more"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          price_note: "Video quality Note: 720p: Standard quality, standard pricing"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "tokens",
        from: "schema",
        quote: "5000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/sora2pro/sora-2-pro-preview-video-generate",
          field: "duration",
          rule: "Duration is 4, 8 or 12 s.",
          quote: "Currently only supports 4, 8, 12 values",
          constraint: {
            if: {},
            then: {
              duration: {
                enum: [
                  4,
                  8,
                  12
                ]
              }
            }
          },
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "topaz-video-upscale": {
      model: "topaz-video-upscale",
      path: "/v1/videos/generations",
      title: "topaz-video-upscale API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/topaz/topaz-video-upscale",
      required: [
        "video_urls"
      ],
      fields: {
        video_urls: {
          type: "array",
          required: true,
          changes_price: true,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "The server will automatically detect the input video duration for billing"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            upscale_factor: {
              type: "string",
              required: false,
              changes_price: true,
              enum: [
                "1",
                "2",
                "4"
              ],
              default: "2",
              price_note: "Video upscale factor Billing impact: Pricing varies by upscale factor, higher factors cost more"
            }
          }
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [
        "video_urls"
      ],
      example: {
        video_urls: [
          "https://example.com/my-video.mp4"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "veo-3.1-fast-generate-preview": {
      model: "veo-3.1-fast-generate-preview",
      path: "/v1/videos/generations",
      title: "Veo-3.1-Fast-Generate-Preview API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        generation_type: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "TEXT",
            "FIRST&LAST",
            "REFERENCE"
          ]
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto",
            "16:9",
            "9:16"
          ]
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: true,
          price_note: "Generate audio (extra cost), default true"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          enum: [
            4,
            6,
            8
          ],
          price_note: "selects a different published rate (pricing.json)"
        },
        n: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 1,
          maximum: 4,
          price_note: "Number of videos, default 1"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p",
            "4k"
          ],
          price_note: "selects a different published rate (pricing.json)"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 4294967295
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        person_generation: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "allow_adult",
            "dont_allow"
          ]
        },
        resize_mode: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "pad",
            "crop"
          ]
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 3,
          max_mb: 10,
          types: [],
          from: "description"
        }
      ],
      price_fields: [
        "generate_audio",
        "duration",
        "n",
        "quality"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",
          field: "generation_type",
          rule: "REFERENCE mode fixes duration at 8 s and aspect ratio at 16:9.",
          quote: "REFERENCE: Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except generate_audio, other advanced params not supported",
          constraint: {
            if: {
              generation_type: "REFERENCE"
            },
            then: {
              duration: {
                enum: [
                  8
                ]
              },
              aspect_ratio: {
                enum: [
                  "16:9"
                ]
              }
            }
          }
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",
          field: "n",
          rule: "n videos are generated per request; each is charged.",
          quote: "Number of videos, default 1",
          changes_price: true
        },
        {
          field: "image_urls",
          rule: "A stored copy of the docs page allows at most 2 images, no 4k and no auto aspect ratio; the generated catalog (newer docs commit) allows 3, 4k and auto, and is used.",
          quote: "Reference image URLs, max 2 images, max 10MB each",
          url: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo-3.1-fast-generate-preview-generate",
          retrieved: "2026-12-07"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "veo-3.1-generate-preview": {
      model: "veo-3.1-generate-preview",
      path: "/v1/videos/generations",
      title: "Veo-3.1-Generate-Preview API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-generate-preview-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        generation_type: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "TEXT",
            "FIRST&LAST",
            "REFERENCE"
          ]
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto",
            "16:9",
            "9:16"
          ]
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: true,
          price_note: "Generate audio (extra cost), default true"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: false,
          enum: [
            4,
            6,
            8
          ]
        },
        n: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 1,
          maximum: 4,
          price_note: "Number of videos, default 1"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p",
            "1080p",
            "4k"
          ]
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 4294967295
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        person_generation: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "allow_adult",
            "dont_allow"
          ]
        },
        resize_mode: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "pad",
            "crop"
          ]
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 3,
          max_mb: 10,
          types: [],
          from: "description"
        }
      ],
      price_fields: [
        "generate_audio",
        "n"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-generate-preview-generate",
          field: "generation_type",
          rule: "REFERENCE mode fixes duration at 8 s and aspect ratio at 16:9.",
          quote: "REFERENCE: Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except generate_audio, other advanced params not supported",
          constraint: {
            if: {
              generation_type: "REFERENCE"
            },
            then: {
              duration: {
                enum: [
                  8
                ]
              },
              aspect_ratio: {
                enum: [
                  "16:9"
                ]
              }
            }
          }
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo-3.1-generate-preview-generate",
          field: "n",
          rule: "n videos are generated per request; each is charged.",
          quote: "Number of videos, default 1",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "veo3.1-fast-beta": {
      model: "veo3.1-fast-beta",
      path: "/v1/videos/generations",
      title: "veo3.1-fast Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo3.1-fast-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto",
            "16:9",
            "9:16"
          ],
          default: "auto"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p"
          ]
        },
        generation_type: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "TEXT",
            "FIRST&LAST",
            "REFERENCE"
          ]
        },
        enhance_prompt: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 3,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          field: "prompt",
          rule: "A stored copy of the docs page gives a 1000 prompt limit; the generated catalog gives 2000 tokens, which is used.",
          quote: "Maximum length: 1000",
          url: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-video-generate",
          retrieved: "2026-12-07"
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "veo3.1-fast-extend": {
      model: "veo3.1-fast-extend",
      path: "/v1/videos/generations",
      example: {
        model: "veo3.1-fast-extend",
        base_video_task_id: "task-unified-1234567890-abcdefgh",
        prompt: "A cat playing piano, continued"
      },
      images: [],
      prose_rules: [
        {
          field: "base_video_task_id",
          rule: "The task must be a Veo 3.1 Fast generation or extension.",
          quote: "Original video task ID, must be a video task ID generated or extended by Veo3.1-Fast",
          url: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",
          retrieved: "2026-12-07"
        }
      ],
      origin: "hand-written",
      retrieved: "2026-12-07",
      title: "veo3.1-fast-extend Interface",
      docs: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",
      source: "https://docs.evolink.ai/en/api-manual/video-series/veo3.1/veo3.1-fast-extend-video-extend",
      required: [
        "base_video_task_id",
        "prompt"
      ],
      fields: {
        base_video_task_id: {
          type: "string",
          required: true,
          changes_price: false
        },
        prompt: {
          type: "string",
          required: true,
          maxLength: 2e3,
          changes_price: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "limited to 2000 tokens"
      },
      price_fields: []
    },
    "veo3.1-pro-beta": {
      model: "veo3.1-pro-beta",
      path: "/v1/videos/generations",
      title: "veo3.1-pro Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/veo3.1/veo3.1-pro-video-generate",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "auto",
            "16:9",
            "9:16"
          ],
          default: "auto"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 2,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "720p"
          ]
        },
        generation_type: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "TEXT",
            "FIRST&LAST"
          ]
        },
        enhance_prompt: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 2,
          max_mb: 10,
          types: [
            "jpg",
            "jpeg",
            "png",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    videoretalk: {
      model: "videoretalk",
      path: "/v1/videos/generations",
      title: "VideoRetalk Lip-Sync Video Generation",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/videoretalk/videoretalk-video-generate",
      required: [
        "video_url",
        "audio_url"
      ],
      fields: {
        video_url: {
          type: "string",
          required: true,
          changes_price: false,
          format: "uri"
        },
        audio_url: {
          type: "string",
          required: true,
          changes_price: false,
          format: "uri"
        },
        ref_image_url: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        video_extension: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        },
        query_face_threshold: {
          type: "integer",
          required: false,
          changes_price: false,
          default: 170,
          minimum: 120,
          maximum: 200
        }
      },
      prompt_limit: null,
      images: [],
      price_fields: [],
      example: {
        video_url: "https://example.com/speaker.mp4",
        audio_url: "https://example.com/target-speech.wav"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.5-image-to-video": {
      model: "wan2.5-image-to-video",
      path: "/v1/videos/generations",
      title: "wan2.5-image-to-video Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          price_note: "A single request will pre-charge based on the value of duration, with actual charges based on the generated video duration in seconds"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          default: "720p",
          price_note: "Video quality, defaults to 720p Description: 480p: Lower quality, lower price"
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-image-to-video",
          field: "duration",
          rule: "Duration is 5 or 10 s.",
          quote: "Only supports values 5 and 10, representing 5 seconds and 10 seconds respectively",
          constraint: {
            if: {},
            then: {
              duration: {
                enum: [
                  5,
                  10
                ]
              }
            }
          },
          changes_price: true
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-image-to-video",
          field: "quality",
          rule: "Quality is 480p, 720p or 1080p.",
          quote: "480p: Lower quality, lower price; 720p: Standard quality, standard price, this is the default; 1080p: High quality, higher price",
          constraint: {
            if: {},
            then: {
              quality: {
                enum: [
                  "480p",
                  "720p",
                  "1080p"
                ]
              }
            }
          },
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.5-text-to-video": {
      model: "wan2.5-text-to-video",
      path: "/v1/videos/generations",
      title: "wan2.5-text-to-video Interface",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 2e3
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          default: "16:9"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          default: "720p",
          price_note: "Video quality, defaults to 720p Description: 480p: Lower quality, lower price"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          price_note: "A single request will pre-charge based on the value of duration, with actual charges based on the generated video duration in seconds"
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e3,
        unit: "tokens",
        from: "schema",
        quote: "2000 tokens"
      },
      images: [],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",
          field: "duration",
          rule: "Duration is 5 or 10 s.",
          quote: "Only supports values 5 and 10, representing 5 seconds and 10 seconds respectively",
          constraint: {
            if: {},
            then: {
              duration: {
                enum: [
                  5,
                  10
                ]
              }
            }
          },
          changes_price: true
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",
          field: "quality",
          rule: "Quality is 480p, 720p or 1080p.",
          quote: "480p: Lower quality, lower price; 720p: Standard quality, standard price, this is the default; 1080p: High quality, higher price",
          constraint: {
            if: {},
            then: {
              quality: {
                enum: [
                  "480p",
                  "720p",
                  "1080p"
                ]
              }
            }
          },
          changes_price: true
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.5/wan2.5-text-to-video",
          field: "aspect_ratio",
          rule: "480p allows 16:9, 9:16, 1:1; 720p and 1080p also allow 4:3 and 3:4.",
          quote: "480p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square); 720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",
          constraint: {
            if: {
              quality: "480p"
            },
            then: {
              aspect_ratio: {
                enum: [
                  "16:9",
                  "9:16",
                  "1:1"
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.6-image-to-video": {
      model: "wan2.6-image-to-video",
      path: "/v1/videos/generations",
      title: "wan2.6-image-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 1500
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 2,
          maximum: 15,
          price_note: "Each request will be pre-charged based on the duration value, actual charge is based on the generated video duration"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "single",
                "multi"
              ]
            }
          }
        },
        audio_url: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1500,
        unit: "characters",
        from: "schema",
        quote: "1500 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video",
          field: "quality",
          rule: "Quality is 720p or 1080p.",
          quote: "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",
          constraint: {
            if: {},
            then: {
              quality: {
                enum: [
                  "720p",
                  "1080p"
                ]
              }
            }
          },
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.6-image-to-video-flash": {
      model: "wan2.6-image-to-video-flash",
      path: "/v1/videos/generations",
      title: "wan2.6-image-to-video-flash API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video-flash",
      required: [
        "prompt",
        "image_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 1500
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 2,
          maximum: 15,
          price_note: "Each request will be pre-charged based on the duration value, actual charge is based on the generated video duration"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        image_urls: {
          type: "array",
          required: true,
          changes_price: false,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "single",
                "multi"
              ]
            }
          }
        },
        audio_url: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "Whether to generate audio, defaults to true Options: true: Generate video with audio, higher pricing"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1500,
        unit: "characters",
        from: "schema",
        quote: "1500 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 1,
          max_mb: 10,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality",
        "generate_audio"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-image-to-video-flash",
          field: "quality",
          rule: "Quality is 720p or 1080p.",
          quote: "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",
          constraint: {
            if: {},
            then: {
              quality: {
                enum: [
                  "720p",
                  "1080p"
                ]
              }
            }
          },
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.6-reference-video": {
      model: "wan2.6-reference-video",
      path: "/v1/videos/generations",
      title: "wan2.6-reference-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 1500
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: true,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "File size: Single video no more than 100MB Input Video Billing Rules: Each reference video is truncated and summed, total input billing duration capped at 5 seconds"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 2,
          maximum: 10,
          price_note: "Specifies the duration of the generated video (in seconds) Note: Supports any integer value between 2~10 seconds Output Video Billing Rules: Output video billing duration: The number of seconds of video successfully generated by the model"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "single",
                "multi"
              ]
            }
          }
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1500,
        unit: "characters",
        from: "schema",
        quote: "1500 characters"
      },
      images: [],
      price_fields: [
        "video_urls",
        "quality",
        "duration"
      ],
      example: {
        prompt: "A person dancing",
        video_urls: [
          "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/xxx.mp4"
        ]
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video",
          field: "quality",
          rule: "Quality is 720p or 1080p.",
          quote: "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",
          constraint: {
            if: {},
            then: {
              quality: {
                enum: [
                  "720p",
                  "1080p"
                ]
              }
            }
          },
          changes_price: true
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video",
          field: "aspect_ratio",
          rule: "Aspect ratio is 16:9, 9:16, 1:1, 4:3 or 3:4.",
          quote: "720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",
          constraint: {
            if: {},
            then: {
              aspect_ratio: {
                enum: [
                  "16:9",
                  "9:16",
                  "1:1",
                  "4:3",
                  "3:4"
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.6-reference-video-flash": {
      model: "wan2.6-reference-video-flash",
      path: "/v1/videos/generations",
      title: "wan2.6-reference-video-flash API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video-flash",
      required: [
        "prompt",
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 1500
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: true,
          maxItems: 3,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "File size: Single video no more than 100MB Input Video Billing Rules: Each reference video is truncated and summed, total input billing duration capped at 5 seconds"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 2,
          maximum: 10,
          price_note: "Specifies the duration of the generated video (in seconds) Note: Supports any integer value between 2~10 seconds Output Video Billing Rules: Output video billing duration: The number of seconds of video successfully generated by the model"
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "single",
                "multi"
              ]
            }
          }
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: true,
          default: true,
          price_note: "Whether to generate audio, defaults to true Options: true: Generate video with audio, higher pricing"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1500,
        unit: "characters",
        from: "schema",
        quote: "1500 characters"
      },
      images: [],
      price_fields: [
        "video_urls",
        "quality",
        "duration",
        "generate_audio"
      ],
      example: {
        prompt: "A person dancing",
        video_urls: [
          "https://help-static-aliyun-doc.aliyuncs.com/file-manage-files/xxx.mp4"
        ]
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video-flash",
          field: "quality",
          rule: "Quality is 720p or 1080p.",
          quote: "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",
          constraint: {
            if: {},
            then: {
              quality: {
                enum: [
                  "720p",
                  "1080p"
                ]
              }
            }
          },
          changes_price: true
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-reference-video-flash",
          field: "aspect_ratio",
          rule: "Aspect ratio is 16:9, 9:16, 1:1, 4:3 or 3:4.",
          quote: "720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",
          constraint: {
            if: {},
            then: {
              aspect_ratio: {
                enum: [
                  "16:9",
                  "9:16",
                  "1:1",
                  "4:3",
                  "3:4"
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.6-text-to-video": {
      model: "wan2.6-text-to-video",
      path: "/v1/videos/generations",
      title: "wan2.6-text-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 1500
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          minimum: 2,
          maximum: 15,
          price_note: "Each request will be pre-charged based on the duration value, actual charge is based on the generated video duration"
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            shot_type: {
              type: "string",
              required: false,
              changes_price: false,
              enum: [
                "single",
                "multi"
              ]
            }
          }
        },
        audio_url: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 1500,
        unit: "characters",
        from: "schema",
        quote: "1500 characters"
      },
      images: [],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A cat playing piano"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-text-to-video",
          field: "quality",
          rule: "Quality is 720p or 1080p.",
          quote: "720p: Standard definition, standard price, this is the default; 1080p: High definition, higher price",
          constraint: {
            if: {},
            then: {
              quality: {
                enum: [
                  "720p",
                  "1080p"
                ]
              }
            }
          },
          changes_price: true
        },
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan2.6/wan2.6-text-to-video",
          field: "aspect_ratio",
          rule: "Aspect ratio is 16:9, 9:16, 1:1, 4:3 or 3:4.",
          quote: "720p: Supports 16:9 (landscape), 9:16 (portrait), 1:1 (square), 4:3, 3:4",
          constraint: {
            if: {},
            then: {
              aspect_ratio: {
                enum: [
                  "16:9",
                  "9:16",
                  "1:1",
                  "4:3",
                  "3:4"
                ]
              }
            }
          }
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.7-image-to-video": {
      model: "wan2.7-image-to-video",
      path: "/v1/videos/generations",
      title: "wan2.7-image-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-image-to-video",
      required: [],
      fields: {
        generation_mode: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "first_frame",
            "first_last_frame",
            "video_continuation"
          ]
        },
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 5e3
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 500
        },
        image_start: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        duration: {
          type: "number",
          required: false,
          changes_price: false,
          default: 5,
          minimum: 2,
          maximum: 15
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "characters",
        from: "schema",
        quote: "5000 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 0,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality"
      ],
      example: {
        generation_mode: "first_frame",
        prompt: "A cat playing piano",
        image_start: "https://example.com/first_frame.jpg"
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.7-reference-video": {
      model: "wan2.7-reference-video",
      path: "/v1/videos/generations",
      title: "wan2.7-reference-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-reference-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 5e3
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 500
        },
        image_start: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: false,
          items: {
            type: "string",
            format: "uri"
          }
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 5,
          items: {
            type: "string",
            format: "uri"
          }
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            voice_bindings: {
              type: "object",
              required: false,
              changes_price: false
            }
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "16:9"
        },
        duration: {
          type: "number",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 2,
          maximum: 15,
          price_note: "With video_urls: 2 ~ 10 (capped at 10 seconds) Billing: based on the actual generated video duration"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "characters",
        from: "schema",
        quote: "5000 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 0,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        },
        {
          field: "image_urls",
          min_count: 0,
          max_count: null,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "The character from the reference video dancing on a meadow",
        video_urls: [
          "https://example.com/reference.mp4"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.7-text-to-video": {
      model: "wan2.7-text-to-video",
      path: "/v1/videos/generations",
      title: "wan2.7-text-to-video API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false,
          maxLength: 5e3
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 500
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "16:9"
        },
        duration: {
          type: "number",
          required: false,
          changes_price: true,
          default: 5,
          minimum: 2,
          maximum: 15,
          price_note: "Video duration in seconds, range 2-15 Note: Final billing is based on the actual generated video duration"
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "characters",
        from: "schema",
        quote: "5000 characters"
      },
      images: [],
      price_fields: [
        "quality",
        "duration"
      ],
      example: {
        prompt: "A small kitten running under the moonlight",
        aspect_ratio: "16:9",
        duration: 5
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan2.7-video-edit": {
      model: "wan2.7-video-edit",
      path: "/v1/videos/generations",
      title: "wan2.7-video-edit API",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan2.7/wan2.7-video-edit",
      required: [
        "video_urls"
      ],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 5e3
        },
        negative_prompt: {
          type: "string",
          required: false,
          changes_price: false,
          maxLength: 500
        },
        video_urls: {
          type: "array",
          required: true,
          changes_price: false,
          minItems: 1,
          maxItems: 1,
          items: {
            type: "string",
            format: "uri"
          }
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 4,
          items: {
            type: "string",
            format: "uri"
          }
        },
        keep_original_sound: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video quality, defaults to 720p Options: 720p: Standard definition, standard price, this is the default"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ]
        },
        duration: {
          type: "number",
          required: false,
          changes_price: false,
          default: 0,
          minimum: 0,
          maximum: 10
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 1,
          maximum: 2147483647
        },
        prompt_extend: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: false
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 5e3,
        unit: "characters",
        from: "schema",
        quote: "5000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 4,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "quality"
      ],
      example: {
        prompt: "Convert the entire scene to a clay-style look",
        video_urls: [
          "https://example.com/source.mp4"
        ]
      },
      prose_rules: [],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan3.0-image-to-video": {
      model: "wan3.0-image-to-video",
      path: "/v1/videos/generations",
      title: "Wan3.0 Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-image-to-video",
      required: [
        "image_start"
      ],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_start: {
          type: "string",
          required: true,
          changes_price: false,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: smart duration How smart duration is billed: credits are pre-authorized at the 30-second cap"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 0,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e4,
        unit: "characters",
        from: "description",
        quote: "20000 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 1,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "The boy in the frame \u201Ccomes alive\u201D out of the wall and performs an English rap at breakneck speed, while street lights under a railway bridge at night create a cinematic mood.",
        image_start: "https://example.com/first_frame.png",
        duration: 5,
        quality: "720p"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-image-to-video",
          field: "duration",
          rule: "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",
          quote: "credits are pre-authorized at the 30-second cap",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan3.0-prime-image-to-video": {
      model: "wan3.0-prime-image-to-video",
      path: "/v1/videos/generations",
      title: "Wan3.0 Prime Image-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-image-to-video",
      required: [
        "image_start"
      ],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_start: {
          type: "string",
          required: true,
          changes_price: false,
          format: "uri"
        },
        image_end: {
          type: "string",
          required: false,
          changes_price: false,
          format: "uri"
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: smart duration How smart duration is billed: credits are pre-authorized at the 30-second cap"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 0,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e4,
        unit: "characters",
        from: "description",
        quote: "20000 characters"
      },
      images: [
        {
          field: "image_start",
          min_count: 1,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        },
        {
          field: "image_end",
          min_count: 0,
          max_count: 1,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "The boy in the frame \u201Ccomes alive\u201D out of the wall and performs an English rap at breakneck speed, while street lights under a railway bridge at night create a cinematic mood.",
        image_start: "https://example.com/first_frame.png",
        duration: 5,
        quality: "720p"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-image-to-video",
          field: "duration",
          rule: "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",
          quote: "credits are pre-authorized at the 30-second cap",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan3.0-prime-reference-video": {
      model: "wan3.0-prime-reference-video",
      path: "/v1/videos/generations",
      title: "Wan3.0 Prime Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-reference-video",
      required: [],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: true,
          maxItems: 5,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Total reference video duration + output video duration must not exceed 30 seconds \u{1F534} Reference videos count toward billing: billed duration = input video duration + output video duration"
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 5,
          items: {
            type: "string",
            format: "uri"
          }
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            file_url: {
              type: "string",
              required: false,
              changes_price: false,
              format: "uri"
            },
            link_url: {
              type: "string",
              required: false,
              changes_price: false,
              format: "uri"
            }
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: smart duration How smart duration is billed: credits are pre-authorized at the 30-second cap"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 0,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e4,
        unit: "characters",
        from: "description",
        quote: "20000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 10,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "video_urls",
        "duration",
        "quality"
      ],
      example: {
        prompt: "The character in Video 1 holds Image 3 and plays a soft country folk tune on the chair in Image 4, saying: \u201CWhat lovely sunshine today.\u201D",
        image_urls: [
          "https://example.com/role.jpg",
          "https://example.com/object.png",
          "https://example.com/guitar.png",
          "https://example.com/chair.png"
        ],
        video_urls: [
          "https://example.com/ref_role.mp4"
        ],
        duration: 10,
        quality: "720p",
        aspect_ratio: "adaptive"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-reference-video",
          field: "duration",
          rule: "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",
          quote: "credits are pre-authorized at the 30-second cap",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan3.0-prime-text-to-video": {
      model: "wan3.0-prime-text-to-video",
      path: "/v1/videos/generations",
      title: "Wan3.0 Prime Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: smart duration How smart duration is billed: credits are pre-authorized at the 30-second cap"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 0,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e4,
        unit: "characters",
        from: "description",
        quote: "20000 characters"
      },
      images: [],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "A kitten runs across a rooftop in the moonlight, city neon flickers in the distance, cinematic quality, smooth camera work.",
        duration: 5,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-prime-text-to-video",
          field: "duration",
          rule: "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",
          quote: "credits are pre-authorized at the 30-second cap",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan3.0-reference-video": {
      model: "wan3.0-reference-video",
      path: "/v1/videos/generations",
      title: "Wan3.0 Reference-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-reference-video",
      required: [],
      fields: {
        prompt: {
          type: "string",
          required: false,
          changes_price: false
        },
        image_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 10,
          items: {
            type: "string",
            format: "uri"
          }
        },
        video_urls: {
          type: "array",
          required: false,
          changes_price: true,
          maxItems: 5,
          items: {
            type: "string",
            format: "uri"
          },
          price_note: "Total reference video duration + output video duration must not exceed 30 seconds \u{1F534} Reference videos count toward billing: billed duration = input video duration + output video duration"
        },
        audio_urls: {
          type: "array",
          required: false,
          changes_price: false,
          maxItems: 5,
          items: {
            type: "string",
            format: "uri"
          }
        },
        model_params: {
          type: "object",
          required: false,
          changes_price: false,
          properties: {
            file_url: {
              type: "string",
              required: false,
              changes_price: false,
              format: "uri"
            },
            link_url: {
              type: "string",
              required: false,
              changes_price: false,
              format: "uri"
            }
          }
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: smart duration How smart duration is billed: credits are pre-authorized at the 30-second cap"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 0,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e4,
        unit: "characters",
        from: "description",
        quote: "20000 characters"
      },
      images: [
        {
          field: "image_urls",
          min_count: 0,
          max_count: 10,
          max_mb: 20,
          types: [
            "jpeg",
            "jpg",
            "png",
            "bmp",
            "webp"
          ],
          from: "description"
        }
      ],
      price_fields: [
        "video_urls",
        "duration",
        "quality"
      ],
      example: {
        prompt: "The character in Video 1 holds Image 3 and plays a soft country folk tune on the chair in Image 4, saying: \u201CWhat lovely sunshine today.\u201D",
        image_urls: [
          "https://example.com/role.jpg",
          "https://example.com/object.png",
          "https://example.com/guitar.png",
          "https://example.com/chair.png"
        ],
        video_urls: [
          "https://example.com/ref_role.mp4"
        ],
        duration: 10,
        quality: "720p",
        aspect_ratio: "adaptive"
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-reference-video",
          field: "duration",
          rule: "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",
          quote: "credits are pre-authorized at the 30-second cap",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    },
    "wan3.0-text-to-video": {
      model: "wan3.0-text-to-video",
      path: "/v1/videos/generations",
      title: "Wan3.0 Text-to-Video",
      docs: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-text-to-video",
      required: [
        "prompt"
      ],
      fields: {
        prompt: {
          type: "string",
          required: true,
          changes_price: false
        },
        duration: {
          type: "integer",
          required: false,
          changes_price: true,
          default: 5,
          price_note: "-1: smart duration How smart duration is billed: credits are pre-authorized at the 30-second cap"
        },
        quality: {
          type: "string",
          required: false,
          changes_price: true,
          enum: [
            "480p",
            "720p",
            "1080p"
          ],
          default: "720p",
          price_note: "Video resolution, defaults to 720p Options: 480p: lower definition, lowest price (billing baseline)"
        },
        aspect_ratio: {
          type: "string",
          required: false,
          changes_price: false,
          enum: [
            "adaptive",
            "16:9",
            "9:16",
            "1:1",
            "4:3",
            "3:4"
          ],
          default: "adaptive"
        },
        generate_audio: {
          type: "boolean",
          required: false,
          changes_price: false,
          default: true
        },
        seed: {
          type: "integer",
          required: false,
          changes_price: false,
          minimum: 0,
          maximum: 2147483647
        }
      },
      prompt_limit: {
        field: "prompt",
        max: 2e4,
        unit: "characters",
        from: "description",
        quote: "20000 characters"
      },
      images: [],
      price_fields: [
        "duration",
        "quality"
      ],
      example: {
        prompt: "A kitten runs across a rooftop in the moonlight, city neon flickers in the distance, cinematic quality, smooth camera work.",
        duration: 5,
        quality: "720p",
        aspect_ratio: "16:9",
        generate_audio: true
      },
      prose_rules: [
        {
          retrieved: "2026-12-07",
          url: "https://evolink.ai/docs/en/api-manual/video-series/wan3.0/wan3.0-text-to-video",
          field: "duration",
          rule: "Duration is an integer from 2 to 30, or -1 (smart); -1 reserves credits for 30 s.",
          quote: "credits are pre-authorized at the 30-second cap",
          changes_price: true
        }
      ],
      origin: "vendor-generated",
      source: "EvoLinkAI/evolink-mcp/packages/core/src/data/model-params.generated.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07"
    }
  }
};

// ../packages/catalog/data/pricing.json
var pricing_default = {
  schema: 1,
  retrieved: "2026-12-07",
  units: {
    credits_per_cny: 10,
    cny_per_usd: 6.8,
    credits_per_usd: 68,
    gateway_units_per_credit: 1e4,
    sources: [
      {
        url: "EvoLinkAI/evolink-mcp/packages/core/src/services/error-handler.ts@37a905f96524619751abd5c2ef8f1a3adac43397",
        retrieved: "2026-12-07",
        quote: "Gateway display rate: 1 USD = 6.8 CNY and 1 CNY = 10 credits."
      },
      {
        url: "EvoLinkAI/evolink-mcp/packages/core/src/services/pricing-client.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
        retrieved: "2026-12-07",
        note: "cny_price is divided by 6.8 for USD; min_charge_uc is divided by 10,000 to give credits"
      }
    ]
  },
  formula: "A SKU gives CNY per billing unit (cny_price); credits = CNY x credits_per_cny (10); USD = CNY / cny_per_usd (6.8), so 68 credits = 1 USD. per_second: credits/s = cny_price x 10 x resolution_multipliers[quality] (x 1 when the SKU has no multipliers); per_call: credits per call = cny_price x 10 (x multiplier), credits/s = that / conditions.duration when the SKU is for one duration. A SKU applies to the request values in its conditions (absent key = any value). Where sources disagree, cny_price is the highest and every source is listed. Figures are rounded to 6 decimals.",
  sources: [
    {
      url: "https://evolink.ai/sora-2-pro",
      retrieved: "2026-12-07",
      note: "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      url: "https://evolink.ai/sora-2",
      retrieved: "2026-12-07",
      note: "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      url: "https://evolink.ai/en/sora-2?model=sora-2-preview",
      retrieved: "2026-12-07",
      note: "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      url: "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
      retrieved: "2026-12-07",
      note: "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      url: "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
      retrieved: "2026-12-07",
      note: "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      url: "https://evolink.ai/kling-3?model=kling-custom-element",
      retrieved: "2026-12-07",
      note: "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      url: "https://evolink.ai/zh/veo-3-1?model=veo-3-1-fast",
      retrieved: "2026-12-07",
      note: "stored copy of the vendor page (crawl date unknown), read on the retrieved date"
    },
    {
      url: "EvoLinkAI/evolink-mcp/packages/core/src/services/pricing-client.ts@48a8fe9a44948a4534866a691ccccd52fb9d55b9",
      retrieved: "2026-12-07",
      note: "the shape of GET /web/api/models/pricing ({success, data: PricingSku[]}: sku_id, sku_name, model_name, model_type, billing_rule, cny_price, min_charge_uc, metadata, resolution_multipliers, price_range {min_usd, max_usd}, routing_note)"
    }
  ],
  catalog_pricing: {
    meta: {
      schema_version: "1",
      catalog_version: "clipwright-snapshot-2026-12-07",
      updated_at: "2026-12-07T00:00:00Z",
      fresh_until: "2026-12-07T00:00:00Z"
    },
    prices: []
  },
  skus: [
    {
      sku_id: "page/kling-custom-element",
      sku_name: "Kling Custom Element Element Creation",
      model_name: "kling-custom-element",
      model_type: "video",
      billing_rule: "per_call",
      cny_price: 0.1,
      price_range: {
        min_usd: 0.014706,
        max_usd: 0.014706
      },
      conditions: {},
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-custom-element",
          retrieved: "2026-12-07",
          quote: "Fixed price: 1 Credit per element creation",
          cny_price: 0.1
        }
      ]
    },
    {
      sku_id: "page/kling-v3-image-to-video-1080p-sound-off",
      sku_name: "Kling 3.0 Image to Video 1080p Sound Off",
      model_name: "kling-v3-image-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.71982,
      price_range: {
        min_usd: 0.105856,
        max_usd: 0.105856
      },
      conditions: {
        quality: "1080p",
        sound: "off"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Image to Video | Video Generation | 1080p | Off | $0.100/ second(7.1982 Credits)",
          cny_price: 0.71982
        }
      ]
    },
    {
      sku_id: "page/kling-v3-image-to-video-1080p-sound-on",
      sku_name: "Kling 3.0 Image to Video 1080p Sound On",
      model_name: "kling-v3-image-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 1.08,
      price_range: {
        min_usd: 0.158824,
        max_usd: 0.158824
      },
      conditions: {
        quality: "1080p",
        sound: "on"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Image to Video | Video Generation | 1080p | On | $0.150/ second(10.8 Credits)",
          cny_price: 1.08
        }
      ]
    },
    {
      sku_id: "page/kling-v3-image-to-video-720p-sound-off",
      sku_name: "Kling 3.0 Image to Video 720p Sound Off",
      model_name: "kling-v3-image-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.54,
      price_range: {
        min_usd: 0.079412,
        max_usd: 0.079412
      },
      conditions: {
        quality: "720p",
        sound: "off"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Image to Video | Video Generation | 720p | Off | $0.075/ second(5.4 Credits)",
          cny_price: 0.54
        }
      ]
    },
    {
      sku_id: "page/kling-v3-image-to-video-720p-sound-on",
      sku_name: "Kling 3.0 Image to Video 720p Sound On",
      model_name: "kling-v3-image-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.81,
      price_range: {
        min_usd: 0.119118,
        max_usd: 0.119118
      },
      conditions: {
        quality: "720p",
        sound: "on"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-image-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Image to Video | Video Generation | 720p | On | $0.113/ second(8.1 Credits)",
          cny_price: 0.81
        }
      ]
    },
    {
      sku_id: "page/kling-v3-text-to-video-1080p-sound-off",
      sku_name: "Kling 3.0 Text to Video 1080p Sound Off",
      model_name: "kling-v3-text-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.71982,
      price_range: {
        min_usd: 0.105856,
        max_usd: 0.105856
      },
      conditions: {
        quality: "1080p",
        sound: "off"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Text to Video | Video Generation | 1080p | Off | $0.100/ second(7.1982 Credits)",
          cny_price: 0.71982
        }
      ]
    },
    {
      sku_id: "page/kling-v3-text-to-video-1080p-sound-on",
      sku_name: "Kling 3.0 Text to Video 1080p Sound On",
      model_name: "kling-v3-text-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 1.08,
      price_range: {
        min_usd: 0.158824,
        max_usd: 0.158824
      },
      conditions: {
        quality: "1080p",
        sound: "on"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Text to Video | Video Generation | 1080p | On | $0.150/ second(10.8 Credits)",
          cny_price: 1.08
        }
      ]
    },
    {
      sku_id: "page/kling-v3-text-to-video-720p-sound-off",
      sku_name: "Kling 3.0 Text to Video 720p Sound Off",
      model_name: "kling-v3-text-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.54,
      price_range: {
        min_usd: 0.079412,
        max_usd: 0.079412
      },
      conditions: {
        quality: "720p",
        sound: "off"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Text to Video | Video Generation | 720p | Off | $0.075/ second(5.4 Credits)",
          cny_price: 0.54
        }
      ]
    },
    {
      sku_id: "page/kling-v3-text-to-video-720p-sound-on",
      sku_name: "Kling 3.0 Text to Video 720p Sound On",
      model_name: "kling-v3-text-to-video",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.81,
      price_range: {
        min_usd: 0.119118,
        max_usd: 0.119118
      },
      conditions: {
        quality: "720p",
        sound: "on"
      },
      sources: [
        {
          url: "https://evolink.ai/kling-3?model=kling-v3-text-to-video",
          retrieved: "2026-12-07",
          quote: "Kling 3.0 Text to Video | Video Generation | 720p | On | $0.113/ second(8.1 Credits)",
          cny_price: 0.81
        }
      ]
    },
    {
      sku_id: "page/sora-2-beta-max-10s",
      sku_name: "Sora 2 Beta Max Video Generation 10s",
      model_name: "sora-2-beta-max",
      model_type: "video",
      billing_rule: "per_call",
      cny_price: 0.576,
      price_range: {
        min_usd: 0.084706,
        max_usd: 0.084706
      },
      conditions: {
        duration: 10
      },
      sources: [
        {
          url: "https://evolink.ai/sora-2",
          retrieved: "2026-12-07",
          quote: "Sora 2 Beta Max | Video Generation | 10s | Popular $0.0800/ video(5.76 Credits)",
          cny_price: 0.576
        }
      ]
    },
    {
      sku_id: "page/sora-2-beta-max-15s",
      sku_name: "Sora 2 Beta Max Video Generation 15s",
      model_name: "sora-2-beta-max",
      model_type: "video",
      billing_rule: "per_call",
      cny_price: 0.864,
      price_range: {
        min_usd: 0.127059,
        max_usd: 0.127059
      },
      conditions: {
        duration: 15
      },
      sources: [
        {
          url: "https://evolink.ai/sora-2",
          retrieved: "2026-12-07",
          quote: "Sora 2 Beta Max | Video Generation | 15s | $0.1200/ video(8.64 Credits)",
          cny_price: 0.864
        }
      ]
    },
    {
      sku_id: "page/sora-2-preview",
      sku_name: "Sora 2 Video Generation (per second)",
      model_name: "sora-2-preview",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.576,
      price_range: {
        min_usd: 0.084706,
        max_usd: 0.084706
      },
      conditions: {},
      sources: [
        {
          url: "https://evolink.ai/en/sora-2?model=sora-2-preview",
          retrieved: "2026-12-07",
          quote: "Sora 2 | Video Generation | duration:4s | Price: $0.3200/ video (23.04 Credits)",
          note: "23.04 credits / 4 s = 5.76 credits/s; the page is opened with ?model=sora-2-preview",
          cny_price: 0.576
        },
        {
          url: "https://evolink.ai/sora-2",
          retrieved: "2026-12-07",
          quote: "Price: $0.085(~ 5.76 credits) per second of video ... Sora 2 | Video Generation | 4s | $0.339/ video(23.04 Credits)",
          note: "the table's durations 4/8/12 s are sora-2-preview's (sora-2 takes 10/15 s)",
          cny_price: 0.576
        }
      ]
    },
    {
      sku_id: "page/sora-2-pro-15s-high",
      sku_name: "Sora 2 Pro 15s high",
      model_name: "sora-2-pro",
      model_type: "video",
      billing_rule: "per_call",
      cny_price: 4.6,
      price_range: {
        min_usd: 0.676471,
        max_usd: 0.676471
      },
      conditions: {
        duration: 15,
        quality: "high"
      },
      sources: [
        {
          url: "https://evolink.ai/sora-2-pro",
          retrieved: "2026-12-07",
          quote: "duration 15 quality high remove_watermark true Estimated Cost 46 Credits",
          note: "the page playground's estimate for these settings; no price table for this model was found",
          cny_price: 4.6
        }
      ]
    },
    {
      sku_id: "page/sora-2-pro-preview",
      sku_name: "Sora 2 Pro Video Generation (per second)",
      model_name: "sora-2-pro-preview",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 1.728,
      resolution_multipliers: {
        "720p": 1,
        "1080p": 1.667
      },
      price_range: {
        min_usd: 0.254118,
        max_usd: 0.423614
      },
      conditions: {},
      sources: [
        {
          url: "https://evolink.ai/sora-2-pro",
          retrieved: "2026-12-07",
          quote: "Sora 2 Pro | Video Generation (per second) | 4s | 720p | $1.016/ video(69.12 Credits)",
          note: "69.12 credits / 4 s = 17.28 credits/s",
          cny_price: 1.728
        },
        {
          url: "https://evolink.ai/sora-2-pro",
          retrieved: "2026-12-07",
          quote: "Sora 2 Pro | Video Generation (per second) | 12s | 1080p | $5.083/ video(345.66912 Credits)",
          note: "345.66912 / 12 s / 1.667 = 17.28 credits/s at 720p",
          cny_price: 1.728
        }
      ]
    },
    {
      sku_id: "page/veo-3.1-fast-generate-preview-audio",
      sku_name: "Veo 3.1 Fast Video Generation generate_audio Yes",
      model_name: "veo-3.1-fast-generate-preview",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.864,
      resolution_multipliers: {
        "720p": 1,
        "1080p": 1,
        "4k": 2.34
      },
      price_range: {
        min_usd: 0.127059,
        max_usd: 0.297318
      },
      conditions: {
        generate_audio: true
      },
      sources: [
        {
          url: "https://evolink.ai/zh/veo-3-1?model=veo-3-1-fast",
          retrieved: "2026-12-07",
          quote: "Veo 3.1 Fast | Video Generation | 720p/1080p | Yes | $0.1200/ second(8.64 Credits) ... 4K | Yes | $0.2808/ second(20.2176 Credits)",
          note: "the page (model=veo-3-1-fast) prices Veo 3.1 Fast by quality (720p/1080p, 4K) and generate_audio; mapped to veo-3.1-fast-generate-preview, the documented Veo 3.1 Fast model with exactly these fields",
          cny_price: 0.864
        }
      ]
    },
    {
      sku_id: "page/veo-3.1-fast-generate-preview-silent",
      sku_name: "Veo 3.1 Fast Video Generation generate_audio No",
      model_name: "veo-3.1-fast-generate-preview",
      model_type: "video",
      billing_rule: "per_second",
      cny_price: 0.576,
      resolution_multipliers: {
        "720p": 1,
        "1080p": 1,
        "4k": 3
      },
      price_range: {
        min_usd: 0.084706,
        max_usd: 0.254118
      },
      conditions: {
        generate_audio: false
      },
      sources: [
        {
          url: "https://evolink.ai/zh/veo-3-1?model=veo-3-1-fast",
          retrieved: "2026-12-07",
          quote: "Veo 3.1 Fast | Video Generation | 720p/1080p | No | Popular $0.0800/ second(5.76 Credits) ... 4K | No | $0.2400/ second(17.28 Credits)",
          note: "the page (model=veo-3-1-fast) prices Veo 3.1 Fast by quality (720p/1080p, 4K) and generate_audio; mapped to veo-3.1-fast-generate-preview, the documented Veo 3.1 Fast model with exactly these fields",
          cny_price: 0.576
        }
      ]
    }
  ],
  models: {
    "MiniMax-Hailuo-02": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "MiniMax-Hailuo-2.3": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "MiniMax-Hailuo-2.3-Fast": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "doubao-seedance-1.0-pro-fast": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-video-edit": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-1.1-flash-video-extend": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "gemini-omni-flash-video-edit": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-image-to-video-beta": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-text-to-video-beta": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-video-1.0-i2v": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-video-1.0-t2v": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "grok-imagine-video-1.5-preview": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.0-video-edit": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.1-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.1-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "happyhorse-1.1-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-custom-element": {
      status: "priced",
      billing_rule: "per_call",
      rates: [
        {
          when: {},
          credits_per_second: null,
          credits_per_call: 1,
          sku_id: "page/kling-custom-element"
        }
      ],
      by_resolution: {},
      max_credits_per_second: null,
      unpriced_values: {}
    },
    "kling-o1-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o1-video-edit": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o1-video-edit-fast": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-o3-video-edit": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v2.6-motion-control": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v3-image-to-video": {
      status: "priced",
      billing_rule: "per_second",
      rates: [
        {
          when: {
            quality: "1080p",
            sound: "off"
          },
          credits_per_second: 7.1982,
          credits_per_call: null,
          sku_id: "page/kling-v3-image-to-video-1080p-sound-off"
        },
        {
          when: {
            quality: "1080p",
            sound: "on"
          },
          credits_per_second: 10.8,
          credits_per_call: null,
          sku_id: "page/kling-v3-image-to-video-1080p-sound-on"
        },
        {
          when: {
            quality: "720p",
            sound: "off"
          },
          credits_per_second: 5.4,
          credits_per_call: null,
          sku_id: "page/kling-v3-image-to-video-720p-sound-off"
        },
        {
          when: {
            quality: "720p",
            sound: "on"
          },
          credits_per_second: 8.1,
          credits_per_call: null,
          sku_id: "page/kling-v3-image-to-video-720p-sound-on"
        }
      ],
      by_resolution: {
        "1080p": {
          min_credits_per_second: 7.1982,
          max_credits_per_second: 10.8
        },
        "720p": {
          min_credits_per_second: 5.4,
          max_credits_per_second: 8.1
        }
      },
      max_credits_per_second: 10.8,
      unpriced_values: {
        quality: [
          "4k"
        ]
      }
    },
    "kling-v3-motion-control": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v3-text-to-video": {
      status: "priced",
      billing_rule: "per_second",
      rates: [
        {
          when: {
            quality: "1080p",
            sound: "off"
          },
          credits_per_second: 7.1982,
          credits_per_call: null,
          sku_id: "page/kling-v3-text-to-video-1080p-sound-off"
        },
        {
          when: {
            quality: "1080p",
            sound: "on"
          },
          credits_per_second: 10.8,
          credits_per_call: null,
          sku_id: "page/kling-v3-text-to-video-1080p-sound-on"
        },
        {
          when: {
            quality: "720p",
            sound: "off"
          },
          credits_per_second: 5.4,
          credits_per_call: null,
          sku_id: "page/kling-v3-text-to-video-720p-sound-off"
        },
        {
          when: {
            quality: "720p",
            sound: "on"
          },
          credits_per_second: 8.1,
          credits_per_call: null,
          sku_id: "page/kling-v3-text-to-video-720p-sound-on"
        }
      ],
      by_resolution: {
        "1080p": {
          min_credits_per_second: 7.1982,
          max_credits_per_second: 10.8
        },
        "720p": {
          min_credits_per_second: 5.4,
          max_credits_per_second: 8.1
        }
      },
      max_credits_per_second: 10.8,
      unpriced_values: {
        quality: [
          "4k"
        ]
      }
    },
    "kling-v3-turbo-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "kling-v3-turbo-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-turbo-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-max-turbo-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "minimax-h3-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "omnihuman-1.5": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-1.5-pro": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-fast-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-fast-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-fast-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-mini-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-mini-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-mini-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.0-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-draft-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-reference-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-video-edit": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "seedance-2.5-video-extend": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "sora-2": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "sora-2-beta-max": {
      status: "priced",
      billing_rule: "per_call",
      rates: [
        {
          when: {
            duration: 10
          },
          credits_per_second: 0.576,
          credits_per_call: 5.76,
          sku_id: "page/sora-2-beta-max-10s"
        },
        {
          when: {
            duration: 15
          },
          credits_per_second: 0.576,
          credits_per_call: 8.64,
          sku_id: "page/sora-2-beta-max-15s"
        }
      ],
      by_resolution: {
        any: {
          min_credits_per_second: 0.576,
          max_credits_per_second: 0.576
        }
      },
      max_credits_per_second: 0.576,
      unpriced_values: {}
    },
    "sora-2-preview": {
      status: "priced",
      billing_rule: "per_second",
      rates: [
        {
          when: {},
          credits_per_second: 5.76,
          credits_per_call: null,
          sku_id: "page/sora-2-preview"
        }
      ],
      by_resolution: {
        any: {
          min_credits_per_second: 5.76,
          max_credits_per_second: 5.76
        }
      },
      max_credits_per_second: 5.76,
      unpriced_values: {}
    },
    "sora-2-pro": {
      status: "priced",
      billing_rule: "per_call",
      rates: [
        {
          when: {
            duration: 15,
            quality: "high"
          },
          credits_per_second: 3.066667,
          credits_per_call: 46,
          sku_id: "page/sora-2-pro-15s-high"
        }
      ],
      by_resolution: {
        high: {
          min_credits_per_second: 3.066667,
          max_credits_per_second: 3.066667
        }
      },
      max_credits_per_second: 3.066667,
      unpriced_values: {
        quality: [
          "standard"
        ]
      }
    },
    "sora-2-pro-preview": {
      status: "priced",
      billing_rule: "per_second",
      rates: [
        {
          when: {
            quality: "720p"
          },
          credits_per_second: 17.28,
          credits_per_call: null,
          sku_id: "page/sora-2-pro-preview"
        },
        {
          when: {
            quality: "1080p"
          },
          credits_per_second: 28.80576,
          credits_per_call: null,
          sku_id: "page/sora-2-pro-preview"
        }
      ],
      by_resolution: {
        "720p": {
          min_credits_per_second: 17.28,
          max_credits_per_second: 17.28
        },
        "1080p": {
          min_credits_per_second: 28.80576,
          max_credits_per_second: 28.80576
        }
      },
      max_credits_per_second: 28.80576,
      unpriced_values: {}
    },
    "topaz-video-upscale": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "veo-3.1-fast-generate-preview": {
      status: "priced",
      billing_rule: "per_second",
      rates: [
        {
          when: {
            generate_audio: true,
            quality: "720p"
          },
          credits_per_second: 8.64,
          credits_per_call: null,
          sku_id: "page/veo-3.1-fast-generate-preview-audio"
        },
        {
          when: {
            generate_audio: true,
            quality: "1080p"
          },
          credits_per_second: 8.64,
          credits_per_call: null,
          sku_id: "page/veo-3.1-fast-generate-preview-audio"
        },
        {
          when: {
            generate_audio: true,
            quality: "4k"
          },
          credits_per_second: 20.2176,
          credits_per_call: null,
          sku_id: "page/veo-3.1-fast-generate-preview-audio"
        },
        {
          when: {
            generate_audio: false,
            quality: "720p"
          },
          credits_per_second: 5.76,
          credits_per_call: null,
          sku_id: "page/veo-3.1-fast-generate-preview-silent"
        },
        {
          when: {
            generate_audio: false,
            quality: "1080p"
          },
          credits_per_second: 5.76,
          credits_per_call: null,
          sku_id: "page/veo-3.1-fast-generate-preview-silent"
        },
        {
          when: {
            generate_audio: false,
            quality: "4k"
          },
          credits_per_second: 17.28,
          credits_per_call: null,
          sku_id: "page/veo-3.1-fast-generate-preview-silent"
        }
      ],
      by_resolution: {
        "720p": {
          min_credits_per_second: 5.76,
          max_credits_per_second: 8.64
        },
        "1080p": {
          min_credits_per_second: 5.76,
          max_credits_per_second: 8.64
        },
        "4k": {
          min_credits_per_second: 17.28,
          max_credits_per_second: 20.2176
        }
      },
      max_credits_per_second: 20.2176,
      unpriced_values: {}
    },
    "veo-3.1-generate-preview": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "veo3.1-fast-beta": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "veo3.1-fast-extend": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "veo3.1-pro-beta": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    videoretalk: {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.5-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.5-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-image-to-video-flash": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-reference-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-reference-video-flash": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.6-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-reference-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan2.7-video-edit": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-prime-image-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-prime-reference-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-prime-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-reference-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    },
    "wan3.0-text-to-video": {
      status: "unpriced",
      reason: "No published price found in the sources read on 2026-12-07 (run catalog:refresh against the live price list to fill it).",
      sources_consulted: [
        {
          url: "https://evolink.ai/<model pages>",
          retrieved: "2026-12-07",
          note: "the vendor's model pages in the stored copies we could search: only Sora 2 / Sora 2 Pro, Kling 3.0 and Veo 3.1 Fast pages carried price tables"
        },
        {
          url: "https://api.evolink.ai/web/api/models/pricing",
          retrieved: "2026-12-07",
          note: "the live public price list could not be reached from here"
        }
      ]
    }
  },
  disagreements: [
    {
      model_id: "sora-2-pro-preview",
      subject: "credits per second at 720p",
      values: [
        {
          value: "17.28 credits/s (4 s 720p = 69.12; 12 s 1080p = 345.66912)",
          source: {
            url: "https://evolink.ai/sora-2-pro",
            retrieved: "2026-12-07",
            quote: "4s | 720p | $1.016/ video(69.12 Credits)"
          }
        },
        {
          value: "~17.3 credits/s ($0.25)",
          source: {
            url: "https://evolink.ai/sora-2-pro",
            retrieved: "2026-12-07",
            quote: "Price: $0.25(~ 17.3 credits) per 1 second"
          }
        }
      ],
      resolution: "17.28 kept: the page's own table is exact and the header marks its figure approximate (~); $0.25 x 68 would be 17.0, lower"
    },
    {
      model_id: "sora-2-preview",
      subject: "credits for 4 s",
      values: [
        {
          value: "23.04 credits",
          source: {
            url: "https://evolink.ai/en/sora-2?model=sora-2-preview",
            retrieved: "2026-12-07",
            quote: "duration:4s Price: $0.3200/ video (23.04 Credits)"
          }
        },
        {
          value: "10 credits (playground estimate)",
          source: {
            url: "https://evolink.ai/en/sora-2?model=sora-2-preview",
            retrieved: "2026-12-07",
            quote: "aspect_ratio 1280x720 duration 4 Estimated Cost 10 Credits"
          }
        }
      ],
      resolution: "highest wins: 23.04 credits (5.76 credits/s)"
    },
    {
      model_id: "*",
      subject: "USD per credit shown on the pages",
      values: [
        {
          value: "68 credits = 1 USD ($0.339 = 23.04 credits; $1.016 = 69.12 credits)",
          source: {
            url: "https://evolink.ai/sora-2",
            retrieved: "2026-12-07",
            quote: "4s | $0.339/ video(23.04 Credits)"
          }
        },
        {
          value: "72 credits = 1 USD ($0.32 = 23.04 credits; $0.08 = 5.76 credits)",
          source: {
            url: "https://evolink.ai/en/sora-2?model=sora-2-preview",
            retrieved: "2026-12-07",
            quote: "duration:4s Price: $0.3200/ video (23.04 Credits)"
          }
        }
      ],
      resolution: "credits are the same on every copy; USD is derived at the vendor client's 68 credits per USD"
    }
  ]
};

// ../packages/catalog/src/index.ts
var files = {
  "catalog.json": catalog_default,
  "pricing.json": pricing_default,
  "params.json": params_default
};
function load(name) {
  return files[name];
}
var snapshot = {
  get catalog() {
    return load("catalog.json");
  },
  get pricing() {
    return load("pricing.json");
  },
  get params() {
    return load("params.json");
  },
  /** The oldest `retrieved` date of the three files (ISO date). */
  get retrieved() {
    const dates = [this.catalog.retrieved, this.pricing.retrieved, this.params.retrieved];
    return dates.sort()[0] ?? "";
  },
  /** Every source the three files cite at file level, de-duplicated by URL. */
  get sources() {
    const all = [...this.catalog.sources, ...this.pricing.sources, ...this.pricing.units.sources];
    const byUrl = /* @__PURE__ */ new Map();
    for (const source of all) if (!byUrl.has(source.url)) byUrl.set(source.url, source);
    return [...byUrl.values()];
  }
};
function findModel(id) {
  const models2 = snapshot.catalog.models;
  const lower = id.toLowerCase();
  return models2.find((model) => model.model_id === id) ?? models2.find((model) => model.aliases.includes(id)) ?? models2.find((model) => model.model_id.toLowerCase() === lower);
}
function findPrice(modelId) {
  return snapshot.pricing.models[modelId];
}
function findParams(modelId) {
  return snapshot.params.models[modelId];
}
function findRates(modelId, values) {
  const price = findPrice(modelId);
  if (price?.status !== "priced") return [];
  return price.rates.filter(
    (rate) => Object.entries(rate.when).every(([field, value]) => sameValue(values[field], value))
  );
}
function sameValue(given, wanted) {
  return given === wanted || given !== void 0 && String(given) === String(wanted);
}

// ../packages/core/src/models/other-models.ts
var otherModels = [
  {
    name: "veo-3.1-fast-generate-preview",
    applied: {
      duration: 4,
      aspect_ratio: "16:9",
      quality: "720p",
      generate_audio: true,
      person_generation: "allow_adult",
      resize_mode: "pad"
    },
    // REFERENCE fixes duration 8 and 16:9 (a prose rule of the catalog).
    derive: "rules"
  },
  {
    name: "kling-v3-text-to-video",
    applied: { duration: 5, aspect_ratio: "16:9" }
  },
  {
    name: "seedance-1.5-pro",
    applied: { duration: 5, quality: "720p", aspect_ratio: "16:9", generate_audio: true }
  },
  {
    name: "MiniMax-Hailuo-2.3",
    applied: { quality: "768p", duration: 6 }
  },
  {
    name: "wan2.5-text-to-video",
    applied: { quality: "720p", aspect_ratio: "16:9", prompt_extend: true }
  }
];

// ../packages/core/src/models/sora-models.ts
var soraModels = [
  {
    name: "sora-2-pro-preview"
  },
  {
    name: "sora-2-beta-max",
    applied: { duration: 10, remove_watermark: true }
  },
  { name: "sora-2" },
  {
    name: "sora-2-pro",
    // Its quality is tied to the duration (15 s high, 25 s standard).
    derive: "both-ways"
  },
  { name: "sora-2-preview", imageMatchesAspectRatio: true }
];

// ../packages/core/src/models/schema-helpers.ts
function formatValue(value) {
  if (value === void 0) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function formatList(values) {
  const parts = values.map(formatValue);
  return parts.length <= 1 ? parts[0] ?? "nothing" : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}
function imageExtension(value) {
  const segment = safePathname(value).split("/").at(-1) ?? "";
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(segment);
  return match ? `.${match[1]?.toLowerCase()}` : void 0;
}
function safePathname(value) {
  try {
    return new URL(value).pathname;
  } catch {
    return value.split(/[?#]/)[0] ?? value;
  }
}
function promptOf(model, max) {
  return maxText(model, max, "the prompt");
}
function maxText(model, max, what = "it") {
  return external_exports.string().check((ctx) => {
    const length = [...ctx.value].length;
    if (length > max) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} accepts at most ${max} characters, got ${length}`,
        params: { fix: `shorten ${what} to at most ${max} characters (it has ${length})` }
      });
    }
  });
}
function bool(model) {
  return external_exports.boolean({
    error: (iss) => `${model} accepts true or false, got ${formatValue(iss.input)}`
  });
}

// ../packages/core/src/models/field-schema.ts
function effectiveRule(params, field) {
  const rule = params.fields[field];
  if (!rule) return void 0;
  let out = rule;
  for (const prose of params.prose_rules) {
    const narrowed = prose.constraint?.then[field];
    if (!narrowed || Object.keys(prose.constraint?.if ?? {}).length > 0) continue;
    out = { ...out, ...narrowed };
  }
  return out;
}
var isInteger = (type) => type === "integer";
var isNumeric = (type) => type === "integer" || type === "number";
function imageRuleOf(params, field) {
  return params.images.find((rule) => rule.field === field);
}
function sameType(ext, types) {
  const norm = (t) => t === "jpg" ? "jpeg" : t.toLowerCase();
  const e = norm(ext.replace(/^\./, ""));
  return types.some((t) => norm(t) === e);
}
function linkSchema(model, types) {
  const dotted = types.map((t) => `.${t}`);
  return external_exports.string({ error: (iss) => `must be a URL string, got ${formatValue(iss.input)}` }).check((ctx) => {
    const ext = imageExtension(ctx.value);
    if (ext === void 0 || types.length === 0 || sameType(ext, types)) return;
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      message: `${model} accepts ${dotted.join(", ")} images, got ${formatValue(ctx.value)}`,
      params: { fix: `use a ${formatList(dotted).replaceAll('"', "")} image` }
    });
  });
}
function listSchema(model, rule, image) {
  const item = rule.items?.type === "object" ? external_exports.record(external_exports.string(), external_exports.unknown()) : void 0;
  const types = image?.types ?? [];
  const element = item ?? (rule.items?.type === "string" || image ? linkSchema(model, types) : external_exports.unknown());
  const maxes = [rule.maxItems, image?.max_count ?? void 0].filter(
    (n) => typeof n === "number"
  );
  const max = maxes.length > 0 ? Math.min(...maxes) : void 0;
  const min = rule.minItems ?? (image && image.min_count > 0 ? image.min_count : void 0);
  const count = (n) => image ? `${n} image${n === 1 ? "" : "s"}` : `${n} entries`;
  return external_exports.array(element, { error: (iss) => `must be a list, got ${formatValue(iss.input)}` }).check((ctx) => {
    const n = ctx.value.length;
    if (max !== void 0 && n > max) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} accepts at most ${count(max)}, got ${n}`,
        params: { fix: `give at most ${count(max)}` }
      });
    } else if (min !== void 0 && n < min) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} needs at least ${count(min)}, got ${n}`,
        params: { fix: `give at least ${count(min)}` }
      });
    }
  });
}
function numberSchema(model, rule) {
  const whole = isInteger(rule.type);
  const { minimum: min, maximum: max } = rule;
  const kind = whole ? "a whole number" : "a number";
  const range = min !== void 0 && max !== void 0 ? ` from ${min} to ${max}` : min !== void 0 ? ` of at least ${min}` : max !== void 0 ? ` of at most ${max}` : "";
  return external_exports.number().check((ctx) => {
    const v = ctx.value;
    const bad = !Number.isFinite(v) || whole && !Number.isInteger(v) || min !== void 0 && v < min || max !== void 0 && v > max;
    if (bad) {
      ctx.issues.push({
        code: "custom",
        input: v,
        message: `${model} accepts ${kind}${range}, got ${formatValue(v)}`,
        params: { fix: `use ${kind}${range}` }
      });
    }
  });
}
function textSchema(model, rule, image) {
  if (image || rule.format === "uri") return linkSchema(model, image?.types ?? []);
  const base = rule.maxLength !== void 0 ? maxText(model, rule.maxLength) : external_exports.string();
  if (rule.minLength === void 0) return base;
  const min = rule.minLength;
  return base.check((ctx) => {
    if ([...ctx.value].length < min) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${model} accepts at least ${min} characters, got ${[...ctx.value].length}`,
        params: { fix: `write at least ${min} characters` }
      });
    }
  });
}
function fieldSchema(model, rule, image, depth = 0) {
  if (rule.enum && rule.enum.length > 0) {
    const values = rule.enum;
    return external_exports.literal(values, {
      error: (iss) => `${model} accepts ${formatList(values)}, got ${formatValue(iss.input)}`
    });
  }
  const types = rule.type.split("|");
  const parts = types.map((type) => {
    if (isNumeric(type)) return numberSchema(model, { ...rule, type });
    if (type === "boolean") return bool(model);
    if (type === "array") return listSchema(model, rule, image);
    if (type === "object") return objectSchema(model, rule, depth);
    if (type === "string") return textSchema(model, rule, image);
    return external_exports.unknown();
  });
  if (parts.length === 1) return parts[0];
  return external_exports.union(parts, {
    error: (iss) => `${model} accepts ${types.join(" or ")}, got ${formatValue(iss.input)}`
  });
}
function objectSchema(model, rule, depth) {
  const properties = Object.entries(rule.properties ?? {});
  if (properties.length === 0 || depth > 2) return external_exports.record(external_exports.string(), external_exports.unknown());
  return external_exports.looseObject(
    Object.fromEntries(
      properties.map(([key, sub]) => [
        key,
        fieldSchema(model, sub, void 0, depth + 1).optional()
      ])
    )
  );
}
function conditionalRules(params) {
  return params.prose_rules.filter((p) => p.constraint && Object.keys(p.constraint.if).length > 0);
}

// ../packages/core/src/models/spec-from-params.ts
var callbackDescription = "HTTPS URL called when the task completes, fails or is cancelled (at most 2048 characters).";
var matches = (rule, req) => Object.entries(rule.constraint?.if ?? {}).every(([k, v]) => req[k] === v);
var describeIf = (cond) => Object.entries(cond).map(([k, v]) => `${k} ${formatValue(v)}`).join(" and ");
function allows(then, value) {
  if (then.enum && !then.enum.includes(value)) return false;
  if (then.minimum !== void 0 && typeof value === "number" && value < then.minimum) return false;
  if (then.maximum !== void 0 && typeof value === "number" && value > then.maximum) return false;
  return true;
}
function conditionalProblems(model, rules, req) {
  const problems = [];
  for (const rule of rules) {
    const cond = rule.constraint;
    if (!cond || !matches(rule, req)) continue;
    for (const [field, then] of Object.entries(cond.then)) {
      const value = req[field];
      if (value === void 0 || allows(then, value)) continue;
      const wanted = then.enum ? formatList(then.enum) : `${then.minimum} to ${then.maximum}`;
      const other = rules.find(
        (r) => r !== rule && r.constraint?.then[field]?.enum?.includes(value)
      );
      const alternative = other?.constraint ? `, or ${describeIf(other.constraint.if)} with ${field} ${formatValue(value)}` : `, or another ${Object.keys(cond.if).join(" and ")}`;
      problems.push({
        field,
        message: `${model} with ${describeIf(cond.if)} accepts only ${wanted}, got ${formatValue(value)}`,
        fix: `use ${field} ${wanted} with ${describeIf(cond.if)}${alternative} (the docs: "${rule.quote}")`,
        ...then.enum && { allowed: then.enum }
      });
    }
  }
  return problems;
}
function deriveFrom(rules, mode) {
  return (req) => {
    const out = {};
    for (const rule of rules) {
      const cond = rule.constraint;
      if (!cond) continue;
      const thens = Object.entries(cond.then);
      if (matches(rule, req)) {
        for (const [field, then] of thens) {
          if (req[field] === void 0 && then.enum?.length === 1) out[field] = then.enum[0];
        }
      } else if (mode === "both-ways" && thens.length === 1) {
        const [field, then] = thens[0];
        const ifs = Object.entries(cond.if);
        if (ifs.length !== 1 || then.enum?.length !== 1 || req[field] !== then.enum[0]) continue;
        const [key, value] = ifs[0];
        if (req[key] === void 0) out[key] = value;
      }
    }
    return out;
  };
}
function describe(rule, prose) {
  const parts = [rule.type];
  if (rule.minimum !== void 0 || rule.maximum !== void 0)
    parts.push(`${rule.minimum ?? "\u2026"} to ${rule.maximum ?? "\u2026"}`);
  if (rule.maxLength !== void 0) parts.push(`at most ${rule.maxLength} characters`);
  if (rule.maxItems !== void 0) parts.push(`at most ${rule.maxItems} entries`);
  if (rule.required) parts.push("required");
  if (rule.changes_price) parts.push("changes the price");
  return [parts.join(", "), ...prose.map((p) => p.rule)].join(". ");
}
function promptParameter(params) {
  const limit = params.prompt_limit;
  if (!limit || limit.max === null) return { description: "The prompt (no documented limit)." };
  const counted = limit.unit === "characters" ? "" : `; checked as ${limit.max} characters (stricter for most text)`;
  return {
    description: `Up to ${limit.max} ${limit.unit === "unknown" ? "characters" : limit.unit}${counted}.`
  };
}
function defineModel(params, overlay) {
  const name = params.model;
  const fields = Object.keys(params.fields).filter((f) => f !== "prompt");
  const rules = Object.fromEntries(fields.map((f) => [f, effectiveRule(params, f)]));
  const promptMax = params.prompt_limit?.max ?? params.fields.prompt?.maxLength;
  const takesPrompt = params.fields.prompt !== void 0;
  const takes = [...takesPrompt ? ["prompt"] : [], ...fields, "callback_url"];
  const conditional = conditionalRules(params);
  const required = params.required;
  const schema = external_exports.strictObject(
    {
      model: external_exports.literal(name),
      ...takesPrompt && {
        prompt: (promptMax ? promptOf(name, promptMax) : external_exports.string()).optional()
      },
      callback_url: external_exports.string().optional(),
      ...Object.fromEntries(
        fields.map((f) => [
          f,
          fieldSchema(name, rules[f], imageRuleOf(params, f)).optional()
        ])
      )
    },
    {
      error: (iss) => iss.code === "unrecognized_keys" ? `${name} does not take ${iss.keys.map((k) => JSON.stringify(k)).join(", ")} (it takes ${takes.join(", ")})` : void 0
    }
  ).check((ctx) => {
    const req = ctx.value;
    const problems = conditionalProblems(name, conditional, req);
    for (const field of required) {
      if (field !== "prompt" && req[field] === void 0) {
        problems.push({
          field,
          message: `is required by ${name}, got nothing`,
          fix: `give \`${field}\` (${describe(rules[field], [])})`
        });
      }
    }
    for (const problem of problems) {
      ctx.issues.push({
        code: "custom",
        input: req[problem.field],
        path: [problem.field],
        message: problem.message,
        params: { fix: problem.fix, ...problem.allowed && { allowed: problem.allowed } }
      });
    }
  });
  const imageRule = imageRuleOf(params, "image_urls");
  const imageField = rules.image_urls;
  const maxImages = [imageField?.maxItems, imageRule?.max_count ?? void 0].filter(
    (n) => typeof n === "number"
  );
  const derive = overlay?.derive ? deriveFrom(params.prose_rules, overlay.derive) : void 0;
  return {
    name,
    description: params.title,
    source: params.docs,
    required,
    parameters: {
      ...takesPrompt && { prompt: promptParameter(params) },
      ...Object.fromEntries(
        fields.map((f) => {
          const rule = rules[f];
          const parameter = {
            ...rule.enum && { values: rule.enum },
            ...rule.type === "boolean" && { values: [true, false] },
            // What a request without the field gets: core's filled-in value, else the docs'.
            ...(overlay?.applied?.[f] ?? rule.default) !== void 0 && {
              default: overlay?.applied?.[f] ?? rule.default
            },
            description: describe(
              rule,
              params.prose_rules.filter((p) => p.field === f)
            )
          };
          return [f, parameter];
        })
      ),
      callback_url: { description: callbackDescription }
    },
    schema,
    applied: overlay?.applied ?? {},
    ...imageField && {
      images: {
        ...maxImages.length > 0 && { max: Math.min(...maxImages) },
        ...overlay?.imageMatchesAspectRatio && { matchAspectRatio: true },
        ...imageRule?.max_mb && { maxBytes: imageRule.max_mb * 1024 * 1024 }
      }
    },
    ...derive && { derive }
  };
}

// ../packages/core/src/models/models.ts
var overlays = new Map(
  [...soraModels, ...otherModels].map((o) => [o.name, o])
);
var models = Object.freeze(
  Object.values(snapshot.params.models).map(
    (params) => defineModel(params, overlays.get(params.model))
  )
);
function withModels(extra = [], base = models) {
  const names = new Set(extra.map((m) => m.name));
  return Object.freeze([...base.filter((m) => !names.has(m.name)), ...extra]);
}
function getModel(name, registry = models) {
  return registry.find((m) => m.name === name);
}

// ../packages/core/src/models/apply-defaults.ts
function applyDefaults(req, registry = models) {
  const spec = getModel(req.model, registry);
  if (!spec) return { ...req };
  const out = { ...req };
  const defaults = spec.applied ?? Object.fromEntries(Object.entries(spec.parameters).map(([f, p]) => [f, p.default]));
  for (const [field, value] of Object.entries(defaults)) {
    if (out[field] === void 0 && value !== void 0) out[field] = value;
  }
  return { ...out, ...spec.derive?.(out) };
}

// ../packages/core/src/models/price-table.ts
var FALLBACK_SECONDS = 10;
function roundCredits(credits) {
  return Math.ceil(credits * 1e3 - 1e-6 * Math.max(1, Math.abs(credits))) / 1e3 + 0;
}

// ../packages/core/src/models/published-price.ts
function priceList() {
  const { pricing } = snapshot;
  return {
    retrieved: pricing.retrieved,
    creditsPerUsd: pricing.units.credits_per_usd,
    source: "EvoLink's published prices (committed snapshot)"
  };
}
function dearestPublishedRate() {
  let best = 0;
  for (const price of Object.values(snapshot.pricing.models)) {
    if (price.status === "priced") best = Math.max(best, price.max_credits_per_second ?? 0);
  }
  return best;
}
function unpricedGuess(req) {
  const seconds = typeof req.duration === "number" && Number.isFinite(req.duration) && req.duration > 0 ? req.duration : FALLBACK_SECONDS;
  return roundCredits(seconds * dearestPublishedRate());
}
function publishedPrice(full, spec) {
  if (spec?.price) {
    const credits = spec.price(full);
    if (Number.isFinite(credits) && credits >= 0) {
      const rounded = roundCredits(credits);
      return { low: rounded, high: rounded, basis: "stated", dearest: spec.dearest?.(full) ?? {} };
    }
  }
  const price = findPrice(full.model);
  if (price?.status !== "priced") {
    const reason = price ? `${full.model} has no published price (${price.reason.split(" (")[0]})` : `${full.model} is not in the price list`;
    return unpriced(full, reason);
  }
  return rangeOf(full, price, findParams(full.model), spec);
}
function unpriced(full, reason, low) {
  const guess = unpricedGuess(full);
  return {
    low: low ?? guess,
    high: Math.max(guess, low ?? 0),
    basis: "unpriced",
    reason,
    dearest: {}
  };
}
function rangeOf(full, price, params, spec) {
  const open3 = openFields(full, price, params, spec);
  full = { ...vendorDefaults(params), ...full };
  let low = Number.POSITIVE_INFINITY;
  let high;
  let gap;
  for (const at of combinations(open3)) {
    const credits = creditsOf({ ...full, ...at }, findRates(full.model, { ...full, ...at }));
    if (credits === void 0) {
      gap ??= at;
      continue;
    }
    low = Math.min(low, credits);
    if (!high || credits > high.credits) high = { credits, at };
  }
  if (gap !== void 0 || !high) {
    const values = Object.entries({ ...pick(full, price), ...gap }).map(([field, value]) => `${field} ${JSON.stringify(value)}`).join(", ");
    const reason = `${full.model} has no published price${values ? ` for ${values}` : ""}`;
    const seconds = open3.find(([field]) => field === "duration")?.[1].filter(isNumber) ?? [];
    const longest = seconds.length > 0 ? { duration: Math.max(...seconds) } : {};
    return unpriced(
      { ...full, ...longest },
      reason,
      Number.isFinite(low) ? roundCredits(low) : void 0
    );
  }
  return {
    low: roundCredits(low),
    high: roundCredits(high.credits),
    basis: "published",
    // Sorted by field name, so reports list them in one order.
    dearest: Object.fromEntries(
      Object.entries(high.at).sort(([a], [b]) => a.localeCompare(b))
    )
  };
}
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
function vendorDefaults(params) {
  const out = {};
  for (const [field, rule] of Object.entries(params?.fields ?? {})) {
    if (rule.default != null) out[field] = rule.default;
  }
  return out;
}
function pick(full, price) {
  const fields = new Set(price.rates.flatMap((rate) => Object.keys(rate.when)));
  return Object.fromEntries(
    [...fields].filter((f) => full[f] !== void 0).map((f) => [f, full[f]])
  );
}
function creditsOf(req, rates) {
  let best;
  for (const rate of rates) {
    let credits;
    if (rate.credits_per_call !== null && rate.credits_per_second === null) {
      credits = rate.credits_per_call;
    } else if (rate.credits_per_call !== null && rate.when.duration !== void 0) {
      credits = rate.credits_per_call;
    } else if (rate.credits_per_second !== null && typeof req.duration === "number") {
      credits = rate.credits_per_second * req.duration;
    } else if (rate.credits_per_call !== null) {
      credits = rate.credits_per_call;
    }
    if (credits !== void 0 && (best === void 0 || credits > best)) best = credits;
  }
  const n = typeof req.n === "number" && req.n > 0 ? req.n : 1;
  return best === void 0 || !Number.isFinite(best) ? void 0 : best * n;
}
function openFields(full, price, params, spec) {
  const fields = new Set(price.rates.flatMap((rate) => Object.keys(rate.when)));
  for (const field of params?.price_fields ?? []) fields.add(field);
  if (price.rates.some((rate) => rate.credits_per_second !== null && !("duration" in rate.when)))
    fields.add("duration");
  const open3 = [];
  for (const field of fields) {
    if (full[field] !== void 0 || params?.fields[field]?.default != null) continue;
    const values = valuesOf(field, price, params, spec);
    if (values.length > 0) open3.push([field, values]);
    else if (field === "duration") open3.push([field, [Number.NaN]]);
  }
  return open3;
}
function valuesOf(field, price, params, spec) {
  const rule = params?.fields[field];
  const listed = spec?.parameters[field]?.values ?? rule?.enum ?? params?.prose_rules.find(
    (p) => p.constraint && Object.keys(p.constraint.if).length === 0 && p.constraint.then[field]?.enum
  )?.constraint?.then[field]?.enum;
  const values = new Set(listed ?? []);
  if (!listed && rule?.type === "boolean") for (const v of [true, false]) values.add(v);
  if (!listed && rule?.minimum !== void 0 && rule.maximum !== void 0) {
    values.add(rule.minimum);
    values.add(rule.maximum);
  }
  for (const rate of price.rates)
    if (field in rate.when) values.add(rate.when[field]);
  for (const value of price.unpriced_values[field] ?? []) values.add(value);
  const numbers2 = [...values].filter((v) => typeof v === "number");
  if ((field === "duration" || field === "n") && numbers2.length === values.size && numbers2.length > 2)
    return [Math.min(...numbers2), Math.max(...numbers2)];
  return [...values];
}
function combinations(open3) {
  let out = [{}];
  for (const [field, values] of open3) {
    out = out.flatMap((at) => values.map((value) => ({ ...at, [field]: value })));
  }
  return out;
}

// ../packages/core/src/models/estimate-credits.ts
function estimatePrice(req, registry = models) {
  return publishedPrice(applyDefaults(req, registry), getModel(req.model, registry));
}
function estimateCredits(req, registry = models) {
  return estimatePrice(req, registry).high;
}

// ../packages/core/src/internal/estimate-window.ts
var ROUNDING_MS = 1e3;
function countsDown(previous, next, margin) {
  const passed = next.at - previous.at;
  const fell = previous.leftMs - next.leftMs;
  return fell >= passed / (1 + margin) - 2 * ROUNDING_MS && fell <= passed * (1 + margin) + 2 * ROUNDING_MS;
}
function estimateWindow(readings, margin) {
  let earliest = Number.NEGATIVE_INFINITY;
  let latest = Number.POSITIVE_INFINITY;
  for (const r of readings) {
    earliest = Math.max(earliest, r.from + Math.max(0, r.leftMs - ROUNDING_MS) / (1 + margin));
    latest = Math.min(latest, r.at + (r.leftMs + ROUNDING_MS) * (1 + margin));
  }
  return readings.length > 0 && earliest <= latest ? { earliest, latest } : void 0;
}

// ../packages/core/src/internal/progress-window.ts
function progressWindow(readings, slack, notStartedAt = Number.NEGATIVE_INFINITY) {
  if (readings.length === 0) return void 0;
  const origin = readings[0].from;
  const b = 1 + slack;
  const lower = (s) => {
    let m = notStartedAt - origin - b * s;
    for (const r of readings) m = Math.max(m, r.from - origin - (r.value + b) * s);
    return m;
  };
  const upper = (s) => {
    let m = Number.POSITIVE_INFINITY;
    for (const r of readings) m = Math.min(m, r.at - origin - (r.value - b) * s);
    return m;
  };
  const room = (s) => upper(s) - lower(s);
  const lo = 0;
  const hi = Math.log(1e12);
  const best = search(lo, hi, (x) => room(Math.exp(x)), "max");
  if (room(Math.exp(best)) < 0) return void 0;
  const first = edge(lo, best, (x) => room(Math.exp(x)) >= 0);
  const last = edge(hi, best, (x) => room(Math.exp(x)) >= 0);
  const earliestAt = search(first, last, (x) => lower(Math.exp(x)) + 99 * Math.exp(x), "min");
  const latestAt = search(first, last, (x) => upper(Math.exp(x)) + 100 * Math.exp(x), "max");
  const earliest = origin + lower(Math.exp(earliestAt)) + 99 * Math.exp(earliestAt);
  const latest = origin + upper(Math.exp(latestAt)) + 100 * Math.exp(latestAt);
  return { earliest, latest: Math.max(earliest, latest) };
}
function search(a, b, f, goal) {
  const sign = goal === "min" ? 1 : -1;
  let lo = a;
  let hi = b;
  for (let i = 0; i < 100 && hi - lo > 1e-9; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (sign * f(m1) <= sign * f(m2)) hi = m2;
    else lo = m1;
  }
  return (lo + hi) / 2;
}
function edge(outside, inside, ok) {
  if (ok(outside)) return outside;
  let bad = outside;
  let good = inside;
  for (let i = 0; i < 100 && Math.abs(good - bad) > 1e-9; i++) {
    const mid = (bad + good) / 2;
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

// ../packages/core/src/internal/queue-window.ts
function queueLeavesAt(readings, margin) {
  const first = readings[0];
  const last = readings.at(-1);
  if (!first || !last || last.position >= first.position || last.at <= first.at) return void 0;
  const msPerPlace = (last.at - first.at) / (first.position - last.position);
  return last.at + last.position * msPerPlace / (1 + margin);
}

// ../packages/core/src/internal/poll-notes.ts
var PROGRESS_SLACK = 2;
var WINDOW_SLACKS = [0, 0.5, 1, PROGRESS_SLACK];
var MIN_ESTIMATE_SPAN_MS = 6e3;
var MAX_READINGS = 256;
var TERMINAL = /* @__PURE__ */ new Set(["completed", "failed", "cancelled"]);
var PollNotes = class {
  broken = /* @__PURE__ */ new Map();
  #margin;
  #slackMs;
  #judged;
  #progress = [];
  /** The latest time the work had certainly not started: created, or seen pending. */
  #notStartedAt = Number.NEGATIVE_INFINITY;
  #estimates = [];
  #queue = [];
  /** The finish windows last predicted, to catch a finish that is overdue past them. */
  #predicted = /* @__PURE__ */ new Map();
  constructor(o) {
    this.#margin = o.margin;
    this.#slackMs = o.close;
  }
  /**
   * Judges the observations of `history` not judged yet. `createdAt`: when the task was
   * created (its progress cannot have started before), when known.
   */
  observe(history, createdAt) {
    if (createdAt !== void 0) this.#notStartedAt = Math.max(this.#notStartedAt, createdAt);
    const judged = this.#judged;
    let start = 0;
    if (judged) {
      const at = history.lastIndexOf(judged);
      start = at >= 0 ? at + 1 : history.findIndex((o) => o.at > judged.at);
      if (start < 0) return;
    }
    for (const o of history.slice(start)) {
      this.#judge(o);
      this.#judged = o;
    }
  }
  /** The windows of the signals trusted now, for a task whose latest status is `status`. */
  windows(status) {
    const out = [];
    this.#predicted.clear();
    const working = status !== "pending" && !TERMINAL.has(status);
    const progressing = working && !this.broken.has("progress");
    const values = new Set(this.#progress.map((r) => r.value).filter((v) => v > 0));
    const progress = progressing && values.size >= 3 ? this.#progressWindow() : void 0;
    if (progress) out.push({ signal: "progress", finish: true, ...progress });
    const estimate = this.broken.has("estimate") ? void 0 : this.#estimateWindow();
    if (estimate) out.push({ signal: "estimate", finish: true, ...estimate });
    const leaves = status === "pending" && !this.broken.has("queue") ? queueLeavesAt(this.#queue, this.#margin) : void 0;
    if (leaves !== void 0) {
      out.push({ signal: "queue", finish: false, earliest: leaves, latest: Infinity });
    }
    for (const w of out) if (w.finish) this.#predicted.set(w.signal, w);
    if (progressing && values.size > 0 && values.size < 3) out.settling = true;
    return out;
  }
  #judge(o) {
    if (TERMINAL.has(o.status)) return;
    for (const [signal, w] of this.#predicted) {
      if ((o.sentAt ?? o.at) > w.latest + this.#slackMs)
        this.#break(signal, "the finish is overdue");
    }
    this.#judgeProgress(o);
    this.#judgeEstimate(o);
    this.#judgeQueue(o);
  }
  #judgeProgress(o) {
    const moved = this.#progress.some((r) => r.value > 0);
    if (o.status === "pending") {
      if (moved) this.#break("progress", "the task went back to pending");
      else this.#notStartedAt = Math.max(this.#notStartedAt, o.sentAt ?? o.at);
      return;
    }
    const value = o.progress;
    if (!Number.isFinite(value)) return;
    const last = this.#progress.at(-1);
    if (value < 0 || value > 100) this.#break("progress", "out of 0-100");
    else if (last && value < last.value) this.#break("progress", "went back");
    else if (value === 0) this.#progress = [{ from: o.sentAt ?? o.at, at: o.at, value }];
    else {
      keep(this.#progress, { from: o.sentAt ?? o.at, at: o.at, value });
      if (!progressWindow(this.#progress, PROGRESS_SLACK, this.#notStartedAt)) {
        this.#break("progress", "no steady rate fits it");
      }
    }
  }
  #judgeEstimate(o) {
    const left = o.estimatedMs;
    if (left === void 0 || !Number.isFinite(left) || left <= 0) return;
    const reading = { from: o.sentAt ?? o.at, at: o.at, leftMs: left };
    const previous = this.#estimates.at(-1);
    const first = this.#estimates[0];
    if (previous && !countsDown(previous, reading, this.#margin) || first && !countsDown(first, reading, this.#margin)) {
      this.#break("estimate", "it does not count down");
    }
    keep(this.#estimates, reading);
    if (!estimateWindow(this.#estimates, this.#margin)) {
      this.#break("estimate", "its readings disagree");
    }
  }
  #judgeQueue(o) {
    const position = o.queuePosition;
    if (o.status !== "pending" || position === void 0 || !Number.isFinite(position)) return;
    const last = this.#queue.at(-1);
    if (position < 0 || last && position > last.position) this.#break("queue", "it rose");
    keep(this.#queue, { at: o.sentAt ?? o.at, position });
  }
  #progressWindow() {
    for (const slack of WINDOW_SLACKS) {
      const w = progressWindow(this.#progress, slack, this.#notStartedAt);
      if (w) return w;
    }
    return void 0;
  }
  #estimateWindow() {
    const first = this.#estimates[0];
    const last = this.#estimates.at(-1);
    if (!first || !last || last.at - first.at < MIN_ESTIMATE_SPAN_MS) return void 0;
    return estimateWindow(this.#estimates, this.#margin);
  }
  #break(signal, why) {
    if (!this.broken.has(signal)) this.broken.set(signal, why);
    this.#predicted.delete(signal);
  }
};
function keep(readings, reading) {
  readings.push(reading);
  if (readings.length > MAX_READINGS) readings.splice(1, 1);
}

// ../packages/core/src/policies/poll-policy.ts
function adaptivePolling(options = {}) {
  const bound = Math.max(1, options.boundMs ?? 8e3);
  const cap = bound * Math.max(1, options.capFactor ?? 5);
  const close = Math.min(bound, Math.max(1, options.closeMs ?? 1e3));
  const margin = Math.max(0, options.estimateMargin ?? 0.5);
  const notesByWait = /* @__PURE__ */ new WeakMap();
  return (state) => {
    let notes = state.waitKey ? notesByWait.get(state.waitKey) : void 0;
    if (!notes) {
      notes = new PollNotes({ margin, close });
      if (state.waitKey) notesByWait.set(state.waitKey, notes);
    }
    const createdMs = state.task.created * 1e3;
    notes.observe(state.history, createdMs > 0 && createdMs <= state.now ? createdMs : void 0);
    const anchor = state.anchorAt ?? state.now - state.elapsedMs;
    const onRhythm = bound - ((state.now - anchor) % bound + bound) % bound;
    const windows = notes.windows(state.task.status);
    const refused = state.now > (state.history.at(-1)?.at ?? state.now);
    if (windows.length === 0 || refused) return onRhythm;
    const opens = Math.min(...windows.map((w) => w.earliest));
    if (opens - state.now > close) {
      return Math.min(windows.settling ? onRhythm : cap, opens - state.now);
    }
    return windows.some((w) => w.finish && w.earliest - state.now <= close) ? close : onRhythm;
  };
}

// ../packages/core/src/upload/upload-file.ts
import { openAsBlob } from "node:fs";
import path from "node:path";
var UPLOAD_TTL_MS = 72 * 60 * 60 * 1e3;
var uploadBody = external_exports.looseObject({
  success: external_exports.boolean().optional(),
  data: external_exports.looseObject({
    file_id: external_exports.string().min(1),
    file_url: external_exports.string().optional(),
    download_url: external_exports.string().optional(),
    file_size: external_exports.number().optional(),
    mime_type: external_exports.string().optional(),
    upload_time: external_exports.string().optional(),
    expires_at: external_exports.string().optional()
  })
});
var ROUTE = "POST /api/v1/files/upload/stream";
function uploadFile(http, options) {
  return withRetries(
    http,
    { what: ROUTE, route: ROUTE, signal: options.signal, repeatable: true, retryRateLimit: true },
    () => attemptUpload(http, options)
  );
}
async function attemptUpload(http, o) {
  if (o.signal?.aborted) throw new AbortError(`${ROUTE} was aborted`, { cause: o.signal.reason });
  let file;
  try {
    file = await openAsBlob(o.path, { type: o.mimeType ?? "application/octet-stream" });
  } catch (error) {
    throw new ClipwrightError(`cannot read the file to upload: ${error.message}`, {
      cause: error
    });
  }
  const { FormData } = await undici();
  const form = new FormData();
  form.append("file", file, path.basename(o.path));
  if (o.uploadPath) form.append("upload_path", o.uploadPath);
  if (o.fileName) form.append("file_name", o.fileName);
  const { status, text, headers } = await sendForText(
    http,
    new URL("/api/v1/files/upload/stream", http.baseUrl),
    {
      method: "POST",
      headers: { authorization: `Bearer ${http.apiKey()}`, accept: "application/json" },
      body: form,
      signal: o.signal,
      what: ROUTE
    }
  );
  const requestId = requestIdOf(headers);
  http.logger.debug?.(`${ROUTE} -> ${status}`, { requestId });
  const body = parseJson(text);
  if (status < 200 || status >= 300 || body?.success === false) {
    throw filesError(status, text, body, headers, http.clock.now());
  }
  const parsed = uploadBody.safeParse(body);
  if (!parsed.success) {
    throw new UnexpectedResponseError(`${ROUTE} returned ${status} without a file id`, {
      status,
      requestId
    });
  }
  const d = parsed.data.data;
  const url = d.file_url || d.download_url;
  if (!url || !URL.canParse(url)) {
    throw new UnexpectedResponseError(`${ROUTE} returned no valid file link`, {
      status,
      requestId
    });
  }
  const uploadedAt = Date.parse(d.upload_time ?? "");
  const expires = Date.parse(d.expires_at ?? "");
  return {
    fileId: d.file_id,
    url,
    fileUrl: d.file_url,
    downloadUrl: d.download_url,
    bytes: d.file_size,
    mimeType: d.mime_type,
    expiresAt: Number.isFinite(expires) ? expires : (Number.isFinite(uploadedAt) ? uploadedAt : http.clock.now()) + UPLOAD_TTL_MS,
    requestId
  };
}
function parseJson(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}
function filesError(status, text, body, headers, now) {
  if (body && typeof body.error === "object")
    return apiErrorFromResponse(status, text, headers, now);
  const code = body?.code;
  const effective = status >= 300 ? status : typeof code === "number" && code >= 400 && code < 600 ? code : 0;
  const requestId = requestIdOf(headers);
  if (effective === 0) {
    return new UnexpectedResponseError(`${ROUTE} answered ${status} with success: false`, {
      status,
      requestId
    });
  }
  const msg = typeof body?.msg === "string" && body.msg !== "" ? body.msg : void 0;
  return apiErrorFromStatus({
    status: effective,
    message: msg ?? (text.trim().slice(0, 200) || `HTTP ${effective} with an empty body`),
    ...typeof code === "string" || typeof code === "number" ? { code } : {},
    requestId,
    retryAfterMs: parseRetryAfter(headers["retry-after"], now)
  });
}

// ../packages/core/src/validation/did-you-mean.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var normalise = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
var numbers = (name) => name.match(/[0-9]+/g)?.join(".") ?? "";
function didYouMean(name, known, options = {}) {
  const given = normalise(name);
  const limit = options.maxDistance ?? (() => Math.max(2, Math.floor(given.length / 3)));
  let best;
  for (const candidate of known) {
    if (options.sameNumbers && numbers(candidate) !== numbers(name)) continue;
    const target = normalise(candidate);
    const d = (0, import_fastest_levenshtein.distance)(given, target);
    if (d > limit(target)) continue;
    if (!best || d < best.distance) best = { name: candidate, distance: d };
  }
  return best?.name;
}

// ../packages/core/src/models/lifecycle.ts
function liveModels(catalog = snapshot.catalog.models) {
  return catalog.filter((m) => m.listed && (m.lifecycle === "active" || m.lifecycle === "preview")).map((m) => m.model_id);
}
function instead(name, entry, live) {
  if (entry?.successor) return entry.successor;
  return didYouMean(name, live, { maxDistance: (t) => Math.max(3, Math.floor(t.length / 2)) });
}
function lifecycleNotice(name, options = {}) {
  const find = options.find ?? findModel;
  const live = options.live ?? liveModels();
  const entry = find(name);
  const date = snapshot.catalog.retrieved;
  const other = instead(name, entry, live);
  const use = other ? `use ${JSON.stringify(other)}` : "use a live model (`clipwright models` lists them)";
  if (!entry) {
    return {
      level: "warning",
      message: `model ${JSON.stringify(name)} is not in the vendor's catalog (snapshot of ${date}): only the common checks apply`,
      fix: `check the name; ${other ? `did you mean ${JSON.stringify(other)}?` : "`clipwright models` lists the known models"}`
    };
  }
  if (entry.lifecycle === "retired") {
    return {
      level: "error",
      message: `model ${JSON.stringify(name)} is retired (the vendor's catalog, ${date})${entry.deprecates_at ? `; it stopped on ${entry.deprecates_at}` : ""}`,
      fix: use
    };
  }
  if (entry.lifecycle === "deprecated") {
    return {
      level: "warning",
      message: `model ${JSON.stringify(name)} is deprecated${entry.deprecates_at ? `: it stops working on ${entry.deprecates_at}` : ""}${entry.successor ? `; its successor is ${JSON.stringify(entry.successor)}` : ""}`,
      fix: use
    };
  }
  if (!entry.listed) {
    return {
      level: "warning",
      message: `model ${JSON.stringify(name)} is no longer listed in the vendor's newest catalog (snapshot of ${date}); it may stop working`,
      fix: `move to a listed model, e.g. ${other ? JSON.stringify(other) : '"sora-2-pro-preview"'}`
    };
  }
  return void 0;
}

// ../packages/core/src/validation/to-issues.ts
var plainTypes = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields"
};
var plainType = (expected) => plainTypes[expected] ?? `a ${expected}`;
var plainErrors = (iss) => iss.code === "invalid_type" ? `must be ${plainType(iss.expected)}, got ${formatValue(iss.input)}` : void 0;
function toIssues(result, input, context = {}) {
  if (result.success || !result.error) return [];
  return result.error.issues.flatMap((iss) => {
    if (iss.code === "unrecognized_keys") {
      return iss.keys.map((key) => ({
        field: key,
        message: iss.message,
        received: input[key],
        fix: `remove \`${key}\`: ${context.model ?? "the model"} does not take it`
      }));
    }
    const field = iss.path.map(String).join(".") || "request";
    const received = iss.path.reduce(
      (value, key) => value?.[key],
      input
    );
    const own = iss.params;
    const allowed = own?.allowed ?? (iss.path.length === 1 ? context.parameters?.[String(iss.path[0])]?.values : void 0);
    return [
      {
        field,
        message: iss.message,
        ...received !== void 0 && { received },
        ...allowed && { allowed },
        fix: own?.fix ?? fixFor(iss, allowed, context.fixes?.[String(iss.path[0])])
      }
    ];
  });
}
function fixFor(iss, allowed, fieldFix) {
  if (fieldFix) return fieldFix;
  const values = allowed ?? (iss.code === "invalid_value" ? iss.values : void 0);
  if (values && values.length > 0) return `use one of ${values.map(formatValue).join(", ")}`;
  if (iss.code === "invalid_type") return `write it as ${plainType(iss.expected)}`;
  if (iss.code === "too_big") return `use at most ${iss.maximum}`;
  if (iss.code === "too_small") return `use at least ${iss.minimum}`;
  return "correct the value as the message says";
}

// ../packages/core/src/validation/validate-callback-url.ts
import { isIP as isIP3 } from "node:net";
var MAX_CALLBACK_URL_LENGTH = 2048;
function callbackUrlIssues(url, options = {}) {
  const issue = (message, fix = "use a public https:// URL") => [
    { field: "callback_url", message, received: url, fix }
  ];
  if (typeof url !== "string") {
    return issue(
      `must be an HTTPS URL string, got ${typeof url}`,
      "write it as text: an https:// URL"
    );
  }
  if (url.length > MAX_CALLBACK_URL_LENGTH) {
    return issue(
      `must be at most ${MAX_CALLBACK_URL_LENGTH} characters, got ${url.length}`,
      `shorten the URL to at most ${MAX_CALLBACK_URL_LENGTH} characters`
    );
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return issue(
      `must be an absolute HTTPS URL, got ${JSON.stringify(url)}`,
      "write the whole URL, e.g. https://example.com/hooks/clipwright"
    );
  }
  if (options.allowInsecure) {
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? [] : issue(`must use https, got ${parsed.protocol.slice(0, -1)}`);
  }
  if (parsed.protocol !== "https:") {
    return issue(
      `must use https (the API only calls HTTPS callbacks), got ${parsed.protocol.slice(0, -1)}`
    );
  }
  const host = bareHost(parsed);
  const name = internalHostName(host);
  if (name) {
    return issue(
      name === "this-machine" ? `must not point at this machine (${host}); the API refuses internal addresses` : `must not point at an internal host (${host}: .local, .internal and metadata names stay inside a network); the API refuses internal addresses`,
      "use a public host name the API can reach"
    );
  }
  if (isIP3(host) !== 0 && isBlockedAddress(host)) {
    return issue(
      `must not point at a loopback, private, link-local or unspecified address (${host}); the API refuses internal addresses`,
      "use a public host name the API can reach"
    );
  }
  return [];
}

// ../packages/core/src/validation/validate-request.ts
var commonSchema = external_exports.looseObject({
  model: external_exports.string({
    error: (iss) => `is required: a model name such as "sora-2-beta-max", got ${formatValue(iss.input)}`
  }).min(1, { error: 'must not be empty: give a model name such as "sora-2-beta-max"' }),
  prompt: external_exports.string({
    error: (iss) => `is required: a text describing the video, got ${formatValue(iss.input)}`
  }).refine((p) => p.trim().length > 0, { error: "must not be empty: describe the video" }).optional(),
  image_urls: external_exports.array(
    external_exports.string({ error: (iss) => `must be a URL string, got ${formatValue(iss.input)}` }).refine(isHttpUrl, {
      error: (iss) => `must be an http(s) URL, got ${formatValue(iss.input)}`
    }),
    { error: (iss) => `must be a list of image URLs, got ${formatValue(iss.input)}` }
  ).optional()
});
var commonFixes = {
  model: "name a model, e.g. `model: sora-2-beta-max`",
  prompt: "describe the video in the prompt",
  image_urls: "give each image as an http(s) URL, e.g. https://example.com/frame.png"
};
function validateRequest(req, options = {}) {
  if (typeof req !== "object" || req === null || Array.isArray(req)) {
    throw new ValidationError([
      { field: "request", message: `must be an object, got ${formatValue(req)}`, received: req }
    ]);
  }
  const input = req;
  const issues = toIssues(commonSchema.safeParse(input, { error: plainErrors }), input, {
    fixes: commonFixes
  });
  if (input.callback_url !== void 0) {
    issues.push(
      ...callbackUrlIssues(input.callback_url, { allowInsecure: options.allowInsecureCallbacks })
    );
  }
  issues.push(...imageLinkIssues(input.image_urls, issues, options));
  const registry = options.models ?? models;
  const spec = typeof input.model === "string" ? getModel(input.model, registry) : void 0;
  if (spec && input.prompt === void 0 && (spec.required ?? ["prompt"]).includes("prompt")) {
    issues.push({
      field: "prompt",
      message: "is required: a text describing the video, got nothing",
      fix: commonFixes.prompt
    });
  }
  if (spec) {
    const seen = new Set(issues.map((i) => i.field.split(".")[0]));
    const result = spec.schema.safeParse(input, { error: plainErrors });
    const context = { model: spec.name, parameters: spec.parameters };
    for (const issue of toIssues(result, input, context)) {
      if (!seen.has(issue.field.split(".")[0])) issues.push(issue);
    }
  } else if (typeof input.model === "string") {
    const known = didYouMean(
      input.model,
      registry.map((m) => m.name),
      { sameNumbers: true, maxDistance: (target) => Math.max(1, Math.floor(target.length / 5)) }
    );
    if (known) {
      issues.unshift({
        field: "model",
        message: `unknown model ${formatValue(input.model)}; did you mean ${formatValue(known)}?`,
        received: input.model,
        fix: `use ${formatValue(known)}`
      });
    }
  }
  const notice = typeof input.model === "string" ? lifecycleNotice(input.model, { find: options.findCatalogModel }) : void 0;
  if (notice?.level === "error") {
    issues.unshift({
      field: "model",
      message: notice.message,
      received: input.model,
      fix: notice.fix
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return input;
}
function imageLinkIssues(images, earlier, options) {
  if (!Array.isArray(images)) return [];
  return images.flatMap((link, index) => {
    const field = `image_urls.${index}`;
    if (typeof link !== "string" || !isHttpUrl(link) || earlier.some((i) => i.field === field)) {
      return [];
    }
    const problem = resultLinkProblem(new URL(link), {
      allowInsecure: options.allowInsecureCallbacks === true,
      trustedOrigin: options.trustedImageOrigin
    });
    return problem ? [
      {
        field,
        message: `must be a public https link the API can fetch, got ${formatValue(link)}: ${problem}`,
        received: link,
        fix: "give a public https link to the image, or a repository image (`image:`) to upload"
      }
    ] : [];
  });
}
function isHttpUrl(value) {
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

// ../packages/core/src/client/credits.ts
var amount = external_exports.number().refine(Number.isFinite, "must be a finite number");
var creditsSchema = external_exports.looseObject({
  data: external_exports.looseObject({
    token: external_exports.looseObject({
      remaining_credits: amount.nullish(),
      unlimited_credits: external_exports.boolean().nullish(),
      used_credits: amount.nullish()
    }),
    user: external_exports.looseObject({
      remaining_credits: amount,
      used_credits: amount.nullish()
    })
  })
});
function parseCredits(body, requestId) {
  const result = creditsSchema.safeParse(body);
  if (!result.success) {
    const where = result.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ");
    throw new UnexpectedResponseError(`GET /v1/credits did not look like a balance (${where})`, {
      requestId,
      cause: result.error
    });
  }
  const { token, user } = result.data.data;
  const keyRemaining = token.unlimited_credits === true ? void 0 : token.remaining_credits ?? void 0;
  return {
    available: Math.max(0, Math.min(user.remaining_credits, keyRemaining ?? Infinity)),
    accountRemaining: user.remaining_credits,
    keyRemaining,
    keyUsed: token.used_credits ?? 0
  };
}

// ../packages/core/src/client/system-clock.ts
import { setTimeout as delay } from "node:timers/promises";
var systemClock = {
  now: () => Date.now(),
  async sleep(ms, signal) {
    try {
      await delay(Math.max(0, ms), void 0, { signal });
    } catch (error) {
      if (signal?.aborted)
        throw new AbortError("the operation was aborted", { cause: signal.reason });
      throw error;
    }
  }
};

// ../packages/core/src/client/resolve-settings.ts
function resolveSettings(options) {
  const env = options.env ?? process.env;
  const apiKey = options.apiKey ?? env.EVOLINK_API_KEY;
  const baseUrl = options.baseUrl ?? env.EVOLINK_BASE_URL ?? "https://api.evolink.ai";
  const filesBaseUrl = options.filesBaseUrl ?? env.EVOLINK_FILES_BASE_URL ?? (options.baseUrl ?? env.EVOLINK_BASE_URL ? baseUrl : "https://files-api.evolink.ai");
  let agent;
  const http = {
    baseUrl,
    apiKey: () => {
      if (!apiKey) {
        throw new ClipwrightError("no API key: set EVOLINK_API_KEY or pass apiKey to createClient");
      }
      return apiKey;
    },
    dispatcher: () => {
      agent ??= options.dispatcher ? Promise.resolve(options.dispatcher) : undici().then(
        ({ Agent }) => new Agent({ keepAliveTimeout: 3e4, keepAliveMaxTimeout: 6e5 })
      );
      return agent;
    },
    headersTimeoutMs: options.headersTimeoutMs ?? 3e4,
    createTimeoutMs: options.createTimeoutMs ?? 12e4,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 6e4,
    maxRetries: Math.max(0, options.maxRetries ?? 3),
    rateLimitMaxWaitMs: Math.max(0, options.rateLimitMaxWaitMs ?? 9e5),
    retry: options.retry ?? {},
    clock: options.clock ?? systemClock,
    logger: options.logger ?? {},
    onRetry: options.onRetry,
    gates: /* @__PURE__ */ new Map()
  };
  return { http, filesBaseUrl };
}

// ../packages/core/src/client/task-requests.ts
async function getTask(http, id, o = {}) {
  if (typeof id !== "string" || id.trim() === "") {
    throw new ValidationError([
      { field: "task_id", message: "must be a non-empty task id", received: id }
    ]);
  }
  const res = await requestJson(http, {
    method: "GET",
    path: `/v1/tasks/${encodeURIComponent(id)}`,
    route: "GET /v1/tasks/{id}",
    signal: o.signal,
    retryRateLimit: o.retryRateLimit
  });
  return parseTask(res.body, {
    what: `GET /v1/tasks/${id}`,
    status: res.status,
    requestId: res.requestId
  });
}
async function createTask(http, body, idempotencyKey, signal) {
  const res = await requestJson(http, {
    method: "POST",
    path: "/v1/videos/generations",
    body,
    idempotencyKey,
    signal,
    headersTimeoutMs: http.createTimeoutMs
  });
  const task = parseTask(res.body, {
    what: "POST /v1/videos/generations",
    status: res.status,
    requestId: res.requestId
  });
  return { ...task, replayed: res.replayed };
}

// ../packages/core/src/client/create-client.ts
function createClient(options = {}) {
  const { http, filesBaseUrl } = resolveSettings(options);
  const randomUUID2 = options.randomUUID ?? cryptoRandomUUID;
  const registry = withModels(options.models);
  const validate = (req) => validateRequest(req, {
    allowInsecureCallbacks: options.allowInsecureCallbacks,
    models: registry,
    trustedImageOrigin: URL.canParse(filesBaseUrl) ? new URL(filesBaseUrl).origin : void 0
  });
  const pollPolicy = options.pollPolicy ?? adaptivePolling();
  const waitTimeoutMs = options.waitTimeoutMs ?? 18e5;
  async function create(req, o = {}) {
    return createTask(http, validate(req), o.idempotencyKey ?? randomUUID2(), o.signal);
  }
  function wait(idOrTask, o = {}) {
    return waitForTask(idOrTask, {
      get: (id, signal) => getTask(http, id, { signal, retryRateLimit: false }),
      clock: http.clock,
      policy: o.pollPolicy ?? pollPolicy,
      timeoutMs: o.timeoutMs ?? waitTimeoutMs,
      signal: o.signal,
      onProgress: o.onProgress,
      maxSlowDownMs: http.retry.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
      onRetry: http.onRetry
    });
  }
  return {
    baseUrl: http.baseUrl,
    models: registry,
    validateRequest: validate,
    estimateCredits: (req) => estimateCredits(req, registry),
    videos: {
      create,
      async generate(req, o = {}) {
        const task = await create(req, { idempotencyKey: o.idempotencyKey, signal: o.signal });
        return wait(task, o);
      }
    },
    tasks: { get: (id, o) => getTask(http, id, o), wait },
    files: {
      upload: (o) => uploadFile({ ...http, baseUrl: filesBaseUrl }, o),
      baseUrl: filesBaseUrl
    },
    async credits(o = {}) {
      const res = await requestJson(http, { method: "GET", path: "/v1/credits", signal: o.signal });
      return parseCredits(res.body, res.requestId);
    },
    async download(taskOrUrl, destinationPath, o = {}) {
      const url = typeof taskOrUrl === "string" ? taskOrUrl : videoUrl(taskOrUrl);
      if (!URL.canParse(url)) {
        throw new UnexpectedResponseError(
          `the result link is not a valid URL: ${JSON.stringify(url.slice(0, 200))}`
        );
      }
      const effects = {
        randomUUID: randomUUID2,
        ...options.openDownloadFile && { openFile: options.openDownloadFile }
      };
      return downloadFile(http, url, destinationPath, o, effects, {
        allowInsecure: options.allowInsecureCallbacks === true,
        trustedOrigin: new URL(http.baseUrl).origin
      });
    }
  };
}

// ../packages/core/src/errors/model-unavailable.ts
var unavailableCodes = /* @__PURE__ */ new Set([
  "model_access_denied",
  "key_model_not_allowed",
  "model_not_found",
  "model_not_supported",
  "model_unavailable",
  "model_deprecated",
  "no_available_channel",
  "channel_selection_failed"
]);
var keyCodes = /* @__PURE__ */ new Set([
  "key_disabled",
  "key_expired",
  "user_disabled",
  "account_disabled",
  "mcp_paused"
]);
function modelUnavailable(error) {
  if (!(error instanceof ApiError)) return false;
  if (error.status < 400 || error.status >= 500 || error.outcomeUnknown) return false;
  const code = String(error.apiCode ?? "").toLowerCase();
  if (code === IDEMPOTENCY_CONFLICT || keyCodes.has(code)) return false;
  if (unavailableCodes.has(code) || code.startsWith("channel:")) return true;
  if (error.status === 403 || error.status === 404) return true;
  return error.status === 400 && error.param === "model";
}

// ../packages/core/src/validation/image-issues.ts
var MAX_IMAGE_BYTES = 10 * 1024 * 1024;
var imageFormats = ["png", "jpeg", "webp"];
function imageIssues(request, image, index = 0, registry = models) {
  const field = `image_urls.${index}`;
  const issues = [];
  if (!imageFormats.includes(image.format)) {
    issues.push({
      field,
      message: `is ${image.format ? `a ${image.format.toUpperCase()} image` : "not a PNG, JPEG or WebP image"} (read from its content, not its name); the API takes PNG, JPEG and WebP`,
      received: image.format,
      allowed: imageFormats,
      fix: "convert it to PNG, JPEG or WebP"
    });
  }
  const spec = getModel(request.model, registry);
  issues.push(...imageSizeIssues(image.bytes, index, spec?.images?.maxBytes));
  const ratio = typeof request.aspect_ratio === "string" ? request.aspect_ratio : void 0;
  const { width, height } = image;
  if (spec?.images?.matchAspectRatio && ratio && width && height) {
    const wanted = parseRatio(ratio);
    const matches2 = wanted && (wanted.exact ? width === wanted.w && height === wanted.h : width * wanted.h === height * wanted.w);
    if (wanted && !matches2) {
      issues.push({
        field,
        message: `is ${width}x${height}, but ${spec.name} needs an image of the aspect ratio ${ratio} exactly`,
        received: `${width}x${height}`,
        fix: wanted.exact ? `resize the image to ${wanted.w}x${wanted.h}, or change aspect_ratio` : `crop the image to ${ratio} (e.g. ${wanted.w * 80}x${wanted.h * 80}), or change aspect_ratio`
      });
    }
  }
  return issues;
}
function imageSizeIssues(bytes, index = 0, max = MAX_IMAGE_BYTES) {
  const limit = Math.min(max, MAX_IMAGE_BYTES);
  if (bytes <= limit) return [];
  const mb = limit / (1024 * 1024);
  return [
    {
      field: `image_urls.${index}`,
      message: `is ${bytes} bytes, over ${max < MAX_IMAGE_BYTES ? "the model's" : "the API's"} limit of ${limit} bytes (${mb} MB) per image`,
      received: bytes,
      fix: `compress or scale the image down below ${mb} MB`
    }
  ];
}
function parseRatio(value) {
  const m = /^(\d+)\s*([:x])\s*(\d+)$/.exec(value);
  if (!m) return void 0;
  const w = Number(m[1]);
  const h = Number(m[3]);
  return w > 0 && h > 0 ? { w, h, exact: m[2] === "x" } : void 0;
}

// ../packages/pipeline/src/output/file-ops.ts
import * as fsp2 from "node:fs/promises";
var realFileOps = fsp2;

// ../packages/pipeline/src/output/temp-files.ts
import { randomUUID } from "node:crypto";
import { constants as constants2 } from "node:fs";
import path2 from "node:path";
var uuidPattern = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
var tempNamePattern = new RegExp(`^\\..+\\.${uuidPattern}\\.(tmp|part)(\\.[0-9a-f]{8}\\.part)?$`);
function tempPath(dir, base, ext = "tmp") {
  return path2.join(dir, `.${base}.${randomUUID()}.${ext}`);
}
function copyToTemp(fs, source, temp) {
  return fs.copyFile(source, temp, constants2.COPYFILE_EXCL);
}
function isTempName(name) {
  return tempNamePattern.test(name);
}
async function sweepTempFiles(dirs, fs = realFileOps) {
  const removed = [];
  for (const dir of new Set(dirs)) {
    let names;
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const name of names.filter(isTempName)) {
      const file = path2.join(dir, name);
      if ((await fs.lstat(file)).isDirectory()) continue;
      await fs.rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}

// ../packages/pipeline/src/output/place-file.ts
var UnsafeOutputError = class extends ClipwrightError {
  name = "UnsafeOutputError";
  code = "unsafe_output";
  constructor(folder) {
    super(
      `${folder} is a symlink or not a folder, so nothing is written through it (outputs stay inside the output folder); remove it or choose another output name`
    );
  }
};
async function checkFolders(root, dest, options = {}) {
  const fs = options.fs ?? realFileOps;
  const rel = path3.relative(root, path3.dirname(dest));
  if (rel.startsWith("..") || path3.isAbsolute(rel)) throw new UnsafeOutputError(path3.dirname(dest));
  let folder = root;
  for (const part of rel === "" ? [] : rel.split(path3.sep)) {
    folder = path3.join(folder, part);
    if (options.create) {
      try {
        await fs.mkdir(folder);
      } catch (error) {
        const code = error.code;
        if (code !== "EEXIST") throw asDiskError(error, folder) ?? error;
      }
    }
    let info;
    try {
      info = await fs.lstat(folder);
    } catch (error) {
      if (error.code === "ENOENT" && !options.create) return;
      throw error;
    }
    if (info.isSymbolicLink() || !info.isDirectory()) throw new UnsafeOutputError(folder);
  }
}
async function placeFile(finished, dest, options = {}) {
  const fs = options.fs ?? realFileOps;
  try {
    if (options.within) await checkFolders(options.within, dest, { create: true, fs });
    else await fs.mkdir(path3.dirname(dest), { recursive: true });
    if (!options.keep) {
      try {
        await renameChecked(finished, dest, options);
        return;
      } catch (error) {
        if (error.code !== "EXDEV") throw error;
      }
    }
    const temp = tempPath(path3.dirname(dest), path3.basename(dest));
    try {
      await copyToTemp(fs, finished, temp);
      await renameChecked(temp, dest, options);
    } finally {
      await fs.rm(temp, { force: true });
    }
    if (!options.keep) await fs.rm(finished, { force: true });
  } catch (error) {
    throw asDiskError(error, dest) ?? error;
  }
}
async function renameChecked(from, dest, options) {
  const fs = options.fs ?? realFileOps;
  if (options.within && path3.resolve(path3.dirname(dest)) !== path3.resolve(options.within)) {
    const [realRoot, realFolder] = await Promise.all([
      fs.realpath(options.within),
      fs.realpath(path3.dirname(dest))
    ]);
    if (realFolder !== path3.join(realRoot, path3.relative(options.within, path3.dirname(dest)))) {
      throw new UnsafeOutputError(path3.dirname(dest));
    }
  }
  await fs.rename(from, dest);
}

// ../packages/pipeline/src/output/write-file-atomic.ts
import path4 from "node:path";

// ../packages/pipeline/src/report/escape-html.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ../packages/pipeline/src/output/secret-redactor.ts
var unredacted = (text) => text;
var REDACTED = "***";
function secretForms(secret) {
  const html = secret.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c
  );
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    encodeURI(secret),
    html,
    escapeHtml(secret)
  ];
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
function secretRedactor(secrets = []) {
  const forms = secrets.filter((s) => typeof s === "string" && s.trim().length >= 4).flatMap((s) => secretForms(s.trim())).sort((a, b) => b.length - a.length);
  if (forms.length === 0) return unredacted;
  const redact = (text) => forms.reduce((out, form) => out.replaceAll(form, REDACTED), text);
  if (forms.some((f) => f.includes("\n"))) redact.spansLines = true;
  return redact;
}

// ../packages/pipeline/src/output/write-file-atomic.ts
async function writeFileAtomic(dest, data, options = {}) {
  const fs = options.fs ?? realFileOps;
  const tempDir = options.tempDir ?? path4.dirname(dest);
  const temp = tempPath(tempDir, path4.basename(dest));
  try {
    await fs.mkdir(tempDir, { recursive: true });
    const redact = options.redact ?? unredacted;
    await fs.writeFile(temp, typeof data === "string" ? redact(data) : redactLines(data, redact));
    await placeFile(temp, dest, options);
  } catch (error) {
    throw asDiskError(error, dest) ?? error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}
var WRITE_GROUP_CHARS = 64 * 1024;
function* redactLines(chunks, redact) {
  if (redact.spansLines) {
    yield redact([...chunks].join(""));
    return;
  }
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length < WRITE_GROUP_CHARS) continue;
    const cut = pending.lastIndexOf("\n") + 1;
    if (cut === 0) continue;
    yield redact(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  if (pending) yield redact(pending);
}

// ../packages/pipeline/src/output/folder-cache.ts
function folderCache(dir, options = {}) {
  const fileOf = (hash, ext) => {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new RangeError(`not a content hash: ${hash}`);
    return path5.join(dir, `${hash}.${ext}`);
  };
  return {
    async get(hash) {
      const file = fileOf(hash, "mp4");
      try {
        const info = lstatSync(file);
        const recorded = JSON.parse(
          readFileSync(fileOf(hash, "json"), "utf8")
        );
        if (!info.isFile() || info.size !== recorded.bytes) return void 0;
        const actual = await hashFile(file);
        if (actual.sha256 !== recorded.sha256) return void 0;
        return { path: file, ...actual };
      } catch {
        return void 0;
      }
    },
    async has(hash) {
      try {
        const info = lstatSync(fileOf(hash, "mp4"));
        const recorded = JSON.parse(
          readFileSync(fileOf(hash, "json"), "utf8")
        );
        return info.isFile() && info.size === recorded.bytes;
      } catch {
        return false;
      }
    },
    async put(hash, file) {
      const dest = fileOf(hash, "mp4");
      await rm2(dest, { force: true });
      await placeFile(file, dest, { ...options, keep: true });
      const { bytes, sha256 } = await hashFile(dest);
      await writeFileAtomic(
        fileOf(hash, "json"),
        `${JSON.stringify({ bytes, sha256 })}
`,
        options
      );
    }
  };
}

// ../packages/pipeline/src/model/chain.ts
function chainModels(job) {
  return job.chain ? job.chain.map((m) => m.request.model) : [job.request.model];
}
function chainJobs(job) {
  if (!job.chain) return [job];
  const { chain, ...base } = job;
  return chain.map((m) => ({ ...base, ...m }));
}
function chainKey(job) {
  return job.chain ? job.chain.map((m) => m.hash).join("+") : job.hash;
}

// ../packages/pipeline/src/model/credits.ts
function sumCredits(items) {
  return roundCredits(
    items.reduce((sum, x) => sum + (typeof x === "number" ? x : x.credits), 0)
  );
}

// ../packages/pipeline/src/diff/plan-diff.ts
async function diffPlans(base, head, options = {}) {
  const before = new Map(base.jobs.map((j) => [j.name, j]));
  const baseHashes = new Set(base.jobs.map(chainKey));
  const isMade = async (job) => baseHashes.has(chainKey(job)) || options.cache !== void 0 && (await Promise.all(chainJobs(job).map((j) => options.cache?.get(j.hash)))).some(
    (hit) => hit !== void 0
  );
  const entries = [];
  for (const job of head.jobs) {
    const old = before.get(job.name);
    before.delete(job.name);
    const status = !old ? "added" : chainKey(old) === chainKey(job) ? "unchanged" : "changed";
    entries.push({
      name: job.name,
      status,
      source: job.source,
      ...old ? { baseCredits: old.credits } : {},
      credits: job.credits,
      delta: sumCredits([job.credits, -(old?.credits ?? 0)]),
      changes: old && status === "changed" ? changedFields(old, job) : [],
      hash: job.hash,
      cached: await isMade(job)
    });
  }
  for (const old of before.values()) {
    entries.push({
      name: old.name,
      status: "removed",
      source: old.source,
      baseCredits: old.credits,
      delta: -old.credits,
      changes: [],
      hash: old.hash,
      cached: true
    });
  }
  entries.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const e of entries) counts[e.status]++;
  const baseTotal = sumCredits(base.jobs.map((j) => j.credits));
  const headTotal = sumCredits(head.jobs.map((j) => j.credits));
  return {
    entries,
    counts,
    delta: sumCredits([headTotal, -baseTotal]),
    toGenerate: sumCredits(
      entries.filter((e) => (e.status === "added" || e.status === "changed") && !e.cached).map((e) => e.credits ?? 0)
    ),
    base: { totalCredits: baseTotal },
    head: { totalCredits: headTotal },
    problems: head.problems
  };
}
var order = { added: 0, changed: 1, removed: 2, unchanged: 3 };
function changedFields(a, b) {
  const ra = a.request;
  const rb = b.request;
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(ra), ...Object.keys(rb)])];
  const changed = keys.filter((k) => JSON.stringify(ra[k]) !== JSON.stringify(rb[k]));
  if (chainModels(a).slice(1).join() !== chainModels(b).slice(1).join()) changed.push("fallbacks");
  return changed.sort(
    (x, y) => Number(y === "prompt") - Number(x === "prompt") || x.localeCompare(y)
  );
}

// ../packages/pipeline/src/model/outcome.ts
var outcomes = [
  "completed",
  "cached",
  "suspect",
  "planned",
  "failed",
  "invalid",
  "budget",
  "cancelled"
];
function isDelivered(r) {
  return (r.status === "completed" || r.status === "cached") && r.path !== void 0;
}
function isResumable(r) {
  return r.status === "cancelled" && r.taskId !== void 0;
}
function countOutcomes(results) {
  const counts = Object.fromEntries(outcomes.map((o) => [o, 0]));
  for (const r of results) counts[r.status] += 1;
  return counts;
}

// ../packages/pipeline/src/plan/shard.ts
function parseShard(shard) {
  const parsed = typeof shard === "string" ? (() => {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard);
    return m ? { index: Number(m[1]), total: Number(m[2]) } : void 0;
  })() : shard;
  if (!parsed || !Number.isSafeInteger(parsed.index) || !Number.isSafeInteger(parsed.total) || parsed.total < 1 || parsed.index < 1 || parsed.index > parsed.total) {
    throw new RangeError(
      `invalid shard ${JSON.stringify(shard)}: write k/n with 1 <= k <= n, e.g. "1/3"`
    );
  }
  return parsed;
}
function inShard(hash, shard) {
  const bucket = Number.parseInt(hash.slice(0, 12), 16) % shard.total;
  return bucket === shard.index - 1;
}

// ../packages/pipeline/src/session/verdict.ts
function verdictOf(results) {
  return results.every(
    (r) => r.status === "completed" || r.status === "cached" || r.status === "planned"
  ) ? "ok" : "failures";
}
function nothingMatched(plan) {
  const skipped = (plan.skipped?.shard ?? 0) + (plan.skipped?.unchanged ?? 0) + (plan.skipped?.filtered ?? 0);
  return plan.jobs.length + plan.invalid.length + plan.problems.length + skipped === 0;
}
function stoppedByBalance(check) {
  if (check.status === "refused" && check.refusal.status === 401)
    return { verdict: "refused", refusal: check.refusal };
  if (check.status === "known" && !check.enough) return { verdict: "insufficient-balance" };
  return void 0;
}
function failingOutcomes(counts, failOn) {
  return failOn.map((outcome) => ({ outcome, count: counts[outcome] ?? 0 })).filter((f) => f.count > 0);
}

export {
  ClipwrightError,
  ConnectionError,
  TimeoutError,
  AbortError,
  systemClock,
  IDEMPOTENCY_CONFLICT,
  ApiError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  InternalServerError,
  modelUnavailable,
  applyDefaults,
  roundCredits,
  priceList,
  estimatePrice,
  didYouMean,
  lifecycleNotice,
  MAX_IMAGE_BYTES,
  imageIssues,
  imageSizeIssues,
  ValidationError,
  WaitTimeoutError,
  TaskFailedError,
  LinkExpiredError,
  validateRequest,
  createClient,
  sumCredits,
  parseShard,
  inShard,
  chainModels,
  chainJobs,
  chainKey,
  diffPlans,
  outcomes,
  isDelivered,
  isResumable,
  countOutcomes,
  realFileOps,
  tempPath,
  copyToTemp,
  sweepTempFiles,
  UnsafeOutputError,
  checkFolders,
  placeFile,
  hashFile,
  escapeHtml,
  secretRedactor,
  writeFileAtomic,
  folderCache,
  verdictOf,
  nothingMatched,
  stoppedByBalance,
  failingOutcomes
};
