import type { OutStream } from '../cli-io.ts';
import { terminalSafe } from './terminal-text.ts';

/**
 * The CSI sequences the CLI itself writes on a terminal: colours (SGR) and log-update's
 * cursor moves, line erasing and synchronized output. Never an OSC, DCS or any other string
 * sequence. The text from files and servers inside them has been through `terminalSafe`.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what is matched.
const OWN_ESCAPE = /(\x1b\[\??[0-9;]*[A-HJKSTfhlmsu])/;

export interface SanitizingStreamOptions {
  /**
   * Keep the CLI's own colour and cursor sequences (on a terminal or with colour forced);
   * otherwise every escape is shown. @default false
   */
  ownEscapes?: boolean;
}

/**
 * `stream` with every write through {@link terminalSafe}, the last guard in front of a
 * terminal or a log; the TTY properties pass through.
 */
export function sanitizingStream(
  stream: OutStream,
  { ownEscapes = false }: SanitizingStreamOptions = {},
): OutStream {
  const clean = ownEscapes
    ? (text: string) =>
        text
          .split(OWN_ESCAPE)
          .map((part, i) => (i % 2 === 1 ? part : terminalSafe(part)))
          .join('')
    : terminalSafe;
  return new Proxy(stream, {
    get(target, key, receiver) {
      if (key === 'write') return (text: string) => target.write(clean(String(text)));
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
