import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';
import { type GalleryItem, renderGallery } from './gallery.ts';

const done: GalleryItem = {
  name: 'launch-teaser',
  source: 'examples/launch-teaser.prompt.md',
  taskId: 'task-unified-1763700000-abcd1234',
  model: 'sora-2-pro-preview',
  parameters: { duration: 4, aspect_ratio: '16:9', quality: '720p' },
  prompt: 'A paper boat sails across a puddle at dawn.',
  estimate: 5,
  credits: 12.5,
  bytes: 2_400_000,
  sha256: 'a'.repeat(64),
  path: '/tmp/out/launch-teaser.mp4',
  status: 'completed',
};

const failed: GalleryItem = {
  name: 'rejected',
  source: 'examples/rejected.prompt.md',
  taskId: 'task-unified-1763700001-efgh5678',
  model: 'sora-2-beta-max',
  parameters: { duration: 10, remove_watermark: true },
  prompt: 'Something the moderator refuses.',
  estimate: 5,
  credits: 0,
  status: 'failed',
  error: { code: 'content_policy_violation', message: 'The prompt was rejected by moderation.' },
};

describe('renderGallery', () => {
  it('renders one playable video per finished job with its details', () => {
    const html = renderGallery([done, failed], { title: 'Demo', outDir: '/tmp/out' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Demo</title>');
    const videos = html.match(/<video [^>]*>/g) ?? [];
    expect(videos).toHaveLength(1);
    expect(videos[0]).toContain('controls');
    expect(videos[0]).toContain('preload="metadata"');
    expect(videos[0]).toContain('src="launch-teaser.mp4"');
    expect(html).toContain('A paper boat sails across a puddle at dawn.');
    expect(html).toContain('<code>sora-2-pro-preview</code>');
    expect(html).toContain('<dt>aspect_ratio</dt><dd><code>16:9</code></dd>');
    expect(html).toContain('<dt>Credits</dt><dd>12.5</dd>');
    expect(html).toContain('2.3 MiB');
    expect(html).toContain('task-unified-1763700000-abcd1234');
  });

  it('shows a failed job with its error code and message and no video', () => {
    const html = renderGallery([failed]);
    expect(html).not.toContain('<video');
    expect(html).toContain('Failed');
    expect(html).toContain('<code>content_policy_violation</code>');
    expect(html).toContain('The prompt was rejected by moderation.');
    expect(html).toContain('1 video: 1 failed. Credits used: 0.');
  });

  it('escapes everything that comes from the run', () => {
    const evil = '<script>alert("x")</script>&\'';
    const html = renderGallery(
      [
        {
          ...done,
          name: evil,
          prompt: evil,
          model: evil,
          source: evil,
          parameters: { [evil]: evil },
          path: `dir/<b>"&'.mp4`,
          error: { code: evil, message: evil },
        },
      ],
      { title: evil, subtitle: evil },
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"x"');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;&#39;');
    // the video URL is percent-encoded, segment by segment
    expect(html).toContain('src="dir/%3Cb%3E%22%26&#39;.mp4"');
  });

  it('is self-contained: no script, no external asset', () => {
    const html = renderGallery([done, failed], { outDir: '/tmp/out' });
    expect(html).not.toMatch(/<script|<link|<img|<iframe/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
  });

  it('labels each article by its heading and says when the run is empty', () => {
    const html = renderGallery([done]);
    expect(html).toMatch(
      /<article aria-labelledby="video-1-title"[^>]*>\s*<h2 id="video-1-title">/,
    );
    expect(renderGallery([])).toContain('No videos in this run.');
  });

  it('shows the prompt as paragraphs, line breaks inside a paragraph as spaces', () => {
    const html = renderGallery([
      { ...done, prompt: 'One line\nwrapped here.\n\nSecond paragraph.' },
    ]);
    expect(html).toContain('<p>One line wrapped here.</p><p>Second paragraph.</p>');
  });

  it('keeps relative paths as they are', () => {
    const html = renderGallery([{ ...done, path: 'clips/a b.mp4' }]);
    expect(html).toContain('src="clips/a%20b.mp4"');
  });
});

describe('escapeHtml', () => {
  it('replaces the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
    );
  });
});
