import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEFAULT_API_KEY } from '@clipwright/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';

const run = promisify(execFile);
const indexUrl = new URL('../index.ts', import.meta.url).href;
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

// The client as another program uses it: a separate Node process whose own flags differ from
// ours. The hasher's worker must not take its module kind from those flags.
const script = (baseUrl: string, task: unknown, dest: string) => `
const { createClient } = await import(${JSON.stringify(indexUrl)});
const client = createClient({ apiKey: ${JSON.stringify(DEFAULT_API_KEY)}, baseUrl: ${JSON.stringify(baseUrl)}, env: {} });
const task = ${JSON.stringify(task)};
const result = await client.download(task, ${JSON.stringify(dest)});
process.stdout.write(JSON.stringify({ sha256: result.sha256, bytes: result.bytes }));
`;

describe('client.download in a host process with its own flags', () => {
  it.each([['--input-type=module'], ['--input-type=commonjs']])(
    'downloads and hashes under node %s',
    async (flag) => {
      const sim = await testSimulator({ resultBytes: 300_000 });
      const task = await testClient(sim).client.videos.generate({
        model: 'sora-2-beta-max',
        prompt: 'a lighthouse sim:seconds=4',
      });
      const dir = await mkdtemp(join(tmpdir(), 'clipwright-host-'));
      dirs.push(dir);
      const dest = join(dir, 'a.mp4');
      const source =
        flag === '--input-type=commonjs'
          ? `(async () => {${script(sim.url, task, dest)}})();`
          : script(sim.url, task, dest);
      const { stdout } = await run(process.execPath, [flag, '-e', source], {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
      });
      const file = await readFile(dest);
      const out = JSON.parse(stdout) as { sha256: string; bytes: number };
      expect(out.bytes).toBe(file.length);
      expect(file.length).toBeGreaterThan(0);
      expect(out.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    },
  );
});
