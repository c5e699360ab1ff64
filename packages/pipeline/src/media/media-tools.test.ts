import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireFfmpeg, tempDir } from '../../test/media.ts';
import { findMediaTools, requireMediaTools } from './media-tools.ts';
import { type ProgramRunner, realProgramRunner } from './program-runner.ts';

requireFfmpeg();

describe('findMediaTools', () => {
  it('finds what posters, checks and storyboards need in the installed ffmpeg', async () => {
    const tools = await requireMediaTools(['poster', 'check', 'storyboard']);
    expect(tools.ffmpegVersion).toMatch(/^ffmpeg version \S+/);
    expect(tools.missing).toEqual([]);
  });

  it('names what a build without drawtext or libx264 lacks', async () => {
    const real = realProgramRunner();
    const stripped: ProgramRunner = async (program, args, bounds) => {
      const out = await real(program, args, bounds);
      const text = out.stdout
        .toString('utf8')
        .split('\n')
        .filter((line) => !/ (drawtext|libx264) /.test(line))
        .join('\n');
      return { ...out, stdout: Buffer.from(text) };
    };
    expect((await findMediaTools(['poster'], stripped)).missing).toEqual([]);
    await expect(requireMediaTools(['storyboard'], stripped)).rejects.toMatchObject({
      code: 'missing',
      message: expect.stringMatching(
        /^ffmpeg lacks the drawtext filter, the libx264 encoder \(ffmpeg version/,
      ),
    });
  });

  it('without ffmpeg on the PATH: a MediaError "missing"', async () => {
    const run = realProgramRunner({ PATH: path.join(await tempDir(), 'no-bin') });
    await expect(findMediaTools(['poster'], run)).rejects.toMatchObject({ code: 'missing' });
  });
});
