import { expect, it } from 'vitest';
import { greet } from './index.ts';

it('greets through core', () => {
  expect(greet()).toBe('hello pipeline');
});
