import { z } from 'zod';
import { UnexpectedResponseError } from '../errors/request-errors.ts';

/**
 * The balance behind a key, from `GET /v1/credits`
 * (docs.evolink.ai/en/api-manual/account-management/get-credits):
 * `{ success, message, data: { token: { remaining_credits, unlimited_credits, used_credits },
 * user: { remaining_credits, used_credits } } }`.
 */
export interface Credits {
  /**
   * What this key can still spend: the account's balance, capped by the key's own limit
   * unless the key is unlimited.
   */
  available: number;
  /** The account's balance (shared by every key of the account). */
  accountRemaining: number;
  /** What the key may still spend under its own limit; `undefined` when it has none. */
  keyRemaining: number | undefined;
  /** Credits this key has used. */
  keyUsed: number;
}

const amount = z.number().refine(Number.isFinite, 'must be a finite number');

const creditsSchema = z.looseObject({
  data: z.looseObject({
    token: z.looseObject({
      remaining_credits: amount.nullish(),
      unlimited_credits: z.boolean().nullish(),
      used_credits: amount.nullish(),
    }),
    user: z.looseObject({
      remaining_credits: amount,
      used_credits: amount.nullish(),
    }),
  }),
});

/** Reads the documented credits body, or throws `UnexpectedResponseError`. */
export function parseCredits(body: unknown, requestId: string | undefined): Credits {
  const result = creditsSchema.safeParse(body);
  if (!result.success) {
    const where = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
      .join('; ');
    throw new UnexpectedResponseError(`GET /v1/credits did not look like a balance (${where})`, {
      requestId,
      cause: result.error,
    });
  }
  const { token, user } = result.data.data;
  const keyRemaining =
    token.unlimited_credits === true ? undefined : (token.remaining_credits ?? undefined);
  return {
    available: Math.max(0, Math.min(user.remaining_credits, keyRemaining ?? Infinity)),
    accountRemaining: user.remaining_credits,
    keyRemaining,
    keyUsed: token.used_credits ?? 0,
  };
}
