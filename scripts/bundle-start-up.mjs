// Start-up helpers shared by the two esbuild bundles (action/build.mjs, packages/cli/build.mjs):
// both are started cold (the action on every workflow run, `clipwright validate` from a shell),
// and both spend most of their start-up reading and compiling the bundle's source.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The catalog's data files (`@clipwright/catalog`'s data/*.json, about 430 KB) as
 * `JSON.parse("…")` instead of esbuild's default, one JavaScript object literal: V8 scans a
 * string literal far faster than it pre-parses and compiles 430 KB of literal, and
 * `JSON.parse` builds the objects faster than the literal's bytecode does. The values (and the
 * data files) are unchanged.
 * @type {import('esbuild').Plugin}
 */
export const catalogJsonAsText = {
  name: 'catalog-json-as-text',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/]catalog[\\/]data[\\/][^\\/]+\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      // Parsed once here so that a broken file fails the build, not the first start.
      JSON.parse(text);
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/**
 * zod's `locales` namespace (its error messages in about 50 languages, 360 KB of the bundle's
 * 760 KB of zod) reduced to English, the one zod itself configures and the only one Clipwright
 * uses (its messages are its own): zod's entry points re-export every locale as
 * `z.locales`, so the bundler cannot drop them, and every start would compile them. Only that
 * re-export changes: `z.locales.en` stays, and zod's own `import en from './en.js'` is untouched.
 * @type {import('esbuild').Plugin}
 */
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, async (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](?:classic|core|mini)[\\/]/.test(args.importer)) return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
      // The path of a module in a plugin's namespace is printed as it is in the bundle's
      // comments: a fixed name keeps the bundle the same in every checkout (check-dist), the
      // real folder travels in pluginData.
      return {
        path: 'zod/v4/locales/index.js',
        namespace: 'zod-english-only',
        pluginData: { dir: dirname(real.path) },
      };
    });
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(args.pluginData.dir, 'en.js'))};`,
      resolveDir: args.pluginData.dir,
      loader: 'js',
    }));
  },
};

/**
 * Rewrites every non-ASCII character left in the bundle's .js files as a `\uXXXX` escape.
 * esbuild (charset `ascii`, its default) already escapes strings and templates, but keeps
 * comments and regular-expression literals as they are: one `—` in a comment makes Node
 * decode the whole file from UTF-8 into a two-byte string and V8 scan it as one (the CLI's
 * 2.6 MB bundle: tens of milliseconds per start), where pure ASCII takes the fast path. An
 * escape means the same character in a regular expression or an identifier, and is inert in
 * a comment, so the code is unchanged.
 * @param {string} dir the bundle's output folder (its .js files, searched recursively)
 * @param {(name: string) => boolean} [only] which files (by name) to rewrite: all by default
 */
export async function asciiOnly(dir, only = () => true) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js') || !only(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    if (!/[\u0080-\uffff]/.test(text)) continue;
    const ascii = text.replace(/[\u0080-\uffff]/g, (c, at) => {
      // After an odd number of backslashes the character is itself escaped (`/\—/`), and an
      // escape sequence would not mean the same: refuse rather than change the code.
      const before = /\\*$/.exec(text.slice(Math.max(0, at - 16), at))?.[0].length ?? 0;
      if (before % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character at ${at}`);
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    await writeFile(file, ascii);
  }
}

/**
 * Fails the build when a bundle file names the folder it was built in (e.g. a plugin module's
 * absolute path in esbuild's comments): the committed bundle must be the same in every checkout,
 * or `check:dist` fails on a clean clone.
 * @param {string} dir the bundle's output folder
 * @param {string} root the checkout's root folder
 */
export async function noCheckoutPaths(dir, root) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    const at = text.indexOf(root);
    if (at >= 0) {
      const line = text.slice(0, at).split('\n').length;
      throw new Error(`${file}:${line} names the checkout's folder ${root}: bundles must not`);
    }
  }
}
