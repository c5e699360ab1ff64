/** A place in a source file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A problem found before anything is spent, located in its file. */
export interface Problem {
  /** Path relative to the plan root (posix separators); empty when no file is involved. */
  file: string;
  line: number;
  column: number;
  /** The setting concerned (`duration`, `output`, `prompt`, ...); empty for a file-level problem. */
  field: string;
  /** What is wrong, phrased like help. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/**
 * The one line a problem is printed as, everywhere (the CLI, the plan table, an invalid
 * video's error):
 * `prompts/a.md:3:11 duration: sora-2-beta-max accepts 10 or 15, got 8 (fix: use one of 10, 15)`.
 */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}:${p.line}:${p.column} ` : '';
  const field = p.field ? `${p.field}: ` : '';
  return `${where}${field}${p.message} (fix: ${p.fix})`;
}
