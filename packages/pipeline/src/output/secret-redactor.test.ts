import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../report/escape-html.ts';
import { secretForms, secretRedactor } from './secret-redactor.ts';

describe('secretRedactor', () => {
  const key = 'sk-a/b+c "d" <e>&f\\g';

  it('hides the key raw, JSON-escaped, URL-encoded and HTML-escaped', () => {
    const redact = secretRedactor([key]);
    const texts = [
      `raw ${key} end`,
      JSON.stringify({ message: `raw ${key}` }),
      `https://x.test/?k=${encodeURIComponent(key)}`,
      `https://x.test/${encodeURI(key)}`,
      `<p>${key.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</p>`,
      `<code>${escapeHtml(key)}</code>`,
    ];
    for (const text of texts) {
      const out = redact(text);
      expect(out).toContain('***');
      for (const form of secretForms(key)) expect(out).not.toContain(form);
    }
    expect(redact(JSON.stringify({ message: `raw ${key}` }))).toBe('{"message":"raw ***"}');
  });

  it('leaves text alone without a secret, and ignores empty or very short ones', () => {
    expect(secretRedactor([])('a b c')).toBe('a b c');
    expect(secretRedactor([undefined, '', ' a '])('a b c')).toBe('a b c');
  });
});
