// Bundles the action as ESM for Node 24: dist/index.js is the entry the runner starts, and
// what the first request does not need (artifact upload, Actions cache, Octokit) is split
// into dist/chunks/ and loaded with import() where it is used, so start-up stays short.
// Workspace packages resolve to their TypeScript sources (the "source" condition).
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  asciiOnly,
  catalogJsonAsText,
  noCheckoutPaths,
  zodEnglishOnly,
} from '../scripts/bundle-start-up.mjs';

/**
 * @actions/core imports its OIDC helper at the top, and with it @actions/http-client and a
 * second copy of undici (about 50 ms of start-up); the action never asks for an ID token.
 * This swaps that one import for a stub that loads the real helper with import() on first
 * use, so getIDToken still works and the rest of @actions/core is untouched.
 */
const lazyCoreOidc = {
  name: 'lazy-actions-core-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)) return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
      return { path: real.path, namespace: 'lazy-oidc' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, (args) => ({
      contents: `export const OidcClient = {
  getIDToken: async (audience) => (await import(${JSON.stringify(args.path)})).OidcClient.getIDToken(audience),
};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

// Paths are relative to this package whatever the working directory.
const here = import.meta.dirname;
// `node build.mjs [outdir]`: tests build the current sources into a folder of their own,
// leaving the committed dist/ alone.
const outdir = process.argv[2] ?? 'dist';
// The build owns its folder: stale chunks from an earlier build must not linger (check-dist).
await rm(resolve(here, outdir), { recursive: true, force: true });

await build({
  absWorkingDir: here,
  // dist/post.js: the post: step (action.yml runs.post), which keeps a stopped run's state.
  entryPoints: ['src/index.ts', 'src/post.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  conditions: ['source'],
  // Content hashes: the same sources always give the same names, so check-dist is stable.
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [lazyCoreOidc, catalogJsonAsText, zodEnglishOnly],
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);",
  },
});

await asciiOnly(resolve(here, outdir));
await noCheckoutPaths(resolve(here, outdir), resolve(here, '..'));

// Title and end cards are drawn with DejaVu Sans (the pipeline's `dejavu-fonts-ttf`): the bundle
// carries it in dist/fonts/, where the pipeline's cardFontPath() looks first (a bundle has no
// node_modules to resolve it from), with its licence.
const fontPackage = dirname(
  createRequire(join(here, '../packages/pipeline', 'package.json')).resolve(
    'dejavu-fonts-ttf/package.json',
  ),
);
const fonts = resolve(here, outdir, 'fonts');
await mkdir(fonts, { recursive: true });
await copyFile(join(fontPackage, 'ttf', 'DejaVuSans.ttf'), join(fonts, 'DejaVuSans.ttf'));
await copyFile(join(fontPackage, 'LICENSE'), join(fonts, 'DejaVu-LICENSE'));
