import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  actionPaths,
  cachePrefix,
  coreIo,
  coreState,
  readEventContext,
  readPostState,
  summaryText
} from "./chunks/chunk-ZCO4QGVP.js";
import "./chunks/chunk-7E232E7N.js";
import "./chunks/chunk-PVM5IJ4R.js";
import "./chunks/chunk-6W6PGNU5.js";
import "./chunks/chunk-FMRLRFVJ.js";

// src/post/run-post.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function runPost(deps = {}) {
  const env = deps.env ?? process.env;
  const io = deps.io ?? coreIo;
  try {
    const { run, journalSaved, summaryWritten } = readPostState(deps.state ?? coreState(env));
    if (!run) return;
    if (run.cache && !journalSaved) {
      const refused = untrustedState(run, run.cache, env);
      if (refused) io.warning(`Clipwright's post step saved nothing: ${refused}`);
      else await saveKept(run, run.cache, env, io, deps);
    }
    if (!summaryWritten) await io.writeSummary(stoppedSummary(await paidTasks(run.journalFile)));
  } catch (error) {
    io.warning(`Clipwright's post step could not finish: ${error.message}`);
  }
}
function untrustedState(run, cache, env) {
  const { stateDir, workspace } = actionPaths(env, ".");
  const expected = {
    prefix: cachePrefix(readEventContext({ env })),
    journalFile: join(stateDir, "journal.json"),
    dir: join(stateDir, "actions-cache"),
    ledger: join(stateDir, "ledger.json"),
    root: workspace
  };
  const saved = { ...cache, journalFile: run.journalFile };
  const differs = Object.keys(expected).filter(
    (k) => saved[k] !== expected[k]
  );
  if (differs.length > 0)
    return `the main step's state does not match this event and runner (${differs.join(", ")}).`;
  if (!/^[\w-]+$/.test(cache.scope) || !/^[\w-]+$/.test(cache.runKey))
    return "the main step's state names an invalid journal key.";
  return void 0;
}
async function saveKept(run, cache, env, io, deps) {
  const create = deps.createCacheStore ?? (await import("./chunks/actions-cache-store-73KJEZLI.js")).createActionsCacheStore;
  const store = create({ ...cache, env, warn: io.warning });
  const videos = await store.saveKept();
  await store.saveJournal(run.journalFile, cache.scope, `${cache.runKey}-post`);
  io.info(
    `The main step stopped before saving its state: the journal and ${videos} videos were saved to the Actions cache for the next run.`
  );
}
async function paidTasks(journalFile) {
  try {
    const data = JSON.parse(await readFile(journalFile, "utf8"));
    return Object.values(data.entries ?? {}).flatMap(
      (e) => typeof e.name === "string" && typeof e.taskId === "string" && !e.failure ? [{ name: e.name, taskId: e.taskId }] : []
    );
  } catch {
    return [];
  }
}
function stoppedSummary(tasks) {
  return [
    "## Clipwright (stopped)",
    "",
    `The main step ended before its report (cancelled, timed out or failed). ${tasks.length} tasks it paid for are kept in the journal: the next run resumes them instead of paying again.`,
    ...tasks.length ? [
      "",
      "| name | task |",
      "| --- | --- |",
      ...tasks.map((t) => `| ${summaryText(t.name)} | ${summaryText(t.taskId)} |`)
    ] : [],
    ""
  ].join("\n");
}

// src/post.ts
await runPost();
