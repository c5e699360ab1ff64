// Run as a child process by the download scenario, so that its peak RSS is the download's alone:
//   node --conditions=source download-child.ts <url> <destination>
// Prints one JSON line: { bytes, ms, maxRssKiB }.
import { createClient } from '@clipwright/core';

const [url, destination] = process.argv.slice(2);
if (!url || !destination) throw new Error('usage: download-child.ts <url> <destination>');
// Result links are pre-signed: the download sends no key, so none is configured.
// The simulator's links are http on loopback: the tests-only switch lets them through.
const client = createClient({ env: {}, allowInsecureCallbacks: true });
const started = performance.now();
const result = await client.download(url, destination);
const ms = performance.now() - started;
console.log(JSON.stringify({ bytes: result.bytes, ms, maxRssKiB: process.resourceUsage().maxRSS }));
