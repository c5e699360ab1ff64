import { ApiError } from '../http/api-error.ts';

/** Per-key credit balances: reserve on create, refund on failure. */
export class Ledger {
  readonly #balances = new Map<string, number>();
  readonly #used = new Map<string, number>();
  readonly #initial: number;
  constructor(initial: number) {
    this.#initial = initial;
  }
  balance(key: string): number {
    return this.#balances.get(key) ?? this.#initial;
  }
  /** Takes `amount` from `key`'s balance, or throws 402 `insufficient_quota` if it would go below zero. */
  reserve(key: string, amount: number): void {
    const balance = this.balance(key);
    if (balance - amount < 0) {
      throw new ApiError(402, {
        code: 'insufficient_quota',
        message: 'Insufficient quota. Please top up your account.',
        type: 'insufficient_quota_error',
      });
    }
    this.#balances.set(key, round(balance - amount));
    this.#used.set(key, round(this.used(key) + amount));
  }
  refund(key: string, amount: number): void {
    this.#balances.set(key, round(this.balance(key) + amount));
    this.#used.set(key, round(this.used(key) - amount));
  }
  /** Credits reserved or charged and not refunded. */
  used(key: string): number {
    return this.#used.get(key) ?? 0;
  }
}

/**
 * `GET /v1/credits` in the documented shape
 * (docs.evolink.ai/en/api-manual/account-management/get-credits). Each simulated key is its
 * own account, with no key limit of its own (`unlimited_credits: true`).
 */
export function creditsBody(ledger: Ledger, key: string): unknown {
  const remaining = ledger.balance(key);
  const used = ledger.used(key);
  return {
    data: {
      token: { remaining_credits: remaining, unlimited_credits: true, used_credits: used },
      user: { remaining_credits: remaining, used_credits: used },
    },
    message: '',
    success: true,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
