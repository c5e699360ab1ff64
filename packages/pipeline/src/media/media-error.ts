/** Why running ffmpeg or ffprobe, or preparing to, did not give a result. */
export type MediaErrorCode =
  /** The program is not on the PATH. */
  | 'missing'
  /** It ran past its time limit and was killed. */
  | 'timeout'
  /** It wrote more than its output limit and was killed. */
  | 'output_limit'
  /** It exited with an error (its first stderr line is in the message). */
  | 'failed'
  /** The input was refused before any decoding: too many pixels, not a regular file, bad settings. */
  | 'refused';

/** An ffmpeg/ffprobe run that did not give a result, with a message a user can act on. */
export class MediaError extends Error {
  override name = 'MediaError';
  readonly code: MediaErrorCode;
  /** The program's standard error, cut to its limit (empty when it never ran). */
  readonly stderr: string;
  constructor(code: MediaErrorCode, message: string, stderr = '') {
    super(message);
    this.code = code;
    this.stderr = stderr;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with control characters (escapes a hostile file could smuggle into ffmpeg's messages) shown as `?`. */
export function plainText(text: string): string {
  return text.replace(CONTROL, '?');
}

/** The first non-empty line of an error's stderr (or its message), for a one-line notice. */
export function firstLine(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
  const text = stderr || (error as Error).message || String(error);
  return plainText(text.split('\n').find((line) => line.trim() !== '') ?? '');
}
