import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestIo, testIo } from '../test/test-io.ts';
import { jsonTerminalSafe, terminalSafe } from './report/terminal-text.ts';
import { runCli } from './run-cli.ts';

// Written by the test as an attacker would: a clipboard write (OSC 52), a hidden link (OSC 8),
// (its file name has no slash) clear screen, an 8-bit CSI (C1), a carriage return that overwrites the line, and a bidi override.
const HOSTILE =
  'x\x1b]52;c;cm0gLXJmIH4=\x07\x1b]8;;evil.example\x07click\x1b]8;;\x07\x1b[2J\x9b31m\r\u202eend';
// Every control the sanitiser must show (tab and line feed are allowed).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the bytes under test.
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/;
/** The CLI's own colour and cursor sequences, allowed on a terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the bytes under test.
const OWN_ESCAPES = /\x1b\[\??[0-9;]*[A-HJKSTfhlmsu]/g;

let dir: string;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clipwright-hostile-'));
  const prompt = '---\nmodel: sora-2-pro-preview\nduration: 4\n---\nA paper boat.\n';
  await mkdir(join(dir, 'named', 'prompts'), { recursive: true });
  await writeFile(join(dir, 'named', 'prompts', `boat${HOSTILE}.md`), prompt);
  await mkdir(join(dir, 'served', 'prompts'), { recursive: true });
  await writeFile(join(dir, 'served', 'prompts', 'boat.md'), prompt);
  // A server that accepts the key and the balance check, and answers every create with an
  // error whose message is hostile.
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET' && req.url === '/v1/credits') {
      res.end(
        JSON.stringify({
          success: true,
          message: 'ok',
          data: {
            token: { remaining_credits: 1000, unlimited_credits: false, used_credits: 0 },
            user: { remaining_credits: 1000, used_credits: 0 },
          },
        }),
      );
      return;
    }
    if (req.method === 'GET' && req.url === '/v1/tasks/task-unified-1763700000-hostile1') {
      res.end(
        JSON.stringify({
          id: 'task-unified-1763700000-hostile1',
          object: 'video.generation.task',
          created: 1763700000,
          model: 'sora-2-pro-preview',
          status: 'failed',
          progress: 0,
          error: { code: 'content_policy_violation', message: `refused ${HOSTILE}` },
        }),
      );
      return;
    }
    res.statusCode = 400;
    res.end(
      JSON.stringify({
        error: {
          code: 'invalid_request',
          message: `refused ${HOSTILE}`,
          type: 'invalid_request_error',
        },
      }),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

function all(io: TestIo): string {
  return io.out() + io.err();
}

/** No control byte at all (a pipe, a log). */
function expectPlain(text: string): void {
  expect(text).not.toMatch(RAW_CONTROL);
  expect(text).toContain('\\x1b]52;c;cm0gLXJmIH4=\\x07');
  expect(text).toContain('\\x1b]8;;evil.example\\x07click');
  expect(text).toContain('\\x9b31m\\x0d\\u202eend');
}

/** On a terminal: the CLI's own colours and cursor moves, and nothing else raw. */
function expectTerminal(text: string): void {
  expect(text).not.toContain('\x1b[2J');
  expect(text.replace(OWN_ESCAPES, '')).not.toMatch(RAW_CONTROL);
  expect(text).toContain('\\x1b]52;c;cm0gLXJmIH4=\\x07');
}

const modes = [
  {
    mode: 'plain (a pipe)',
    tty: false,
    env: {} as Record<string, string>,
    expectShown: expectPlain,
  },
  {
    mode: 'a terminal, in colour',
    tty: true,
    env: { FORCE_COLOR: '1' },
    expectShown: expectTerminal,
  },
];

describe('a hostile file name', () => {
  for (const { mode, tty, env, expectShown } of modes) {
    for (const command of ['validate', 'plan']) {
      it(`reaches \`${command}\` as visible escapes, ${mode}`, async () => {
        const io = testIo({ cwd: join(dir, 'named'), tty, env });
        await runCli([command], io);
        expect(all(io)).toContain('boat');
        expectShown(all(io));
      });
    }
  }

  for (const command of ['validate', 'plan']) {
    it(`keeps its value in \`${command} --json\`, with no raw control byte`, async () => {
      const io = testIo({ cwd: join(dir, 'named') });
      await runCli([command, '--json'], io);
      expect(io.out()).not.toMatch(RAW_CONTROL);
      expect(io.out()).toContain('\\u001b]52;c;');
      expect(io.out()).toContain('\\u009b31m');
      expect(io.out()).toContain('\\u202eend');
      const parsed = JSON.parse(io.out().trim().split('\n').at(-1) as string) as {
        problems: Array<{ file: string }>;
      };
      expect(parsed.problems[0]?.file).toBe(`prompts/boat${HOSTILE}.md`);
    });
  }
});

describe('a hostile server error message in `generate`', () => {
  const env = (extra: Record<string, string> = {}) => ({
    EVOLINK_API_KEY: 'sk-test-key',
    ...extra,
  });
  for (const { mode, tty, env: extra, expectShown } of modes) {
    it(`is shown as visible escapes, ${mode}`, async () => {
      const io = testIo({ cwd: join(dir, 'served'), tty, env: env(extra) });
      await runCli(
        ['generate', '--base-url', baseUrl, '--state-dir', join(dir, `state-${tty}`)],
        io,
      );
      expect(all(io)).toContain('refused x');
      expectShown(all(io));
    });
  }

  it('keeps its value in `--json`, with no raw control byte', async () => {
    const io = testIo({ cwd: join(dir, 'served'), env: env() });
    await runCli(
      ['generate', '--json', '--base-url', baseUrl, '--state-dir', join(dir, 'state-json')],
      io,
    );
    expect(io.out()).not.toMatch(RAW_CONTROL);
    expect(io.err()).not.toMatch(RAW_CONTROL);
    const messages = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.stringify(JSON.parse(line)));
    expect(
      messages.some((m) => m.includes(JSON.stringify(`refused ${HOSTILE}`).slice(1, -1))),
    ).toBe(true);
  });
});

describe('a hostile task error in `status`', () => {
  for (const { mode, tty, env: extra, expectShown } of modes) {
    it(`is shown as visible escapes, ${mode}`, async () => {
      const io = testIo({ tty, env: { EVOLINK_API_KEY: 'sk-test-key', ...extra } });
      await runCli(['status', 'task-unified-1763700000-hostile1', '--base-url', baseUrl], io);
      expect(all(io)).toContain('refused x');
      expectShown(all(io));
    });
  }
});

describe('terminalSafe', () => {
  it('keeps text, tabs and line feeds, and shows every other control', () => {
    expect(terminalSafe('a\tb\nc é 日本')).toBe('a\tb\nc é 日本');
    expect(terminalSafe('\x1b[2J\x07\r\x7f\x9b\u202e')).toBe('\\x1b[2J\\x07\\x0d\\x7f\\x9b\\u202e');
  });

  it('keeps the value of a JSON text', () => {
    const json = JSON.stringify({ s: HOSTILE });
    expect(JSON.parse(jsonTerminalSafe(json))).toEqual({ s: HOSTILE });
    expect(jsonTerminalSafe(json)).not.toMatch(RAW_CONTROL);
  });
});
