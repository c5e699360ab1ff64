import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);

// src/upload/asset-names.ts
var assetName = (path) => path.replaceAll("/", "-");
function assetKey(name) {
  return name.toLowerCase().replace(/[^a-z0-9._-]/g, ".").replace(/^\.+|\.+$/g, "");
}
function assetCollisions(videos) {
  const seen = /* @__PURE__ */ new Map();
  const found = [];
  for (const v of videos) {
    const key = assetKey(assetName(v.output));
    const first = seen.get(key);
    if (first) found.push({ key, first, second: v });
    else seen.set(key, v);
  }
  return found;
}
function collisionMessage(c) {
  const where = (v) => `${v.source.file}:${v.source.line} (${v.output})`;
  return `${where(c.second)} and ${where(c.first)} would become the same release asset (${assetName(c.first.output)} and ${assetName(c.second.output)}: GitHub flattens folders and renames special characters in asset names). Give one of them another output name (the output field of its front matter).`;
}

export {
  assetName,
  assetKey,
  assetCollisions,
  collisionMessage
};
