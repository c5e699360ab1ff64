#!/usr/bin/env node
// `pnpm clipwright` from a checkout: pnpm runs scripts in the checkout, but the user meant
// the directory they typed the command in, which pnpm passes as INIT_CWD. The installed
// `clipwright` bin (bin.ts) reads the current directory as it is.
const from = process.env.INIT_CWD;
if (from) process.chdir(from);
await import('./bin.ts');
