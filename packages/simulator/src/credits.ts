import { ApiError } from './api-error.ts';

/** Per-key credit balances: reserve on create, refund on failure. */
export class Ledger {
  readonly #balances = new Map<string, number>();
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
  }
  refund(key: string, amount: number): void {
    this.#balances.set(key, round(this.balance(key) + amount));
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
