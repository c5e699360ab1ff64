import type { Job } from './types.ts';

/** Files a run writes into the output folder beside the videos. */
export const runFiles = ['manifest.json', 'index.html'];

/** The longest file or folder name most file systems take, in UTF-8 bytes. */
const MAX_NAME_BYTES = 255;
/** The longest output path kept portable (macOS paths stop at 1024 bytes with the folder). */
const MAX_PATH_BYTES = 768;
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const badChars = /[<>:"|?*\u0000-\u001F\u007F]/;

/**
 * Why `output` (relative, `/`-separated, already normalised) cannot be delivered on every file
 * system the project supports, or `undefined` when it can. Checked at validate time so that no
 * task is paid for a video whose file cannot be written. Hand-written: the rules are the
 * intersection of Linux, macOS and Windows name rules, which no maintained library states.
 */
export function outputNameProblem(
  output: string,
  raw: string,
): { message: string; fix: string } | undefined {
  const shown = JSON.stringify(raw);
  if (/[/\\]$/.test(raw)) {
    return {
      message: `output ${shown} ends with a slash, so it names a folder, not a file`,
      fix: `name the file, e.g. ${JSON.stringify(`${raw.replace(/[/\\]+$/, '')}.mp4`)}`,
    };
  }
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  if (bytes(output) > MAX_PATH_BYTES) {
    return {
      message: `output ${shown} is ${bytes(output)} bytes long, over the limit of ${MAX_PATH_BYTES}`,
      fix: 'give the video a shorter `output` name',
    };
  }
  const segments = output.split('/');
  for (const segment of segments) {
    const char = badChars.exec(segment)?.[0];
    if (char !== undefined) {
      const named = char < ' ' || char === '\u007F' ? 'a control character' : `\`${char}\``;
      return {
        message: `output ${shown} contains ${named}, which Windows or the runner's file system cannot store`,
        fix: 'use letters, digits, `-`, `_`, `.` and `/` in output names',
      };
    }
    if (bytes(segment) > MAX_NAME_BYTES) {
      return {
        message: `output ${shown} has a name of ${bytes(segment)} bytes, over the file-system limit of ${MAX_NAME_BYTES}`,
        fix: 'shorten that part of the `output` name',
      };
    }
    if (reserved.test(segment.split('.')[0] ?? '')) {
      return {
        message: `output ${shown} uses the Windows reserved name ${JSON.stringify(segment)}`,
        fix: 'choose another name (CON, PRN, AUX, NUL, COM1-9 and LPT1-9 are reserved)',
      };
    }
    if (/[. ]$/.test(segment)) {
      return {
        message: `output ${shown} has a part ending in a dot or a space, which Windows drops`,
        fix: 'remove the trailing dot or space',
      };
    }
  }
  const first = comparable(segments[0] ?? '');
  if (segments.length > 1 && runFiles.includes(first)) {
    return {
      message: `output ${shown} would make a folder named ${segments[0]}, where the run writes its own ${first}`,
      fix: 'use another folder name',
    };
  }
  return undefined;
}

/**
 * How `output` clashes with an output already taken: the same name once case and Unicode
 * normalisation are ignored (macOS and Windows file systems ignore them), or one a folder of
 * the other.
 */
export function outputConflict(
  output: string,
  taken: Iterable<Job>,
): { message: string; fix: string } | undefined {
  const key = comparable(output);
  for (const other of taken) {
    const otherKey = comparable(other.output);
    const at = `${other.source.file}:${other.source.line}`;
    if (otherKey === key) {
      return {
        message: `output ${output} is already used by ${at}${other.output === output ? '' : ` (as ${other.output}, the same file where case or Unicode form is ignored)`}`,
        fix: 'give each video its own `output` name',
      };
    }
    if (key.startsWith(`${otherKey}/`) || otherKey.startsWith(`${key}/`)) {
      const [folder, file] = key.startsWith(`${otherKey}/`)
        ? [other.output, output]
        : [output, other.output];
      return {
        message: `output ${output} clashes with ${other.output} (${at}): ${folder} would have to be both a file and the folder of ${file}`,
        fix: 'rename one of the two outputs',
      };
    }
  }
  return undefined;
}

function comparable(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
