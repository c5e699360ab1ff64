import { z } from 'zod';
import type { Random } from '../random.ts';

/** The request kinds a fault rule can target. */
const faultRoutes = ['create', 'query', 'download', 'credits', 'upload', 'catalog'] as const;
export type FaultRoute = (typeof faultRoutes)[number];

const faultKinds = [
  'status', // answer `status` (500/502/503 burst, 429 storm) with the documented envelope
  'reset', // destroy the connection before answering (on create: before the task exists)
  'reset-after-create', // create: create and charge the task, then destroy the connection
  'slow-headers', // wait `delayMs` simulated ms before answering
  'stall-body', // download: send the headers and half the body, then stall (until `delayMs`, default forever)
  'truncate-body', // download: send half the body under the full Content-Length, then close cleanly
  'reset-body', // download: send half the body, then reset the connection
  'malformed-json', // create/query/catalog: 200 with a cut-off JSON body (on create, after the task is created)
  'empty-results', // create: the task completes with `results: []`
  'expired-url', // create: the task's result URL is already expired when downloaded
  // create: the task completes, but its video is bad (see mp4/video-faults.ts); every
  // download of the task serves the same bad video.
  'short-video', // half the asked duration (at least 1 s)
  'wrong-aspect-video', // landscape for portrait and back, 16:9 for square
  'silent-video', // no audio track, even when sound was asked
  'black-video', // every frame black
  'frozen-video', // one unchanging picture
] as const;
export type FaultKind = (typeof faultKinds)[number];

const faultRuleSchema = z
  .object({
    on: z.union([z.enum(faultRoutes), z.array(z.enum(faultRoutes)).min(1)]),
    fault: z.enum(faultKinds),
    status: z.number().int().min(400).max(599).optional(),
    probability: z.number().min(0).max(1).optional(),
    at: z.array(z.number().int().min(1)).optional(),
    count: z.number().int().min(1).optional(),
    every: z.number().int().min(1).optional(),
    delayMs: z.number().min(0).optional(),
    retryAfterSeconds: z.number().min(0).optional(),
  })
  .strict()
  .refine((r) => r.fault !== 'status' || r.status !== undefined, {
    message: "fault 'status' needs a status",
  })
  .refine((r) => r.probability !== undefined || r.at !== undefined || r.every !== undefined, {
    message: 'a rule needs probability, at or every',
  })
  .refine((r) => !r.fault.endsWith('-video') || [r.on].flat().every((on) => on === 'create'), {
    message: "a '*-video' fault acts on 'create' only (the task's video is made bad)",
  });

const faultSpecSchema = z.object({ rules: z.array(faultRuleSchema) }).strict();

/** A fault rule. `at` (1-based request numbers on the route) with `count` makes bursts; `every: n` fires on each n-th. */
export type FaultRule = z.infer<typeof faultRuleSchema>;
/** The `faults` option and the `--faults FILE.json` format: `{ "rules": [...] }`. */
export type FaultSpec = z.infer<typeof faultSpecSchema>;

/** Parses a faults document, throwing an error that names the bad field. */
export function parseFaultSpec(value: unknown): FaultSpec {
  const result = faultSpecSchema.safeParse(value);
  if (!result.success) {
    throw new Error(`invalid faults: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Decides, per request, which rules fire. Counters are per route and count every request on it. */
export class FaultInjector {
  readonly #rules: FaultRule[];
  readonly #random: Random;
  readonly #counters = new Map<FaultRoute, number>();
  constructor(spec: FaultSpec | undefined, random: Random) {
    this.#rules = spec ? parseFaultSpec(spec).rules : [];
    this.#random = random;
  }
  /** Counts one request on `route` and returns the rules firing for it, in spec order. */
  next(route: FaultRoute): FaultRule[] {
    const n = (this.#counters.get(route) ?? 0) + 1;
    this.#counters.set(route, n);
    return this.#rules.filter((rule) => {
      const routes = Array.isArray(rule.on) ? rule.on : [rule.on];
      if (!routes.includes(route)) return false;
      const count = rule.count ?? 1;
      if (rule.at?.some((a) => n >= a && n < a + count)) return true;
      if (rule.every !== undefined && n % rule.every === 0) return true;
      return rule.probability !== undefined && this.#random() < rule.probability;
    });
  }
}
