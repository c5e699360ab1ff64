// Run as a child process by the download scenario, so that its peak RSS is the download's alone:
//   node --conditions=source download-child.ts <url> <destination>
// Prints one JSON line: { bytes, ms, maxRssKiB }.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createClient } from '@clipwright/core';

const [url, destination] = process.argv.slice(2);
if (!url || !destination) throw new Error('usage: download-child.ts <url> <destination>');
// Loading the HTTP library is start-up, as loading libcurl is for curl (whose time_total starts
// after it): the client loads undici on its first request, so it is loaded here, before the
// clock starts. It is core's own copy (resolved from core), the very module the client imports.
const fromCore = createRequire(import.meta.resolve('@clipwright/core'));
await import(pathToFileURL(fromCore.resolve('undici')).href);
// Result links are pre-signed: the download sends no key, so none is configured.
// The simulator's links are http on loopback: the tests-only switch lets them through.
const client = createClient({ env: {}, allowInsecureCallbacks: true });
const started = performance.now();
const result = await client.download(url, destination);
const ms = performance.now() - started;
console.log(JSON.stringify({ bytes: result.bytes, ms, maxRssKiB: process.resourceUsage().maxRSS }));
