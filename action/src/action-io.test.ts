import { describe, expect, it } from 'vitest';
import { type ActionIo, redactingIo } from './action-io.ts';

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
