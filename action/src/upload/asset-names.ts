/** The flat name an output takes as a release asset: a nested output's folders joined by `-`. */
export const assetName = (path: string): string => path.replaceAll('/', '-');

/**
 * The name GitHub could give an uploaded asset, made comparable: two names with the same key
 * may end up as one asset name. GitHub's REST reference ("Upload a release asset",
 * docs.github.com/rest/releases/assets#upload-a-release-asset, read 2026-12-07 through
 * @octokit/openapi-types 29.0.1): "GitHub renames asset filenames that have special characters,
 * non-alphanumeric characters, and leading or trailing periods. The List release assets
 * endpoint lists the renamed filenames." The exact rule is not published; reported renamings
 * (softprops/action-gh-release#159: spaces, `~`, `:`, parentheses) become `.`. So the key is
 * on the safe side: every character but ASCII letters, digits, `-`, `_` and `.` as `.`,
 * leading and trailing periods dropped, case folded. It may refuse a pair GitHub would keep
 * apart; it never lets a pair through that GitHub would merge by these rules.
 */
export function assetKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** A video that becomes a release asset: its output path (e.g. `promo/teaser.mp4`) and where it is written. */
export interface AssetSource {
  output: string;
  source: { file: string; line: number };
}

/** Pairs of videos whose release assets could end up with one name (each pair once). */
export function assetCollisions<T extends AssetSource>(
  videos: readonly T[],
): Array<{ key: string; first: T; second: T }> {
  const seen = new Map<string, T>();
  const found: Array<{ key: string; first: T; second: T }> = [];
  for (const v of videos) {
    const key = assetKey(assetName(v.output));
    const first = seen.get(key);
    if (first) found.push({ key, first, second: v });
    else seen.set(key, v);
  }
  return found;
}

/** The sentence for one collision, naming both prompt files and the fix. */
export function collisionMessage(c: {
  key: string;
  first: AssetSource;
  second: AssetSource;
}): string {
  const where = (v: AssetSource) => `${v.source.file}:${v.source.line} (${v.output})`;
  return `${where(c.second)} and ${where(c.first)} would become the same release asset (${assetName(c.first.output)} and ${assetName(c.second.output)}: GitHub flattens folders and renames special characters in asset names). Give one of them another output name (the output field of its front matter).`;
}
