import { describe, expect, it, vi } from 'vitest';
import { type ActionIo, coreIo, redactingIo } from './action-io.ts';

describe('redactingIo', () => {
  it('keeps the key (raw, JSON-escaped, URL-encoded) out of lines, outputs and the job summary', async () => {
    const key = 'sk-io/"secret"+1';
    const said: string[] = [];
    const record =
      (kind: string) =>
      (...args: unknown[]) => {
        said.push(`${kind}:${args.map(String).join('|')}`);
      };
    const io: ActionIo = {
      info: record('info'),
      warning: record('warning'),
      notice: record('notice'),
      error: record('error'),
      setSecret: record('secret'),
      setOutput: record('output'),
      group: (title, lines) => said.push(`group:${title}|${lines.join('|')}`),
      writeSummary: async (md) => {
        said.push(`summary:${md}`);
      },
      setFailed: record('failed'),
    };
    const r = redactingIo(io, [key]);
    r.setSecret(key);
    r.info(`raw ${key}`);
    r.warning(JSON.stringify({ m: key }));
    r.setOutput('videos', JSON.stringify([{ error: `bad ${key}` }]));
    r.group(`g ${encodeURIComponent(key)}`, [`line ${key}`]);
    await r.writeSummary(`| ${key} |`);
    r.setFailed(`failed ${key}`);
    expect(said).toEqual([
      `secret:${key}`,
      'info:raw ***',
      'warning:{"m":"***"}',
      'output:videos|[{"error":"bad ***"}]',
      'group:g ***|line ***',
      'summary:| *** |',
      'failed:failed ***',
    ]);
  });
});

describe('coreIo', () => {
  it('no log line, annotation or failure made from hostile text can be read as a workflow command', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const exitCode = process.exitCode;
    const hostile = [
      'prompts/x.md\n::add-mask::oops',
      'ok ##[add-mask]token',
      '::stop-commands::pwned',
      'a\r::error::forged',
      '  ::warning file=a.md::b',
    ];
    try {
      for (const text of hostile) {
        coreIo.info(text);
        coreIo.warning(text);
        coreIo.notice(text);
        coreIo.error(text, { title: text, file: text, startLine: 1 });
        coreIo.setFailed(text);
        coreIo.group(text, [text]);
      }
    } finally {
      spy.mockRestore();
      process.exitCode = exitCode;
    }
    const lines = written.join('').split(/\r\n|\r|\n/);
    // Ours: warning, notice, error, the failure (an error), group and endgroup per text.
    const ours = /^::(warning|notice|error|group|endgroup)(::| )/;
    for (const line of lines) {
      expect(line.includes('##['), line).toBe(false);
      if (/^\s*::/.test(line)) expect(line, line).toMatch(ours);
    }
    // Each of ours carries its data escaped: no forged command after the first `::`.
    const commands = lines.filter((l) => ours.test(l));
    expect(commands).toHaveLength(hostile.length * 6);
    for (const line of commands)
      expect(line.replace(ours, '')).not.toMatch(/::(add-mask|stop-commands|error|set-output)::/);
  });
});
