import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const actionDir = join(import.meta.dirname, '..');

it('documents every input and output of action.yml in the README, and nothing else', async () => {
  const action = parse(await readFile(join(actionDir, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };
  const readme = await readFile(join(actionDir, 'README.md'), 'utf8');
  const section = (title: string) => {
    const start = readme.indexOf(`## ${title}`);
    const end = readme.indexOf('\n## ', start + 1);
    const rows = readme.slice(start, end === -1 ? undefined : end).matchAll(/^\| `([^`]+)` \|/gm);
    return [...rows].map((m) => m[1]);
  };
  expect(section('Inputs')).toEqual(Object.keys(action.inputs));
  expect(section('Outputs')).toEqual(Object.keys(action.outputs));
});
