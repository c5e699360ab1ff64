/**
 * The version of `manifest.json`'s layout, its first field (`schemaVersion`; `version` holds the
 * same number under its first name). It goes up when a field changes meaning or goes away;
 * new fields may appear without it.
 */
export const MANIFEST_SCHEMA_VERSION = 1;

/**
 * `manifest.json` as `JSON.stringify({ ...head, videos }, null, 2)` writes it, a video at a
 * time, so a run of 10,000 videos never holds the whole text (nor its redacted copy) at once.
 */
export function* manifestJson(
  head: Record<string, unknown>,
  videos: readonly unknown[],
): Generator<string> {
  if (videos.length === 0) {
    yield `${JSON.stringify({ ...head, videos }, null, 2)}\n`;
    return;
  }
  // `{\n  "schemaVersion": 1,\n ... \n}` without its closing line, then the array opened.
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "videos": [\n`;
  for (const [i, video] of videos.entries()) {
    // JSON text holds no raw line break inside a string, so every line is indented.
    const text = JSON.stringify(video, null, 2).replace(/^/gm, '    ');
    yield `${text}${i < videos.length - 1 ? ',' : ''}\n`;
  }
  yield '  ]\n}\n';
}
