import { DEFAULT_API_KEY, startSimulator } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../action/test/run-action.ts';
import { prompt, writeRepo } from './scenario.ts';

/** Lines the runner would run as a workflow command that the action did not mean to issue. */
function injected(stdout: string): string[] {
  return stdout
    .split(/\r\n|\r|\n/)
    .filter((line) => /^\s*::[\w-]*(\s[^:]*)?::pwned/.test(line) || line.includes('##['));
}

describe('logs: nothing the repository names can start a workflow command', {
  timeout: 60_000,
}, () => {
  it('names with newlines, `::` and `##[` are printed inert; the refused one costs nothing', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const workspace = await writeRepo({
        'prompts/ok\n::add-mask::pwned\n::stop-commands::pwned\n::error::pwned.md': prompt('A.'),
        'prompts/##[add-mask]pwned.md': prompt('A kite.'),
      });
      const run = await runAction({
        workspace,
        event: { name: 'push', payload: {} },
        inputs: { 'api-key': DEFAULT_API_KEY, 'base-url': sim.url, upload: 'none', cache: 'false' },
      });
      // The name with control characters is refused at validate time (never created); the
      // valid one is made once; the step fails for the refused one.
      expect(run.code).toBe(1);
      expect(sim.stats().creates).toBe(1);
      expect(run.stdout).toContain('control character');
      expect(injected(run.stdout)).toEqual([]);
      expect(run.stdout.replaceAll('\u200B', '')).toContain('##[add-mask]pwned');
    } finally {
      await sim.close();
    }
  });
});
