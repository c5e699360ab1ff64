import { MediaError } from './media-error.ts';
import { type ProgramRunner, realProgramRunner } from './program-runner.ts';

/** What each media task needs from the installed ffmpeg. */
export const MEDIA_NEEDS = {
  poster: { filters: ['thumbnail'], encoders: [] },
  check: { filters: ['blackdetect', 'freezedetect', 'volumedetect'], encoders: [] },
  storyboard: {
    filters: ['xfade', 'acrossfade', 'drawtext', 'tpad', 'amix'],
    encoders: ['libx264', 'aac'],
  },
} as const satisfies Record<string, { filters: readonly string[]; encoders: readonly string[] }>;
export type MediaTask = keyof typeof MEDIA_NEEDS;

export interface MediaTools {
  /** `ffmpeg -version`'s first line (`ffmpeg version 5.1.9-0+deb12u1 …`): part of an assembly's cache key if wanted. */
  ffmpegVersion: string;
  /** Filters and encoders the tasks asked about need but this ffmpeg lacks. */
  missing: string[];
}

const quick = { timeoutMs: 15_000, maxOutputBytes: 1024 * 1024 };

/**
 * Whether ffmpeg and ffprobe are on the PATH with what `tasks` need (a storyboard needs
 * `drawtext`, which some builds leave out, and libx264). Cheap: four short runs. Meant to run
 * before anything is paid for. Rejects with `MediaError` `missing` when a program is absent.
 */
export async function findMediaTools(
  tasks: readonly MediaTask[],
  run: ProgramRunner = realProgramRunner(),
): Promise<MediaTools> {
  const version = (await run('ffmpeg', ['-hide_banner', '-version'], quick)).stdout.toString(
    'utf8',
  );
  await run('ffprobe', ['-hide_banner', '-version'], quick);
  const listed = async (kind: '-filters' | '-encoders') =>
    (await run('ffmpeg', ['-hide_banner', kind], quick)).stdout
      .toString('utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[1] ?? '');
  const filters = new Set(await listed('-filters'));
  const encoders = new Set(await listed('-encoders'));
  const missing = new Set<string>();
  for (const task of tasks) {
    for (const f of MEDIA_NEEDS[task].filters) if (!filters.has(f)) missing.add(`the ${f} filter`);
    for (const e of MEDIA_NEEDS[task].encoders)
      if (!encoders.has(e)) missing.add(`the ${e} encoder`);
  }
  return { ffmpegVersion: version.split('\n')[0]?.trim() ?? '', missing: [...missing] };
}

/**
 * `findMediaTools`, refusing (a `MediaError` `missing` with what to install) when anything
 * is missing.
 */
export async function requireMediaTools(
  tasks: readonly MediaTask[],
  run?: ProgramRunner,
): Promise<MediaTools> {
  const tools = await findMediaTools(tasks, run);
  if (tools.missing.length > 0) {
    throw new MediaError(
      'missing',
      `ffmpeg lacks ${tools.missing.join(', ')} (${tools.ffmpegVersion}): install a full build (apt-get install ffmpeg, brew install ffmpeg)`,
    );
  }
  return tools;
}
