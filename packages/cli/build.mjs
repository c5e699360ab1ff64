// Bundles the CLI (src/cli-main.ts) into dist/cli-main.js, after tsc has emitted dist/ for
// the library exports and the small dist/bin.js that loads it (with Node's compile cache on):
// one file instead of about 280 modules, whose resolution through node_modules was most of
// `clipwright validate`'s start-up. The simulator (`clipwright simulator` only) and undici
// (the first request) stay outside and are loaded with import() where used; both are
// dependencies of this package. cli-main.js stays at the top of dist/, so the paths it finds
// from import.meta.url (../package.json, ../examples) are the same as before.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { asciiOnly, catalogJsonAsText, zodEnglishOnly } from '../../scripts/bundle-start-up.mjs';

const here = import.meta.dirname;
await build({
  absWorkingDir: here,
  entryPoints: ['src/cli-main.ts'],
  outfile: join('dist', 'cli-main.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  conditions: ['source'],
  external: ['@clipwright/simulator', 'undici'],
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [catalogJsonAsText, zodEnglishOnly],
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);",
  },
});
// tsc's map of the unbundled cli-main.js no longer matches it.
await rm(join(here, 'dist', 'cli-main.js.map'), { force: true });
// Only the bundle: tsc's own files keep their source maps' columns.
await asciiOnly(join(here, 'dist'), (name) => name === 'cli-main.js');

// Title and end cards are drawn with DejaVu Sans (the pipeline's `dejavu-fonts-ttf`): the bundle
// carries it in dist/fonts/, where the pipeline's cardFontPath() looks first (a bundle has no
// node_modules to resolve it from), with its licence.
const fontPackage = dirname(
  createRequire(join(here, '../pipeline', 'package.json')).resolve('dejavu-fonts-ttf/package.json'),
);
await mkdir(join(here, 'dist', 'fonts'), { recursive: true });
await copyFile(
  join(fontPackage, 'ttf', 'DejaVuSans.ttf'),
  join(here, 'dist', 'fonts', 'DejaVuSans.ttf'),
);
await copyFile(join(fontPackage, 'LICENSE'), join(here, 'dist', 'fonts', 'DejaVu-LICENSE'));
