import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan, toPlanOptions } from '@clipwright/pipeline';
import { describe, expect, it } from 'vitest';
import { parseInputs } from './inputs.ts';
import { planInput } from './plan-input.ts';

describe('a prompt with {{ version }} on a push (no tag)', () => {
  it('is a located problem whose fix names the release-tag input', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cw-plan-input-'));
    try {
      await writeFile(
        join(root, 'promo.prompt.md'),
        '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nRelease {{ version }} in white type.\n',
      );
      const plan = await loadPlan(toPlanOptions(planInput(parseInputs({ env: {} }), root)));
      expect(plan.problems).toHaveLength(1);
      expect(plan.problems[0]).toMatchObject({ file: 'promo.prompt.md', line: 5 });
      expect(plan.problems[0]?.message).toContain('{{ version }}');
      expect(plan.problems[0]?.fix).toContain('`release-tag` input');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
