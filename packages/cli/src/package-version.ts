import { createRequire } from 'node:module';

/**
 * The version in the package's own package.json, one level up from this file in src/ and
 * from the bundled dist/cli-main.js alike (so this file stays at the top of src/).
 */
export function packageVersion(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}
