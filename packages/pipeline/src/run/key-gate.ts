/**
 * Creates go one at a time until the API has accepted the key once; after that, as many as
 * the run's concurrency allows. A refused key (401, or 403) then costs one create reaching
 * the server, not one per job already in flight. Written by hand: a promise chain of a few
 * lines that must let every waiter through at once when the key is accepted, which a
 * concurrency limiter (p-limit) does not do.
 */
export class KeyGate {
  #accepted = false;
  #tail: Promise<void> = Promise.resolve();

  /** The API answered a request with this key without refusing it. */
  accept(): void {
    this.#accepted = true;
  }

  /** Runs `fn` alone while the key is unproven, at once after. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#accepted) return fn();
    const before = this.#tail;
    let release = () => {};
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await before;
    if (this.#accepted) {
      release();
      return fn();
    }
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
