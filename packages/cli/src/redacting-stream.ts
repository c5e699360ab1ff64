import type { OutStream } from './cli-io.ts';

/** `stream` with every occurrence of `secret` replaced by `***` (the TTY properties pass through). */
export function redactingStream(stream: OutStream, secret: string): OutStream {
  return new Proxy(stream, {
    get(target, key, receiver) {
      if (key === 'write') {
        return (text: string) => target.write(String(text).replaceAll(secret, '***'));
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
