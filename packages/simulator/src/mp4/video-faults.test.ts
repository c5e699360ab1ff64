import { describe, expect, it } from 'vitest';
import type { SimContext } from '../context.ts';
import { takeVideoFault } from '../faults/apply-faults.ts';
import { FaultInjector, parseFaultSpec } from '../faults/faults.ts';
import type { ResolvedParams } from '../models/sim-model.ts';
import { taskVideoSpec } from './task-video.ts';
import { videoFaultDirective } from './video-faults.ts';

const params = (extras: Record<string, unknown> = {}): ResolvedParams => ({
  duration: 6,
  aspectRatio: '9:16',
  quality: '1080p',
  removeWatermark: undefined,
  extras,
});

describe('video faults', () => {
  it('are fault kinds a rule on create can name, and only on create', () => {
    for (const fault of ['short', 'wrong-aspect', 'silent', 'black', 'frozen']) {
      expect(
        parseFaultSpec({ rules: [{ on: 'create', fault: `${fault}-video`, at: [1] }] }).rules,
      ).toHaveLength(1);
    }
    expect(() =>
      parseFaultSpec({ rules: [{ on: 'download', fault: 'black-video', every: 1 }] }),
    ).toThrow(/acts on 'create' only/);
  });

  it('takeVideoFault picks the video fault among the rules that fired, and counts it', () => {
    const injector = new FaultInjector(
      {
        rules: [
          { on: 'create', fault: 'malformed-json', at: [1] },
          { on: 'create', fault: 'frozen-video', at: [1, 3] },
        ],
      },
      () => 0.5,
    );
    const ctx = { counters: { faults: {} } } as unknown as SimContext;
    expect(takeVideoFault(ctx, injector.next('create'))).toBe('frozen');
    expect(takeVideoFault(ctx, injector.next('create'))).toBeUndefined();
    expect(takeVideoFault(ctx, injector.next('create'))).toBe('frozen');
    expect(ctx.counters.faults).toEqual({ 'frozen-video': 2 });
  });

  it('a prompt can name one with sim:video=<fault>', () => {
    expect(videoFaultDirective('a cat sim:video=wrong-aspect')).toBe('wrong-aspect');
    expect(videoFaultDirective('a cat sim:video=purple')).toBeUndefined();
    expect(videoFaultDirective('a cat')).toBeUndefined();
  });
});

describe('taskVideoSpec', () => {
  it('paints the task prompt at its size, with sound when generate_audio is on', () => {
    expect(taskVideoSpec({ prompt: 'a cat', params: params({ generate_audio: true }) })).toEqual({
      aspectRatio: '9:16',
      duration: 6,
      quality: '1080p',
      prompt: 'a cat',
      sound: true,
    });
    expect(taskVideoSpec({ prompt: 'a cat', params: params() }).sound).toBe(false);
    expect(
      taskVideoSpec({ prompt: 'a cat', params: params({ generate_audio: false }) }).sound,
    ).toBe(false);
  });

  it('carries the fault drawn for the task, else the one its prompt names', () => {
    expect(taskVideoSpec({ prompt: 'x sim:video=black', params: params() }).fault).toBe('black');
    expect(
      taskVideoSpec({ prompt: 'x sim:video=black', params: params(), videoFault: 'short' }).fault,
    ).toBe('short');
  });
});
