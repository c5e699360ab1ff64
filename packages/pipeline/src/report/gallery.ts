import { isAbsolute, relative, sep } from 'node:path';
import { sumCredits } from '../model/credits.ts';
import type { JobResult } from '../model/job-result.ts';
import { isDelivered } from '../model/outcome.ts';
import { escapeHtml } from './escape-html.ts';
import { formatBytes } from './format-bytes.ts';
import { formatCredits } from './format-credits.ts';
import { modelLabel } from './model-label.ts';

/** The fields of a job result the gallery shows: everything but the content hash. */
export type GalleryItem = Omit<JobResult, 'hash'>;

export interface GalleryOptions {
  /**
   * Page title and heading.
   * @default 'Clipwright videos'
   */
  title?: string;
  /**
   * The directory index.html is written to. Absolute video paths are linked relative to it;
   * relative paths are used as they are.
   * @default none (paths used as they are)
   * @example '/home/me/site/out'
   */
  outDir?: string;
  /**
   * A line under the heading.
   * @default none
   * @example 'Run of 2026-12-03 13:52'
   */
  subtitle?: string;
  /**
   * Credits the header reports: the run's figure, as in `manifest.json`.
   * @default the sum of the items' credits, leaving out those kept from an earlier run
   */
  credits?: number;
}

const statusLabels: Record<string, string> = {
  completed: 'Completed',
  cached: 'Cached (no credits spent)',
  suspect: 'Suspect: its check failed',
  failed: 'Failed',
  budget: 'Not run: over the credit budget',
  invalid: 'Not run: invalid input',
  cancelled: 'Cancelled',
  planned: 'Planned (dry run)',
};

/**
 * A self-contained, accessible `index.html` for a run: each video playable in the page with
 * its prompt, model, parameters, credits and status; failures shown with their error.
 * Everything that comes from the run is HTML-escaped; the page loads no external asset and
 * runs no script (its Content-Security-Policy forbids scripts).
 */
export function renderGallery(
  results: readonly GalleryItem[],
  options: GalleryOptions = {},
): string {
  return [...galleryChunks(results, options)].join('');
}

/** `renderGallery` a video at a time (head, each video, tail), for writing as it renders. */
export function* galleryChunks(
  results: readonly GalleryItem[],
  options: GalleryOptions = {},
): Generator<string> {
  const title = options.title ?? 'Clipwright videos';
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const credits = options.credits ?? sumCredits(results.filter((r) => !r.earlierRun));
  const earlier = results.filter((r) => r.earlierRun).length;
  const summary = [...counts]
    .map(([status, n]) => `${n} ${escapeHtml(statusLabels[status] ?? status).toLowerCase()}`)
    .join(', ');
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; media-src 'self' file:; img-src 'self' file:; style-src 'unsafe-inline'">
<meta name="generator" content="Clipwright">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${options.subtitle ? `<p>${escapeHtml(options.subtitle)}</p>\n` : ''}<p class="summary">${results.length} ${results.length === 1 ? 'video' : 'videos'}${summary ? `: ${summary}` : ''}. Credits used${earlier > 0 ? ' by this run' : ''}: ${formatCredits(credits)}.${earlier > 0 ? ` ${earlier} kept from an earlier run (not in this run's prompts).` : ''}</p>
</header>
<main>
${results.length === 0 ? '<p>No videos in this run.</p>\n' : ''}`;
  for (const [i, r] of results.entries()) {
    yield `${i > 0 ? '\n' : ''}${renderItem(r, i, options)}`;
  }
  yield `
</main>
</body>
</html>
`;
}

function renderItem(r: GalleryItem, index: number, options: GalleryOptions): string {
  const id = `video-${index + 1}`;
  const ok = isDelivered(r);
  const media = ok
    ? `<video controls preload="metadata" src="${escapeHtml(videoHref(r.path ?? '', options.outDir))}"${r.poster ? ` poster="${escapeHtml(videoHref(r.poster, options.outDir))}"` : ''} aria-labelledby="${id}-title"></video>`
    : `<div class="placeholder" role="img" aria-label="No video">No video</div>`;
  const error = r.error
    ? `<p class="error"><strong>Error <code>${escapeHtml(r.error.code)}</code>:</strong> ${escapeHtml(r.error.message)}</p>\n`
    : '';
  const rows: Array<[string, string]> = [
    ['Model', `<code>${escapeHtml(modelLabel(r))}</code>`],
    ...Object.entries(r.parameters)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]): [string, string] => [k, `<code>${escapeHtml(formatValue(v))}</code>`]),
    ['Credits', escapeHtml(formatCredits(r.credits))],
    ['Source', `<code>${escapeHtml(r.source)}</code>`],
  ];
  if (r.shots) {
    // A storyboard: its shots, in order, each a video of the same gallery.
    const links = r.shots.map(
      (shot) =>
        `<li><a href="${escapeHtml(videoHref(`${shot}.mp4`, options.outDir))}"><code>${escapeHtml(shot)}</code></a></li>`,
    );
    rows.push(['Shots', `<ol class="shots">${links.join('')}</ol>`]);
  }
  if (r.taskId) rows.push(['Task', `<code>${escapeHtml(r.taskId)}</code>`]);
  if (r.bytes !== undefined) rows.push(['Size', escapeHtml(formatBytes(r.bytes))]);
  if (r.sha256) rows.push(['SHA-256', `<code class="hash">${escapeHtml(r.sha256)}</code>`]);
  return `<article aria-labelledby="${id}-title" class="status-${escapeHtml(cssToken(r.status))}">
<h2 id="${id}-title">${escapeHtml(r.name)}</h2>
<p class="status"><span class="badge">${escapeHtml(statusLabels[r.status] ?? r.status)}</span>${r.earlierRun ? ' <span class="earlier">from an earlier run</span>' : ''}</p>
${media}
${error}<details open>
<summary>Prompt</summary>
<blockquote class="prompt">${promptParagraphs(r.prompt)}</blockquote>
</details>
<dl>
${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('\n')}
</dl>
</article>`;
}

/** The prompt as Markdown reads it: blank lines separate paragraphs, single line breaks are spaces. */
function promptParagraphs(prompt: string): string {
  return prompt
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/** A URL for a video path: relative to outDir when absolute, each segment percent-encoded. */
function videoHref(path: string, outDir: string | undefined): string {
  const rel = outDir && isAbsolute(path) ? relative(outDir, path) : path;
  return rel
    .split(sep === '\\' ? /[\\/]/ : '/')
    .map(encodeURIComponent)
    .join('/');
}

function cssToken(text: string): string {
  return text.replace(/[^a-z0-9-]/gi, '-');
}

function formatValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

const styles = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #fafafa; --card: #fff; --muted: #4a4a55; --line: #d4d4dc; --bad: #a1151b; --good: #176b2c; --warn: #7a4d00; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececf1; --bg: #16161a; --card: #202026; --muted: #b4b4c0; --line: #3a3a44; --bad: #ff9a9a; --good: #8fe3a5; --warn: #ffd27a; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
main { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); }
article { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; min-width: 0; }
h2 { margin: 0 0 .25rem; font-size: 1.15rem; overflow-wrap: anywhere; }
video, .placeholder { width: 100%; aspect-ratio: 16 / 9; background: #000; border-radius: .25rem; }
.placeholder { display: grid; place-items: center; color: #fff; }
.badge { font-weight: 600; }
.status-completed .badge, .status-cached .badge { color: var(--good); }
.status-failed .badge, .status-invalid .badge { color: var(--bad); }
.status-budget .badge, .status-cancelled .badge, .status-suspect .badge { color: var(--warn); }
.error { color: var(--bad); overflow-wrap: anywhere; }
.summary, dt { color: var(--muted); }
.prompt { margin: .5rem 0; overflow-wrap: anywhere; }
.prompt p { margin: 0 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .5rem 0 0; }
dd { margin: 0; overflow-wrap: anywhere; }
.hash { font-size: .8em; }
:focus-visible { outline: 3px solid #2b6cd4; outline-offset: 2px; }
`;
