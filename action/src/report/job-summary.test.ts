import type { JobResult } from '@clipwright/pipeline';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { stoppedSummary } from '../post/run-post.ts';
import { renderJobSummary, summaryText } from './job-summary.ts';

/** GitHub-flavoured Markdown as a browser gets it (raw HTML passed through, as GitHub's sanitizer would keep <img>, <a>, <details>). */
const render = (markdown: string) =>
  micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });

/** The elements in rendered HTML. */
const tags = (html: string) => new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]));

/** Names, paths and server messages a repository or a server could send. */
const hostile = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- hidden --> <details open>',
  '[click me](https://evil.example/phish)',
  '![tracker](https://evil.example/pixel.png)',
  '**bold** _it_ ~~gone~~ `code`',
  'see https://evil.example/x and www.evil.example',
  'mail me@evil.example, ping @octocat and @acme/admins, see acme/site#12 and #3',
  'a | b | c',
  '&lt;img src=x&gt; &#60;b&#62;',
  '\\<b>escaped\\</b>',
  'line one\n# heading\n- item\n> quote',
  '- starts a list',
  '1. starts a list',
];

describe('summaryText: server and repository text in the job summary', () => {
  it('renders as the same text with no element, link, emphasis or mention of its own', () => {
    for (const text of hostile) {
      const html = render(
        `| name |\n| --- |\n| ${summaryText(text)} |\n\n> ${summaryText(text)}\n`,
      );
      expect([...tags(html)].sort(), text).toEqual(
        ['blockquote', 'p', 'table', 'tbody', 'td', 'th', 'thead', 'tr'].sort(),
      );
      // One cell: a `|` of theirs splits nothing.
      expect(html.match(/<td>/g), text).toHaveLength(1);
      expect(html, text).not.toMatch(/(?:^|[^\w\u200B])@[A-Za-z0-9]/);
      expect(html, text).not.toMatch(/#\d/);
    }
  });

  it('the same strings unescaped would have made elements (the check above can fail)', () => {
    const html = render(hostile.slice(0, 8).join('\n\n'));
    for (const tag of ['img', 'details', 'a', 'strong', 'em', 'del', 'code'])
      expect(tags(html)).toContain(tag);
  });

  it('keeps ordinary names as they read', () => {
    const text = 'promo-teaser.v2 (sora-2-pro-preview, 10 s)';
    expect(render(summaryText(text))).toBe(`<p>${text}</p>`);
  });
});

describe('renderJobSummary and the post step summary with hostile text', () => {
  const result = (name: string, message: string): JobResult =>
    ({
      name,
      model: `<b>${name}</b>`,
      parameters: { duration: 4 },
      status: 'failed',
      credits: 0,
      estimate: 1,
      error: { code: '<i>E</i>', message },
    }) as unknown as JobResult;

  it('no hostile name, model, error, problem or note becomes markup', () => {
    const md = renderJobSummary({
      results: hostile.map((h, i) => result(`${h}${i}`, h)),
      counts: { failed: hostile.length },
      credits: 0,
      problems: hostile.map((h) => ({
        file: h,
        line: 1,
        column: 1,
        field: h,
        message: h,
        fix: h,
      })) as never,
      links: new Map(),
      notes: hostile,
    });
    const html = render(md);
    const own = [
      'blockquote',
      'h2',
      'h3',
      'li',
      'p',
      'strong',
      'table',
      'tbody',
      'td',
      'th',
      'thead',
      'tr',
      'ul',
    ];
    expect([...tags(html)].filter((t) => !own.includes(t ?? ''))).toEqual([]);
    expect(html).not.toMatch(/(?:^|[^\w\u200B])@[A-Za-z0-9]/);
  });

  it('the post step escapes the names it lists', () => {
    const html = render(stoppedSummary(hostile.map((h) => ({ name: h, taskId: `task-${h}` }))));
    expect(
      [...tags(html)].filter(
        (t) => !['h2', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(t ?? ''),
      ),
    ).toEqual([]);
  });
});
