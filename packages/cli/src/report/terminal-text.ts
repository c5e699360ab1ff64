/**
 * The one sanitiser of text from files and servers on its way to a terminal. A file name or
 * a server's error message can hold control bytes: ESC sequences that clear the screen,
 * move the cursor over earlier lines, write the clipboard (OSC 52) or hide a link behind
 * other text (OSC 8), 8-bit C1 controls that some terminals read as ESC, carriage returns
 * that overwrite a line, and bidirectional overrides that reorder what is shown. Each one
 * becomes a visible escape (`\x1b`, `\x9b`, `\u202e`); nothing is executed. Tabs and line
 * feeds stay. Hand-written: libraries such as strip-ansi remove only well-formed sequences
 * and keep the bytes they do not recognise, and they hide what was there; a user must see it.
 */

// C0 but tab and line feed, DEL, C1, the bidi controls (U+061C, U+200E-F, U+202A-E,
// U+2066-9) and the Unicode line and paragraph separators.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control bytes is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for a byte-sized code point, `\u202e` for the others. */
function visibleEscape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control character but `\t` and `\n` shown as a visible escape.
 * @example terminalSafe('a\x1b]52;c;aGk=\x07b') // 'a\\x1b]52;c;aGk=\\x07b'
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/**
 * A JSON text (from `JSON.stringify`, which escapes only U+0000-U+001F) with the other
 * unsafe characters as `\uXXXX` escapes too: the same value, and no raw C1 or bidi control.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A copy of `value` with {@link terminalSafe} applied to every string in it: plain objects,
 * arrays and errors are copied (errors keep their class); other objects are kept as they are.
 */
export function terminalSafeDeep<T>(value: T, seen = new WeakMap<object, unknown>()): T {
  if (typeof value === 'string') return terminalSafe(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value) as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(terminalSafeDeep(item, seen));
    return copy as T;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null && !(value instanceof Error)) return value;
  const copy = Object.create(proto) as Record<string, unknown>;
  seen.set(value, copy);
  for (const key of Object.getOwnPropertyNames(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if ('value' in d) d.value = terminalSafeDeep(d.value, seen);
    Object.defineProperty(copy, key, d);
  }
  return copy as T;
}
