import { describe, expect, it } from 'vitest';
import { ClipwrightError } from '../errors/clipwright-error.ts';
import { UnexpectedResponseError } from '../errors/request-errors.ts';
import type { Task } from '../types.ts';
import { parseCallback } from './parse-callback.ts';
import { videoUrl } from './video-url.ts';

const base: Task = {
  id: 'task-1',
  model: 'sora-2',
  status: 'completed',
  progress: 100,
  created: 1,
};

describe('videoUrl', () => {
  it('takes results[0]', () => {
    expect(videoUrl({ ...base, results: ['https://cdn/a.mp4', 'https://cdn/b.jpg'] })).toBe(
      'https://cdn/a.mp4',
    );
  });
  it('falls back to result_data as an array or one object', () => {
    expect(
      videoUrl({ ...base, result_data: [{ image_url: 'i' }, { video_url: 'https://cdn/v.mp4' }] }),
    ).toBe('https://cdn/v.mp4');
    expect(videoUrl({ ...base, result_data: { video_url: 'https://cdn/o.mp4' } })).toBe(
      'https://cdn/o.mp4',
    );
  });
  it('refuses a completed task without a link', () => {
    expect(() => videoUrl({ ...base, results: [] })).toThrow(UnexpectedResponseError);
  });
  it('refuses an unfinished task', () => {
    expect(() => videoUrl({ ...base, status: 'processing' })).toThrow(ClipwrightError);
  });
});

describe('parseCallback', () => {
  const body = {
    created: 1757169743,
    id: 'task-unified-1757169743-7cvnl5zw',
    model: 'sora-2-beta-max',
    object: 'video.generation.task',
    progress: 100,
    status: 'completed',
    results: ['https://cdn/v.mp4'],
    task_info: { can_cancel: false, estimated_time: 0 },
    usage: { billing_rule: 'per_call', credits_reserved: 7, credits_used: 7 },
    brand_new_field: { kept: true },
  };
  it('parses a JSON string, bytes or an object, keeping unknown fields', () => {
    for (const input of [
      JSON.stringify(body),
      new TextEncoder().encode(JSON.stringify(body)),
      body,
    ]) {
      const task = parseCallback(input);
      expect(task.id).toBe(body.id);
      expect(task.results).toEqual(body.results);
      expect(task.brand_new_field).toEqual({ kept: true });
    }
  });
  it('turns a numeric error code into a string', () => {
    const task = parseCallback({ ...body, status: 'failed', error: { code: 1001, message: 'x' } });
    expect(task.error).toEqual({ code: '1001', message: 'x' });
  });
  it('rejects what is not a task', () => {
    expect(() => parseCallback('not json')).toThrow(UnexpectedResponseError);
    expect(() => parseCallback({ id: 5 })).toThrow(UnexpectedResponseError);
  });
});
