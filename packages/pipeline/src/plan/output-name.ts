import type { Job } from '../model/plan.ts';

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
 * The outputs of a plan so far, indexed so that each new one is checked in time proportional
 * to its depth, not to the number taken (10,000 prompt files were quadratic before). Names
 * are compared as macOS and Windows file systems compare them: case and Unicode normalisation
 * ignored.
 */
export class OutputNames {
  /** Comparable name → the job that took it. */
  readonly #files = new Map<string, Job>();
  /** Comparable folder (every parent of a taken output) → one job below it. */
  readonly #folders = new Map<string, Job>();

  /**
   * How `output` clashes with an output already taken: the same name, or one a folder of the
   * other. Undefined when it does not (it is then not taken: call `take`).
   */
  conflict(output: string): { message: string; fix: string } | undefined {
    const key = comparable(output);
    const same = this.#files.get(key);
    if (same) {
      return {
        message: `output ${output} is already used by ${sourceOf(same)}${same.output === output ? '' : ` (as ${same.output}, the same file where case or Unicode form is ignored)`}`,
        fix: 'give each video its own `output` name',
      };
    }
    const below = this.#folders.get(key);
    if (below) return folderClash(output, output, below.output, below);
    for (const folder of parentsOf(key)) {
      const file = this.#files.get(folder);
      if (file) return folderClash(output, file.output, output, file);
    }
    return undefined;
  }

  /** Records `job`'s output as taken. */
  take(job: Job): void {
    const key = comparable(job.output);
    this.#files.set(key, job);
    for (const folder of parentsOf(key)) {
      if (!this.#folders.has(folder)) this.#folders.set(folder, job);
    }
  }
}

function folderClash(output: string, folder: string, file: string, other: Job) {
  return {
    message: `output ${output} clashes with ${other.output} (${sourceOf(other)}): ${folder} would have to be both a file and the folder of ${file}`,
    fix: 'rename one of the two outputs',
  };
}

function sourceOf(job: Job): string {
  return `${job.source.file}:${job.source.line}`;
}

/** `a/b/c.mp4` → `a`, `a/b`. */
function parentsOf(key: string): string[] {
  const parts = key.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

function comparable(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
