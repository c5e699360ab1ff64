import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { json } from './test-helpers.ts';

describe('bin', () => {
  it('prints the listening line and the key to use, serves, and exits 0 on SIGTERM', async () => {
    const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--conditions=source', bin, '--port', '0', '--time-scale', '100'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: string) => {
        out += d;
        if (out.split('\n').length > 3) resolve(out);
      });
      child.once('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n/);
    const url = (line.split('\n')[0] ?? '').replace('listening on ', '');
    expect(line).toBe(
      `listening on ${url}\nexport EVOLINK_API_KEY=sk-sim-clipwright-demo\nexport EVOLINK_BASE_URL=${url}\n`,
    );
    const stats = await json(fetch(`${url}/__sim/stats`));
    expect(stats.creates).toBe(0);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(out).toBe(line);
  });
});
