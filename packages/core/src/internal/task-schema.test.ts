import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.ts';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import { lenientNumber, parseTask } from './task-schema.ts';

const create = { what: 'POST /v1/videos/generations' };
const query = { what: 'GET /v1/tasks/t' };

describe('parseTask, lenient where a field is not needed to act', () => {
  it('reads numbers sent as strings, and ignores nulls and unknown fields', () => {
    const task = parseTask(
      {
        id: 'task-unified-1-a',
        status: 'processing',
        progress: '45',
        created: '1700000000',
        model: null,
        object: 7,
        task_info: { estimated_time: '93', video_duration: null, can_cancel: 'yes', eta: 3 },
        usage: { credits_reserved: '12.5', billing_rule: null },
        queue_position: '4',
        something_new: { nested: true },
      },
      query,
    );
    expect(task).toMatchObject({
      id: 'task-unified-1-a',
      status: 'processing',
      progress: 45,
      created: 1_700_000_000,
      model: '',
      task_info: { estimated_time: 93, eta: 3 },
      usage: { credits_reserved: 12.5 },
      queue_position: '4',
      something_new: { nested: true },
    });
    expect(task.object).toBeUndefined();
    expect(task.task_info?.video_duration).toBeUndefined();
    expect(task.task_info?.can_cancel).toBeUndefined();
  });

  it('treats unreadable numbers and a task_info that is not an object as absent', () => {
    const task = parseTask(
      {
        id: 'a',
        status: 'pending',
        progress: 'soon',
        created: { at: 1 },
        task_info: 'n/a',
        error: 42,
      },
      query,
    );
    expect(task.progress).toBe(0);
    expect(task.created).toBe(0);
    expect(task.task_info).toBeUndefined();
    expect(task.error).toBeUndefined();
  });

  it('never refuses a create whose task id is present (the server made and bills it)', () => {
    const variants: unknown[] = [
      { id: 'task-unified-1-a', status: 'pending', task_info: { estimated_time: '93' } },
      { id: 'task-unified-1-a' },
      { id: 'task-unified-1-a', status: null, progress: null, created: null, results: 'x' },
      { id: 'task-unified-1-a', status: 3, usage: { credits_reserved: -5 } },
      { id: 'task-unified-1-a', status: '', usage: { credits_reserved: 1e12 }, task_info: [] },
    ];
    for (const body of variants) {
      const task = parseTask(body, create);
      expect(task.id).toBe('task-unified-1-a');
      expect(typeof task.status).toBe('string');
      expect(task.status).not.toBe('');
    }
    expect(parseTask(variants[0], create).task_info?.estimated_time).toBe(93);
    expect(parseTask(variants[1], create).status).toBe('pending');
    expect(parseTask(variants[3], create).usage?.credits_reserved).toBeUndefined();
  });

  it('still refuses an answer without a task id, and a query without a status', () => {
    expect(() => parseTask({ status: 'pending' }, create)).toThrow(UnexpectedResponseError);
    expect(() => parseTask({ id: '', status: 'pending' }, create)).toThrow(/id/);
    expect(() => parseTask('task-1', create)).toThrow(UnexpectedResponseError);
    expect(() => parseTask({ id: 'a' }, query)).toThrow(/status/);
  });

  it('keeps absurd credits an error on a query or a callback (they settle a budget)', () => {
    for (const credits_used of [-5, 1e12, 'lots']) {
      expect(() =>
        parseTask({ id: 'a', status: 'completed', usage: { credits_used } }, query),
      ).toThrow(UnexpectedResponseError);
    }
    const task = parseTask({ id: 'a', status: 'completed', usage: { credits_used: '7' } }, query);
    expect(task.usage?.credits_used).toBe(7);
  });
});

describe('lenientNumber', () => {
  it('reads finite numbers and numeric strings only', () => {
    expect(lenientNumber(93)).toBe(93);
    expect(lenientNumber(' 93 ')).toBe(93);
    expect(lenientNumber('1.5e2')).toBe(150);
    expect(lenientNumber('-2')).toBe(-2);
    for (const v of [
      '',
      ' ',
      '93s',
      '0x10',
      'Infinity',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      true,
      [],
      {},
    ]) {
      expect(lenientNumber(v), JSON.stringify(v)).toBeUndefined();
    }
  });
});

describe('videos.create over HTTP', () => {
  it('returns the task when the create answer says estimated_time "93"', async () => {
    let creates = 0;
    const server = createServer((req, res) => {
      creates += 1;
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'task-unified-1700000000-abcd1234',
          object: 'video.generation.task',
          model: 'sora-2',
          status: 'pending',
          progress: 0,
          created: 1_700_000_000,
          task_info: { can_cancel: true, estimated_time: '93', video_duration: '10' },
          usage: { billing_rule: 'per_call', credits_reserved: '7', user_group: 'default' },
        }),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = createClient({ apiKey: 'k', baseUrl: url, env: {}, maxRetries: 0 });
      const task = await client.videos.create({ model: 'sora-2', prompt: 'a lighthouse' });
      expect(task.id).toBe('task-unified-1700000000-abcd1234');
      expect(task.task_info?.estimated_time).toBe(93);
      expect(task.usage?.credits_reserved).toBe(7);
      expect(creates).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
