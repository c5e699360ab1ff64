/**
 * Makes text safe to print on the runner's log: no line of it can be read as a workflow
 * command. The runner reads every stdout line (split at `\n`, `\r\n` or `\r`) and runs it as a
 * command when, after leading white space, it starts with `::` (`::error::`, `::add-mask::`,
 * `::stop-commands::`), or when it contains `##[` anywhere (the older form). `@actions/core`
 * escapes the data of the commands it issues (`error`, `warning`, `notice`, `group`,
 * `setFailed`) but writes `info` lines as they are, so names, paths and messages from a
 * repository or a server pass through here first. Hand-written: `@actions/core` exports no
 * escaping for plain log lines. A zero-width space (not white space to the runner) breaks
 * the marker while the line reads the same.
 */
export function logText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*):/, '$1:\u200B').replaceAll('##[', '##\u200B['))
    .join('\n');
}
