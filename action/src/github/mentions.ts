/** U+200B: not white space to Markdown, so the text reads the same; no word starts after it. */
const ZWSP = '\u200B';

/**
 * Text from a repository or a server made inert for GitHub's Markdown: `@user` and `@org/team`
 * would notify people, `#12`, `owner/repo#12` and `GH-12` would link (and notify) other issues.
 * GitHub finds them in the rendered text after Markdown, so escaping the characters is not
 * enough (an entity renders as the same `@`); a zero-width space after `@` or `#` leaves no
 * word for its filters to match. Hand-written: no maintained library does this for GitHub's
 * rules, which are GitHub's own (github.com/github/cmark-gfm has no mentions; GitHub applies
 * them after rendering).
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`)
    .replace(/#(?=\p{N})/gu, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\p{N})/giu, `$1${ZWSP}-`);
}
