import { escapeHtml } from '../report/escape-html.ts';

/** Replaces every secret in a text by `***`. */
export type Redact = ((text: string) => string) & {
  /** A form of a secret holds a line break: text must be redacted whole, not line by line. */
  spansLines?: boolean;
};

/** Leaves text as it is (no secret to hide). */
export const unredacted: Redact = (text) => text;

/** What a redacted secret reads as. */
export const REDACTED = '***';

/**
 * The forms a secret takes in what the project writes: as is, JSON-escaped (manifest,
 * journal), URL-encoded (a link), HTML-escaped with named entities (the job summary) and as
 * the gallery escapes it (`escapeHtml`, numeric entities). Each is hidden.
 */
export function secretForms(secret: string): string[] {
  const html = secret.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    encodeURI(secret),
    html,
    escapeHtml(secret),
  ];
  // Longest first, so a form that contains another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/**
 * The one redaction every file writer applies (`writeFileAtomic`'s `redact`) and the adapters
 * use for their own output: each secret (the API key) in each of its `secretForms` becomes
 * `***`. Secrets shorter than 4 characters are ignored (they would blank ordinary text).
 */
export function secretRedactor(secrets: readonly (string | undefined)[] = []): Redact {
  const forms = secrets
    .filter((s): s is string => typeof s === 'string' && s.trim().length >= 4)
    .flatMap((s) => secretForms(s.trim()))
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return unredacted;
  const redact: Redact = (text) =>
    forms.reduce((out, form) => out.replaceAll(form, REDACTED), text);
  if (forms.some((f) => f.includes('\n'))) redact.spansLines = true;
  return redact;
}
