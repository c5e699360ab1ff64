import { hello } from '@clipwright/core';
export const greet = (): string => hello('pipeline');
