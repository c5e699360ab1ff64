/** Process exit codes of `clipwright` (documented in the package README). */
export const exitCodes = {
  /** Every video completed (or came from the cache); the command did what was asked. */
  ok: 0,
  /**
   * Some videos were not produced: failed, cancelled, or skipped over the credit budget; or
   * a delivered video is `suspect` (its check failed: wrong length or aspect, silent, black
   * or frozen; it is on disk, listed with the reason); or
   * the balance is below the first video (`generate` did not start; `doctor` says so).
   */
  someFailed: 1,
  /** Invalid input: bad flags, prompt-file problems, no prompt file matched. Nothing was spent. */
  invalidInput: 2,
  /** Not configured: `EVOLINK_API_KEY` missing, or the key was refused (401/403; `doctor` too). */
  notConfigured: 3,
  /** The API or the network failed outside a video (`status` on an unknown task; `doctor`: no answer). */
  apiError: 4,
  /** A bug: an unexpected error. Please report it. */
  internal: 70,
  /** Interrupted by Ctrl-C (SIGINT): 128 + 2. */
  interrupted: 130,
  /** Terminated by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
