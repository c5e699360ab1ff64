import { describe, expect, it } from 'vitest';
import { KeyGate } from './key-gate.ts';

/** A task that ends when the test says. */
function deferred() {
  let end = () => {};
  const done = new Promise<void>((resolve) => {
    end = resolve;
  });
  return { done, end };
}

describe('KeyGate', () => {
  it('runs one at a time until the key is accepted, then lets every waiter through', async () => {
    const gate = new KeyGate();
    const running = new Set<string>();
    const most = { value: 0 };
    const first = deferred();
    const job = (name: string, work: Promise<void>, accept = false) =>
      gate.run(async () => {
        running.add(name);
        most.value = Math.max(most.value, running.size);
        await work;
        if (accept) gate.accept();
        running.delete(name);
      });
    const a = job('a', first.done, true);
    const later = [deferred(), deferred(), deferred()];
    const rest = later.map((d, i) => job(`w${i}`, d.done));
    await new Promise((resolve) => setImmediate(resolve));
    expect([...running]).toEqual(['a']);
    first.end();
    await a;
    await new Promise((resolve) => setImmediate(resolve));
    expect(running.size).toBe(3); // accepted: the three waiters run together
    for (const d of later) d.end();
    await Promise.all(rest);
    expect(most.value).toBe(3);
  });

  it('a refusal (no accept) keeps the next one alone, and a throw releases the gate', async () => {
    const gate = new KeyGate();
    const order: string[] = [];
    const refused = gate.run(async () => {
      order.push('a');
      throw new Error('401');
    });
    const next = gate.run(async () => {
      order.push('b');
    });
    await expect(refused).rejects.toThrow('401');
    await next;
    expect(order).toEqual(['a', 'b']);
  });
});
