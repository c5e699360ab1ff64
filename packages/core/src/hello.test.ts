import { expect, it } from 'vitest';
import { hello } from './hello.ts';

it('greets', () => {
  expect(hello('x')).toBe('hello x');
});
