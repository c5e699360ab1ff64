import { secretRedactor } from '@clipwright/pipeline/internal';
import type { OutStream } from './cli-io.ts';

/**
 * `stream` with every occurrence of `secret` (raw, JSON-escaped as in `--json`, URL- and
 * HTML-encoded) replaced by `***`; the TTY properties pass through.
 */
export function redactingStream(stream: OutStream, secret: string): OutStream {
  const redact = secretRedactor([secret]);
  return new Proxy(stream, {
    get(target, key, receiver) {
      if (key === 'write') {
        return (text: string) => target.write(redact(String(text)));
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
