import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { promptColour, promptTone } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import {
  colourAt,
  ffprobe,
  hostileVideo,
  lavfiVideo,
  near,
  requireFfmpeg,
  simulatorVideo,
  tempDir,
} from '../../test/media.ts';
import { assembleStoryboard, assemblyHash } from './assemble-storyboard.ts';
import { sha256File } from './check-delivery.ts';
import { type ProgramRunner, realProgramRunner } from './program-runner.ts';
import { planSegments, storyboardGraph } from './storyboard-graph.ts';
import { resolveStoryboard } from './storyboard-settings.ts';

requireFfmpeg();

const run = promisify(execFile);
const prompts = ['a lighthouse at dawn', 'a red kite over dunes', 'rain on a tin roof'];

/** Three simulator shots of 2 s (16:9, with sound), each painted from its prompt. */
async function threeShots(dir: string): Promise<string[]> {
  const colours = new Set(prompts.map((p) => JSON.stringify(promptColour(p))));
  expect(colours.size).toBe(3); // the test tells shots apart by colour
  return Promise.all(
    prompts.map((prompt, i) =>
      simulatorVideo(dir, `shot-${i + 1}.mp4`, {
        aspectRatio: '16:9',
        duration: 2,
        quality: '720p',
        prompt,
        sound: true,
      }),
    ),
  );
}

const crossfadeWithTitle = {
  width: 640,
  height: 360,
  transition: { kind: 'crossfade', seconds: 0.5 },
  titleCard: { text: 'Clipwright 1.2', seconds: 1 },
} as const;

/** The loudest level of the audio around `hz` (a narrow band-pass), dBFS. */
async function levelAt(file: string, hz: number): Promise<number> {
  const { stderr } = await run('ffmpeg', [
    ...['-hide_banner', '-i', file, '-map', '0:a', '-af', `bandpass=f=${hz}:w=30,volumedetect`],
    ...['-f', 'null', '-'],
  ]);
  return Number(/max_volume: (-?[\d.]+) dB/.exec(stderr)?.[1]);
}

describe('assembleStoryboard', () => {
  it('three shots with crossfades and a title card: one MP4, each frame from the right shot', async () => {
    const dir = await tempDir();
    const shots = await threeShots(dir);
    const out = path.join(dir, 'promo.mp4');
    const result = await assembleStoryboard(shots, out, crossfadeWithTitle);
    // 1 s card + 3 x 2 s shots - 3 overlaps of 0.5 s.
    expect(result.duration).toBe(5.5);
    expect(result.segments).toEqual([
      { kind: 'title', start: 0, duration: 1 },
      { kind: 'shot', shot: 0, start: 0.5, duration: 2 },
      { kind: 'shot', shot: 1, start: 2, duration: 2 },
      { kind: 'shot', shot: 2, start: 3.5, duration: 2 },
    ]);
    const info = await ffprobe(out);
    expect(Number(info.format.duration)).toBeCloseTo(5.5, 1);
    const video = info.streams.find((s) => s.codec_type === 'video');
    expect(video).toMatchObject({
      codec_name: 'h264',
      width: 640,
      height: 360,
      r_frame_rate: '24/1',
    });
    expect(Number(video?.duration)).toBeCloseTo(5.5, 2);
    expect(info.streams.find((s) => s.codec_type === 'audio')).toMatchObject({ codec_name: 'aac' });
    // The card (its black corner), then each shot where no fade covers it.
    expect(near(await colourAt(out, 0.25, { x: 8, y: 8 }), { y: 16, cb: 128, cr: 128 })).toBe(true);
    for (const [seconds, shot] of [
      [1.5, 0],
      [3, 1],
      [4.75, 2],
    ] as const) {
      const colour = await colourAt(out, seconds);
      expect({ seconds, near: near(colour, promptColour(prompts[shot] ?? '')) }).toEqual({
        seconds,
        near: true,
      });
    }
  });

  it('is deterministic: the same shots and settings give the same bytes', async () => {
    const dir = await tempDir();
    const shots = await threeShots(dir);
    const a = path.join(dir, 'a.mp4');
    const b = path.join(dir, 'b.mp4');
    const settings = {
      ...crossfadeWithTitle,
      endCard: { text: 'github.com/clipwright', seconds: 1 },
    };
    await assembleStoryboard(shots, a, settings);
    await assembleStoryboard(shots, b, settings);
    expect(await sha256File(b)).toBe(await sha256File(a));
    const c = path.join(dir, 'c.mp4');
    await assembleStoryboard(shots, c, { ...settings, transition: { kind: 'cut' } });
    expect(await sha256File(c)).not.toBe(await sha256File(a));
  });

  it('normalises shots of other sizes, rates and sound: letterboxed, 24 fps, silence where a shot has none', async () => {
    const dir = await tempDir();
    const wide = await lavfiVideo(
      path.join(dir, 'wide.mp4'),
      'color=c=red:s=320x240:r=30:d=2',
      'sine=f=440:d=2',
    );
    const tall = await lavfiVideo(path.join(dir, 'tall.mp4'), 'color=c=blue:s=144x256:r=25:d=2');
    const out = path.join(dir, 'out.mp4');
    const result = await assembleStoryboard([wide, tall], out, { width: 640, height: 360 });
    expect(result).toMatchObject({ duration: 4, hasAudio: true });
    const info = await ffprobe(out);
    expect(Number(info.format.duration)).toBeCloseTo(4, 1);
    expect(info.streams.find((s) => s.codec_type === 'video')).toMatchObject({
      width: 640,
      height: 360,
      r_frame_rate: '24/1',
    });
    const audio = info.streams.find((s) => s.codec_type === 'audio');
    expect(Number(audio?.duration)).toBeCloseTo(4, 1);
    // The 4:3 shot: bars left and right; the portrait one: wider bars.
    const black = { y: 16, cb: 128, cr: 128 };
    expect(near(await colourAt(out, 1, { x: 8, y: 176 }), black)).toBe(true);
    expect(near(await colourAt(out, 1, { x: 316, y: 176 }), black)).toBe(false);
    expect(near(await colourAt(out, 3, { x: 200, y: 176 }), black)).toBe(true);
    const [, blueCb = 0] = await colourAt(out, 3);
    expect(blueCb).toBeGreaterThan(200); // blue
  });

  it('card text reaches ffmpeg through a file: quotes, colons, brackets and %{…} are drawn, never parsed', async () => {
    const dir = await tempDir();
    const [shot = ''] = await threeShots(dir);
    const text = "v1.2: 'quoted' [x];y, z\\ %{pts} %{eif:1/0:d}\nline two";
    const real = realProgramRunner();
    const graphs: string[] = [];
    const recording: ProgramRunner = (program, args, bounds) => {
      if (program === 'ffmpeg') graphs.push(args[args.indexOf('-filter_complex') + 1] ?? '');
      return real(program, args, bounds);
    };
    const out = path.join(dir, 'out.mp4');
    const result = await assembleStoryboard(
      [shot],
      out,
      { width: 320, height: 180, titleCard: { text }, endCard: { text: '🎬 the end' } },
      { run: recording },
    );
    expect(result.duration).toBe(3 + 2 + 3); // two 3 s cards around the 2 s shot
    expect(graphs).toHaveLength(1);
    expect(graphs[0]).toContain('textfile=title-card.txt:expansion=none');
    for (const piece of ['quoted', '%{', 'line two', 'the end'])
      expect(graphs[0]).not.toContain(piece);
  });

  it('a sound track replaces the shots sound, or is mixed under it', async () => {
    const dir = await tempDir();
    const shots = await threeShots(dir);
    const track = path.join(dir, 'theme.wav');
    await run('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=f=2000:d=10',
      '-c:a',
      'pcm_s16le',
      track,
    ]);
    const shotTone = promptTone(prompts[0] ?? '');
    const replaced = path.join(dir, 'replaced.mp4');
    const mixed = path.join(dir, 'mixed.mp4');
    await assembleStoryboard(shots, replaced, { width: 320, height: 180, audio: { path: track } });
    await assembleStoryboard(shots, mixed, {
      width: 320,
      height: 180,
      audio: { path: track, mode: 'mix' },
    });
    const info = await ffprobe(replaced);
    expect(Number(info.streams.find((s) => s.codec_type === 'audio')?.duration)).toBeCloseTo(6, 1);
    expect(await levelAt(replaced, 2000)).toBeGreaterThan(-25);
    expect(await levelAt(replaced, shotTone)).toBeLessThan(-40);
    expect(await levelAt(mixed, 2000)).toBeGreaterThan(-25);
    expect(await levelAt(mixed, shotTone)).toBeGreaterThan(-25);
  });

  it('refuses, naming the shot, what cannot be assembled, before ffmpeg runs', async () => {
    const dir = await tempDir();
    const shots = await threeShots(dir);
    const runs: string[] = [];
    const real = realProgramRunner();
    const counting: ProgramRunner = (program, args, bounds) => {
      runs.push(program);
      return real(program, args, bounds);
    };
    const out = path.join(dir, 'out.mp4');
    await expect(
      assembleStoryboard(
        shots,
        out,
        { transition: { kind: 'crossfade', seconds: 1.5 } },
        { run: counting },
      ),
    ).rejects.toMatchObject({
      code: 'refused',
      message:
        'storyboard: shot 2 lasts 48 frames, too short for crossfades of 36 frames (needs 73)',
    });
    const huge = await hostileVideo(path.join(dir, 'huge.mp4'), '4096x4096', 0.25);
    await expect(
      assembleStoryboard([shots[0] ?? '', huge], out, {}, { run: counting }),
    ).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(
        /^shot 2 \(.*huge\.mp4\) is 4096x4096 \(16,777,216 pixels a frame\)/,
      ),
    });
    await expect(assembleStoryboard(shots, out, {}, { maxShots: 2 })).rejects.toThrow(
      'storyboard: 3 shots, more than the 2 one assembly takes',
    );
    await expect(assembleStoryboard(shots, out, { fps: 29 })).rejects.toThrow(
      'storyboard: fps must divide 48000',
    );
    await expect(assembleStoryboard(shots, out, { width: 641 })).rejects.toThrow(
      'width and height must be even',
    );
    await expect(assembleStoryboard(shots, out, { titleCard: { text: ' \n ' } })).rejects.toThrow(
      'storyboard: titleCard.text is empty',
    );
    expect(runs.filter((p) => p === 'ffmpeg')).toEqual([]);
  });
});

describe('assemblyHash', () => {
  const shots = ['a'.repeat(64), 'b'.repeat(64)];
  it('names the shots in order and the settings with their defaults applied', () => {
    const base = assemblyHash(shots, {});
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(
      assemblyHash(shots, { width: 1280, height: 720, fps: 24, transition: { kind: 'cut' } }),
    ).toBe(base);
    expect(assemblyHash([...shots].reverse(), {})).not.toBe(base);
    expect(assemblyHash(shots, { fps: 25 })).not.toBe(base);
    expect(assemblyHash(shots, { titleCard: { text: 'v1' } })).not.toBe(
      assemblyHash(shots, { titleCard: { text: 'v2' } }),
    );
  });

  it('a sound track counts by its content, not its path', () => {
    const a = assemblyHash(shots, { audio: { path: 'a.mp3' } }, { audioSha256: 'c'.repeat(64) });
    expect(assemblyHash(shots, { audio: { path: 'b.mp3' } }, { audioSha256: 'c'.repeat(64) })).toBe(
      a,
    );
    expect(
      assemblyHash(shots, { audio: { path: 'a.mp3' } }, { audioSha256: 'd'.repeat(64) }),
    ).not.toBe(a);
    expect(() => assemblyHash(shots, { audio: { path: 'a.mp3' } })).toThrow(
      'the sound track needs its audioSha256',
    );
  });
});

describe('storyboardGraph', () => {
  const shots = [
    { duration: 2, hasAudio: true },
    { duration: 3, hasAudio: false },
    { duration: 2, hasAudio: true },
  ];
  const graphOf = (settings: Parameters<typeof resolveStoryboard>[0]) => {
    const s = resolveStoryboard(settings, 1e9);
    return storyboardGraph(planSegments(shots, s), shots.length, s);
  };

  it('reads each sounded shot a second time for its sound; silence for the others; the track last', () => {
    const g = graphOf({ audio: { path: 't.wav', mode: 'mix' } });
    expect(g.soundInputs).toEqual([0, 2]);
    const chains = g.graph.split(';');
    expect(chains.filter((c) => c.includes(':a:0]'))).toEqual([
      expect.stringMatching(/^\[3:a:0\].*\[a0\]$/),
      expect.stringMatching(/^\[4:a:0\].*\[a2\]$/),
      expect.stringMatching(/^\[5:a:0\].*\[music\]$/),
    ]);
    expect(chains.find((c) => c.endsWith('[a1]'))).toMatch(/^anullsrc=/);
    expect(g.maps).toEqual(['[vout]', '[aout]']);
  });

  it('a replacing track drops the shots sound; without any sound the output has none', () => {
    expect(graphOf({ audio: { path: 't.wav' } }).soundInputs).toEqual([]);
    const s = resolveStoryboard({}, 1e9);
    const silent = shots.map((shot) => ({ ...shot, hasAudio: false }));
    const g = storyboardGraph(planSegments(silent, s), 3, s);
    expect(g.maps).toEqual(['[vout]']);
    expect(g.graph).not.toContain('anullsrc');
  });
});
