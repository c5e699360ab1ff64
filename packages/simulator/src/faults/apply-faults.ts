import type { ServerResponse } from 'node:http';
import type { SimContext } from '../context.ts';
import { rateLimited, serverError } from '../http/api-error.ts';
import { resetConnection, sendError } from '../http/respond.ts';
import { type VideoFault, videoFaults } from '../mp4/video-faults.ts';
import type { FaultKind, FaultRoute, FaultRule } from './faults.ts';

/** Faults that act before the route's own work; the others are left for the route. */
const early: ReadonlySet<FaultKind> = new Set(['slow-headers', 'status', 'reset']);

export function countFault(ctx: SimContext, kind: string): void {
  ctx.counters.faults[kind] = (ctx.counters.faults[kind] ?? 0) + 1;
}

/**
 * Draws the faults for one request on `route` and applies the early ones. Returns
 * undefined when the request was answered (or dropped), else the remaining rules.
 */
export async function applyEarlyFaults(
  ctx: SimContext,
  route: FaultRoute,
  res: ServerResponse,
): Promise<FaultRule[] | undefined> {
  const rules = ctx.faults.next(route);
  for (const rule of rules) {
    if (!early.has(rule.fault)) continue;
    countFault(ctx, rule.fault === 'status' ? `status-${rule.status}` : rule.fault);
    if (rule.fault === 'slow-headers') {
      await ctx.clock.sleep(rule.delayMs ?? 30_000, ctx.closing).catch(() => undefined);
      continue;
    }
    if (rule.fault === 'reset') {
      resetConnection(res);
      return undefined;
    }
    if (rule.status === 429) {
      ctx.counters.rateLimited++;
      // Retry-After is in simulated seconds, like every other time the simulator reports.
      sendError(
        res,
        rateLimited(ctx.retryAfterHeader ? (rule.retryAfterSeconds ?? 60) : undefined),
      );
      return undefined;
    }
    sendError(res, serverError(rule.status ?? 500));
    return undefined;
  }
  return rules.filter((r) => !early.has(r.fault));
}

export const has = (rules: readonly FaultRule[], kind: FaultKind) =>
  rules.some((r) => r.fault === kind);

/**
 * The video fault among a create's `rules` (`black-video` and the like), counted, or
 * undefined. The first one wins when several fire.
 */
export function takeVideoFault(
  ctx: SimContext,
  rules: readonly FaultRule[],
): VideoFault | undefined {
  for (const rule of rules) {
    const kind = rule.fault.endsWith('-video') ? rule.fault.slice(0, -'-video'.length) : '';
    if ((videoFaults as readonly string[]).includes(kind)) {
      countFault(ctx, rule.fault);
      return kind as VideoFault;
    }
  }
  return undefined;
}
