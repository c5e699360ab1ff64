import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { json } from '../test/test-helpers.ts';

const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));

/** Starts the bin; resolves with it and its first lines (listening, key, base URL). */
async function startBin(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['--conditions=source', bin, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: string) => {
      out += d;
      if (out.split('\n').length > 3) resolve(out);
    });
    child.once('exit', () => reject(new Error(`exited early: ${out}`)));
  });
  const url = (line.split('\n')[0] ?? '').replace('listening on ', '');
  return { child, line, url, out: () => out };
}

describe('bin', () => {
  it('prints the listening line and the key to use, serves, and exits 0 on SIGTERM', async () => {
    const { child, line, url, out } = await startBin(['--time-scale', '100']);
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(line).toBe(
      `listening on ${url}\nexport EVOLINK_API_KEY=sk-sim-clipwright-demo\nexport EVOLINK_BASE_URL=${url}\n`,
    );
    const stats = await json(fetch(`${url}/__sim/stats`));
    expect(stats.creates).toBe(0);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(out()).toBe(line);
  });

  it('reads a relative --faults file from INIT_CWD, where `pnpm simulator` was typed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sim-bin-faults-'));
    try {
      const rules = [{ on: 'credits', fault: 'status', status: 503, every: 1 }];
      await writeFile(join(dir, 'faults.json'), JSON.stringify({ rules }));
      const { child, url } = await startBin(['--faults', 'faults.json', '--api-key', 'sk-own'], {
        ...process.env,
        INIT_CWD: dir,
      });
      const headers = { authorization: 'Bearer sk-own' };
      expect((await fetch(`${url}/v1/credits`, { headers })).status).toBe(503);
      child.kill('SIGTERM');
      await once(child, 'exit');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
