import type { PlanDiff } from '@clipwright/pipeline';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { neutralizeMentions } from './mentions.ts';
import { costCommentBody } from './pull-request.ts';

/** The text a reader sees: GitHub-flavoured Markdown rendered to HTML, tags dropped. */
function renderedText(markdown: string): string {
  const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What GitHub turns into a mention or a reference in rendered text (its filters' patterns). */
const mention = /(?:^|[^\w`])@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?/;
const reference = /(?:^|[^\w])(?:[\w.-]+\/[\w.-]+)?#\d+|\bGH-\d+/i;

const sha = (c: string) => c.repeat(40);
function diffNamed(names: string[]): PlanDiff {
  return {
    entries: names.map((name) => ({
      name,
      status: 'added',
      source: { file: `prompts/${name}.md`, line: 1 },
      credits: 10,
      delta: 10,
      changes: [],
      hash: 'h',
      cached: false,
    })),
    counts: { added: names.length, changed: 0, removed: 0, unchanged: 0 },
    delta: 10 * names.length,
    toGenerate: 10 * names.length,
    base: { totalCredits: 0 },
    head: { totalCredits: 10 * names.length },
    problems: [],
  };
}

describe('neutralizeMentions', () => {
  const hostile = ['@octocat', '@acme/admins', 'acme/other#12', 'see #7', 'GH-3', 'x@y'];

  it('the rendered comment holds no mention, team mention or cross-reference', () => {
    const body = costCommentBody(diffNamed(hostile), { base: sha('a'), head: sha('b') });
    const text = renderedText(body);
    expect(text).not.toMatch(mention);
    expect(text).not.toMatch(reference);
    // The names still read the same to a person (the inserted character is zero-width).
    expect(text.replaceAll('\u200B', '')).toContain('@acme/admins');
    expect(text.replaceAll('\u200B', '')).toContain('acme/other#12');
  });

  it('would have rendered them without it (the check above can fail)', () => {
    const text = renderedText(hostile.map((h) => `| ${h} |`).join('\n'));
    expect(text).toMatch(mention);
    expect(text).toMatch(reference);
  });

  it('leaves headings, the marker and e-mail-less text alone', () => {
    expect(neutralizeMentions('### Title <!-- clipwright:cost-diff --> 12 # 3')).toBe(
      '### Title <!-- clipwright:cost-diff --> 12 # 3',
    );
  });
});
