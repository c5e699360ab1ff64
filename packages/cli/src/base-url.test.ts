import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIo } from '../test/test-io.ts';
import { exitCodes } from './exit-codes.ts';
import { runCli } from './run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clipwright-base-url-'));
  await mkdir(join(dir, 'prompts'));
  await writeFile(
    join(dir, 'prompts', 'boat.md'),
    '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA paper boat.\n',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI with a client factory that records whether a client was ever made. */
async function run(args: string[], env: Record<string, string>) {
  const io = testIo({ cwd: dir, env: { EVOLINK_API_KEY: 'sk-test-key', ...env } });
  let clients = 0;
  const code = await runCli(args, io, {
    createClient: () => {
      clients += 1;
      throw new Error('no client may be made for a refused base URL');
    },
  });
  return { code, clients, err: io.err(), out: io.out() };
}

describe('an invalid base URL', () => {
  for (const command of ['generate', 'doctor']) {
    for (const [value, shown] of [
      ['ftp://api.evolink.ai', '"ftp://api.evolink.ai"'],
      ['not a url', '"not a url"'],
    ] as const) {
      it(`in --base-url is refused by \`${command}\` with the flag named, exit 2, nothing sent: ${value}`, async () => {
        const r = await run([command, '--base-url', value], {});
        expect(r.code).toBe(exitCodes.invalidInput);
        expect(r.clients).toBe(0);
        expect(r.err).toContain(`--base-url is not an http(s) URL: ${shown}`);
        expect(r.err).toContain('Nothing was sent.');
      });
    }
  }

  it('in EVOLINK_BASE_URL is refused with the variable named', async () => {
    const r = await run(['generate'], { EVOLINK_BASE_URL: 'ftp://api.evolink.ai' });
    expect(r.code).toBe(exitCodes.invalidInput);
    expect(r.clients).toBe(0);
    expect(r.err).toContain('EVOLINK_BASE_URL is not an http(s) URL: "ftp://api.evolink.ai"');
    expect(r.err).toContain('or unset it');
  });
});

describe('{{ version }} without --tag', () => {
  it('is a located problem whose fix names --tag', async () => {
    await writeFile(
      join(dir, 'prompts', 'release.md'),
      '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nRelease {{ version }} in white type.\n',
    );
    try {
      const io = testIo({ cwd: dir });
      expect(await runCli(['validate'], io)).toBe(exitCodes.invalidInput);
      expect(io.err()).toMatch(/prompts\/release\.md:5:\d+ .*`\{\{ version \}\}` has no value/);
      expect(io.err()).toContain('`--tag v1.2.0`');
    } finally {
      await rm(join(dir, 'prompts', 'release.md'));
    }
  });
});
