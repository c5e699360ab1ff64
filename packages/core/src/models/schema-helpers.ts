import { z } from 'zod';

/** Formats a value for a help message: strings quoted, the rest as JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `a`, `a or b`, `a, b or c`. */
export function formatList(values: readonly unknown[]): string {
  const parts = values.map(formatValue);
  return parts.length <= 1
    ? (parts[0] ?? 'nothing')
    : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

/** A field that takes one of `values`; the message names the model, the choices and the input. */
export function oneOf<const T extends readonly [z.core.util.Literal, ...z.core.util.Literal[]]>(
  model: string,
  values: T,
) {
  return z.literal(values, {
    error: (iss) => `${model} accepts ${formatList(values)}, got ${formatValue(iss.input)}`,
  });
}

export const allowedImageExtensions = ['.jpg', '.jpeg', '.png', '.webp'] as const;

/**
 * The lower-case extension of a URL's last path segment (`.png`), or `undefined` when it has
 * none: the vendor's Files API links (`/files/download/file_abc123`) and signed URLs have none,
 * and the documents accept any link that downloads the image, so only a present extension is
 * checked.
 */
export function imageExtension(value: string): string | undefined {
  const segment = safePathname(value).split('/').at(-1) ?? '';
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(segment);
  return match ? `.${match[1]?.toLowerCase()}` : undefined;
}

/** image_urls: at most `max` URLs; one with an extension must have an accepted image one. */
export function imageUrls(model: string, max: number) {
  const url = z
    .string({ error: (iss) => `must be a URL string, got ${formatValue(iss.input)}` })
    .check((ctx) => {
      const ext = imageExtension(ctx.value);
      if (ext !== undefined && !(allowedImageExtensions as readonly string[]).includes(ext)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `${model} accepts ${allowedImageExtensions.join(', ')} images, got ${formatValue(ctx.value)}`,
          params: { fix: `use a ${formatList(allowedImageExtensions).replaceAll('"', '')} image` },
        });
      }
    });
  const images = (n: number) => `${n} image${n === 1 ? '' : 's'}`;
  return z
    .array(url, { error: (iss) => `must be a list of image URLs, got ${formatValue(iss.input)}` })
    .check((ctx) => {
      if (ctx.value.length > max) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `${model} accepts at most ${images(max)}, got ${ctx.value.length}`,
          params: { fix: `give at most ${images(max)}` },
        });
      }
    });
}

function safePathname(value: string): string {
  try {
    return new URL(value).pathname;
  } catch {
    return value.split(/[?#]/)[0] ?? value;
  }
}

/**
 * A prompt of at most `max` characters. Length is counted in Unicode code points (JSON
 * Schema's `maxLength` unit; an emoji is 1, an accented letter 1 or 2 as written): the unit
 * the simulator counts in too.
 */
export function promptOf(model: string, max: number) {
  return maxText(model, max, 'the prompt');
}

/** Text of at most `max` code points; the fix names `what` to shorten. */
export function maxText(model: string, max: number, what = 'it') {
  return z.string().check((ctx) => {
    const length = [...ctx.value].length;
    if (length > max) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `${model} accepts at most ${max} characters, got ${length}`,
        params: { fix: `shorten ${what} to at most ${max} characters (it has ${length})` },
      });
    }
  });
}

export function bool(model: string) {
  return z.boolean({
    error: (iss) => `${model} accepts true or false, got ${formatValue(iss.input)}`,
  });
}
