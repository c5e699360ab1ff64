import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);
import {
  chainModels,
  escapeHtml,
  formatProblem,
  isDelivered,
  outcomes,
  priceList,
  roundCredits,
  secretRedactor,
  sumCredits
} from "./chunk-7E232E7N.js";
import {
  endGroup,
  error,
  getState,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-PVM5IJ4R.js";
import {
  external_exports
} from "./chunk-6W6PGNU5.js";

// src/github/event-context.ts
import { readFileSync } from "node:fs";
var trustedEvents = [
  "push",
  "release",
  "workflow_dispatch",
  "schedule"
];
function readEventContext(options = {}) {
  const env = options.env ?? process.env;
  const readFile = options.readFile ?? ((path) => readFileSync(path, "utf8"));
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH));
    } catch (error2) {
      throw new Error(
        `Cannot read the event payload at ${env.GITHUB_EVENT_PATH}: ${error2.message}`
      );
    }
  }
  const ref = env.GITHUB_REF ?? "";
  const tag = payload.release?.tag_name ?? (ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0);
  const repository = env.GITHUB_REPOSITORY ?? payload.repository?.full_name;
  const headRepo = payload.pull_request?.head?.repo?.full_name;
  const fromFork = eventName.startsWith("pull_request") && eventName !== "pull_request_target" && (headRepo === void 0 || headRepo !== (payload.repository?.full_name ?? repository));
  const pullRequest = eventName.startsWith("pull_request") ? readPullRequest(payload) : void 0;
  const workflowRun = eventName === "workflow_run" ? readWorkflowRun(payload) : void 0;
  return {
    eventName,
    trusted: trustedEvents.includes(eventName),
    ...pullRequest && { pullRequest },
    ...workflowRun && { workflowRun },
    ...repository ? { repository } : {},
    ...env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {},
    ...tag ? { tag } : {},
    fromFork,
    ...eventName === "push" && payload.before && payload.after ? { push: { before: payload.before, after: payload.after } } : {}
  };
}
function readPullRequest(payload) {
  const pr = payload.pull_request;
  const number = pr?.number ?? payload.number;
  if (!pr?.base?.sha || !pr.head?.sha || number === void 0) return void 0;
  const headRepository = pr.head.repo?.full_name;
  return {
    number,
    base: pr.base.sha,
    head: pr.head.sha,
    ...headRepository && { headRepository },
    action: payload.action ?? "",
    labels: (pr.labels ?? []).map((l) => l.name ?? ""),
    ...payload.label?.name && { label: payload.label.name }
  };
}
function readWorkflowRun(payload) {
  const run = payload.workflow_run;
  if (typeof run?.id !== "number" || !run.head_sha) return void 0;
  const headRepository = run.head_repository?.full_name;
  return {
    id: run.id,
    event: run.event ?? "",
    headSha: run.head_sha,
    ...headRepository && { headRepository }
  };
}

// src/post/post-state.ts
function coreState(env) {
  if (!env.GITHUB_STATE) return { save: () => {
  }, get: (name) => env[`STATE_${name}`] ?? "" };
  return { save: (name, value) => saveState(name, value), get: (name) => getState(name) };
}
var postRunSchema = external_exports.object({
  format: external_exports.literal("clipwright-post/1"),
  /** Absolute: the journal (`<stateDir>/journal.json`). */
  journalFile: external_exports.string().min(1),
  /** The Actions cache store's settings, or absent when the cache is off. */
  cache: external_exports.object({
    dir: external_exports.string().min(1),
    root: external_exports.string().min(1),
    /** The trust-scoped key prefix the main step used (never widened here). */
    prefix: external_exports.string().min(1),
    ledger: external_exports.string().min(1),
    /** The journal's scope (a shard or `all`) and the run attempt's key. */
    scope: external_exports.string().min(1),
    runKey: external_exports.string().min(1)
  }).optional()
});
var postStateNames = {
  run: "clipwright-run",
  /** `true` once the main step saved the journal to the Actions cache. */
  journalSaved: "clipwright-journal-saved",
  /** `true` once the main step wrote its job summary. */
  summaryWritten: "clipwright-summary-written"
};
function postStateWriter(state) {
  return {
    began: (run) => state.save(postStateNames.run, JSON.stringify({ format: "clipwright-post/1", ...run })),
    journalSaved: () => state.save(postStateNames.journalSaved, "true"),
    summaryWritten: () => state.save(postStateNames.summaryWritten, "true")
  };
}
function readPostState(state) {
  let run;
  const text = state.get(postStateNames.run);
  if (text) {
    try {
      const parsed = postRunSchema.safeParse(JSON.parse(text));
      if (parsed.success) run = parsed.data;
    } catch {
      run = void 0;
    }
  }
  return {
    run,
    journalSaved: state.get(postStateNames.journalSaved) === "true",
    summaryWritten: state.get(postStateNames.summaryWritten) === "true"
  };
}

// src/action-context.ts
import { join, resolve } from "node:path";

// src/github/lazy-github.ts
function lazyGitHub(inputs, env, io, create) {
  return async () => (create ?? (await import("./github-client-Q2FGJP6L.js")).createGitHubClient)({
    token: inputs.githubToken,
    ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
    warn: io.warning
  });
}

// src/action-context.ts
function actionPaths(env, rootInput) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const own = env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "clipwright") : join(workspace, ".clipwright");
  return {
    workspace,
    root: resolve(workspace, rootInput),
    outDir: join(own, "out"),
    stateDir: join(own, "state")
  };
}
function actionContext(inputs, env, io, deps) {
  return {
    inputs,
    env,
    io,
    deps,
    event: readEventContext({ env }),
    github: lazyGitHub(inputs, env, io, deps.createGitHubClient),
    post: postStateWriter(deps.state ?? coreState(env)),
    ...actionPaths(env, inputs.root)
  };
}

// src/report/log-text.ts
function logText(text) {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/^(\s*):/, "$1:\u200B").replaceAll("##[", "##\u200B[")).join("\n");
}

// src/action-io.ts
var coreIo = {
  info: (m) => info(logText(m)),
  warning: (m, p) => warning(logText(m), inertProperties(p)),
  notice: (m) => notice(logText(m)),
  error: (m, p) => error(logText(m), inertProperties(p)),
  setSecret: (v) => setSecret(v),
  setOutput: (n, v) => setOutput(n, v),
  group: (title, lines) => {
    startGroup(logText(title));
    for (const line of lines) info(logText(line));
    endGroup();
  },
  writeSummary: async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await summary.addRaw(markdown, true).write();
  },
  setFailed: (m) => setFailed(logText(m))
};
function redactingIo(io, secrets) {
  const r = secretRedactor(secrets);
  return {
    info: (m) => io.info(r(m)),
    warning: (m, p) => p ? io.warning(r(m), p) : io.warning(r(m)),
    notice: (m) => io.notice(r(m)),
    error: (m, p) => io.error(r(m), p),
    setSecret: (v) => io.setSecret(v),
    setOutput: (n, v) => io.setOutput(n, r(v)),
    group: (title, lines) => io.group(r(title), lines.map(r)),
    writeSummary: (markdown) => io.writeSummary(r(markdown)),
    setFailed: (m) => io.setFailed(r(m))
  };
}
function inertProperties(p) {
  return p && {
    ...p,
    ...p.file && { file: logText(p.file) },
    ...p.title && { title: logText(p.title) }
  };
}

// ../packages/pipeline/src/report/fallback-message.ts
function fallbackMessage(e) {
  return `${e.job.name}: model ${e.from} unavailable (${e.error.code}: ${e.error.message}), falling back to ${e.to}`;
}

// ../packages/pipeline/src/report/format-credits.ts
function formatCredits(credits2) {
  return Number.isFinite(credits2) ? String(roundCredits(credits2)) : "?";
}
function formatUsd(credits2) {
  if (!Number.isFinite(credits2)) return "? USD";
  return `${(credits2 / priceList().creditsPerUsd).toFixed(2)} USD`;
}
function snapshotPrices() {
  const { retrieved } = priceList();
  return { kind: "snapshot", fetchedAt: retrieved, snapshotDate: retrieved };
}
function formatPriceSource(source = snapshotPrices(), now) {
  const list = priceList();
  const rate = `${list.creditsPerUsd} credits = 1 USD.`;
  const read = `${dateText(source.fetchedAt)}${age(source.fetchedAt, now)}`;
  if (source.kind === "snapshot") return `Prices: ${list.source} of ${read}; ${rate}`;
  const how = source.kind === "live" ? "read" : "cached copy read";
  return `Prices: EvoLink's price list (${how} ${read}), never below the committed snapshot of ${source.snapshotDate}; ${rate}`;
}
function dateText(date) {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(date) ? `${date.slice(0, 10)} ${date.slice(11, 16)} UTC` : date;
}
function age(date, now) {
  const at = Date.parse(date);
  const days = now === void 0 || Number.isNaN(at) ? void 0 : Math.floor((now - at) / 864e5);
  if (days === void 0 || !(days >= 0)) return "";
  return ` (${days === 0 ? "today" : `${days} day${days === 1 ? "" : "s"} old`})`;
}

// ../packages/pipeline/src/report/format-balance.ts
function formatBalance(check) {
  if (check.status === "refused")
    return check.refusal.status === 401 ? `EvoLink refused the API key (401: ${check.refusal.message}).` : `The key may not read the balance (403: ${check.refusal.message}); going on without the balance check.`;
  if (check.status === "unknown")
    return `The balance could not be read (${check.message}); going on without the balance check.`;
  const { credits: credits2, estimate, cheapest } = check;
  const c = (n) => String(roundCredits(n));
  const usd = (n) => `${c(n)} credits (${formatUsd(n)})`;
  const limit = credits2.keyRemaining === void 0 ? "" : ` (key limit ${c(credits2.keyRemaining)})`;
  const head = `Balance: ${usd(credits2.available)}${limit}`;
  if (!check.enough)
    return `${head}, below the cheapest video to make (${c(cheapest ?? 0)} credits): no video can be paid for; top up the account or raise the key's limit.`;
  if (!check.fits)
    return `${head}; the plan's estimate of ${usd(estimate)} does not fit: the videos that do not fit will fail with insufficient_quota.`;
  return `${head}; the plan's estimate of ${usd(estimate)} fits.`;
}

// ../packages/pipeline/src/report/format-bytes.ts
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

// ../packages/pipeline/src/report/format-diff.ts
function signedCredits(n) {
  const fixed = Math.abs(n).toFixed(2);
  return n > 0 ? `+${fixed}` : n < 0 ? `-${fixed}` : fixed;
}
function note(e) {
  const parts = [];
  if (e.changes.length > 0) parts.push(`${e.changes.join(", ")} changed`);
  if (e.cached && (e.status === "added" || e.status === "changed")) parts.push("already made");
  return parts.join("; ");
}
var credits = (n) => n === void 0 ? "" : n.toFixed(2);
function changedEntries(diff) {
  return diff.entries.filter((e) => e.status !== "unchanged");
}
function formatDiffSummary(diff, options = {}) {
  const c = diff.counts;
  return `${c.added} added, ${c.changed} changed, ${c.removed} removed, ${c.unchanged} unchanged; delta ${signedCredits(diff.delta)} credits (base ${diff.base.totalCredits.toFixed(2)} \u2192 head ${diff.head.totalCredits.toFixed(2)}); generating the change costs ${diff.toGenerate.toFixed(2)} (${formatUsd(diff.toGenerate)})`;
}
function markdownCell(text) {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
function formatDiffMarkdown(diff, options = {}) {
  const rows = changedEntries(diff);
  const source = markdownCell(formatPriceSource(options.prices, options.now));
  const problems = diff.problems.length > 0 ? `${diff.problems.length} problem(s) in the head's prompt files: run \`clipwright validate\`.` : void 0;
  if (rows.length === 0)
    return `No video changes.

${formatDiffSummary(diff, options)}

${source}
${problems ? `
${problems}
` : ""}`;
  const lines = [
    "| status | video | base | head | delta | source | note |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
    ...rows.map(
      (e) => `| ${e.status} | ${markdownCell(e.name)} | ${credits(e.baseCredits)} | ${credits(e.credits)} | ${signedCredits(e.delta)} | ${markdownCell(`${e.source.file}:${e.source.line}`)} | ${markdownCell(note(e))} |`
    ),
    "",
    `**Total delta: ${signedCredits(diff.delta)} credits** (base ${diff.base.totalCredits.toFixed(2)} \u2192 head ${diff.head.totalCredits.toFixed(2)}; generating the change costs ${diff.toGenerate.toFixed(2)}, ${formatUsd(diff.toGenerate)}). ${diff.counts.unchanged} unchanged.`,
    "",
    source
  ];
  if (problems) lines.push("", problems);
  return `${lines.join("\n")}
`;
}

// ../packages/pipeline/src/report/format-plan.ts
var DEFAULT = "*";
var DEAREST = "^";
var UNPRICED = "?";
function formatPlanTable(plan, options = {}) {
  const header = ["name", "model", "duration", "aspect", "quality", "credits", "hash", "source"];
  const rows = plan.jobs.map((j) => [
    j.name,
    j.chain ? chainModels(j).join(" > ") : formatSetting(j, "model"),
    formatSetting(j, "duration", "s"),
    formatSetting(j, "aspect_ratio"),
    formatSetting(j, "quality"),
    creditsCell(j),
    j.hash.slice(0, 12),
    `${j.source.file}:${j.source.line}`
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => i === 5 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const out = [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  if (plan.jobs.some((j) => j.chain))
    out.push(
      "",
      "`a > b`: b is tried only when a is unavailable; such a video is priced at its dearest model"
    );
  out.push(...storyboardLines(plan));
  const skipped = plan.skipped ?? { shard: 0, unchanged: 0 };
  const extras = [
    skipped.shard ? `${skipped.shard} in other shards` : "",
    skipped.unchanged ? `${skipped.unchanged} unchanged` : "",
    plan.invalid.length ? `${plan.invalid.length} invalid` : ""
  ].filter(Boolean);
  out.push(
    "",
    `${plan.jobs.length} video${plan.jobs.length === 1 ? "" : "s"}, ${plan.totalCredits.toFixed(2)} credits estimated (${formatUsd(plan.totalCredits)}, at the high end)` + (extras.length ? ` (${extras.join(", ")})` : ""),
    formatPriceSource(plan.priceSource, options.now)
  );
  if (plan.defaultModelChange) out.push("", formatDefaultModelChange(plan.defaultModelChange));
  const assumptions = formatAssumptions(plan.jobs);
  if (assumptions.length > 0) out.push("", ...assumptions);
  const warnings = plan.warnings ?? [];
  if (warnings.length > 0) {
    out.push("", `${warnings.length} warning${warnings.length === 1 ? "" : "s"}:`);
    for (const w of warnings) out.push(`  ${formatProblem(w)}`);
  }
  if (plan.problems.length > 0) {
    out.push("", `${plan.problems.length} problem${plan.problems.length === 1 ? "" : "s"}:`);
    for (const p of plan.problems) out.push(`  ${formatProblem(p)}`);
  }
  return out.join("\n");
}
function creditsCell(j) {
  const high = j.credits.toFixed(2);
  const range = j.creditsLow !== void 0 ? `${j.creditsLow.toFixed(2)}-${high}` : high;
  return `${range}${j.unpriced !== void 0 ? UNPRICED : creditsMark(j) || " "}`;
}
function formatSetting(job, field, unit = "") {
  const dearest = job.pricedAtDearest?.[field];
  if (dearest !== void 0) return `${String(dearest)}${unit}${DEAREST}`;
  const value = job.request[field];
  if (value === void 0) return "";
  return `${String(value)}${unit}${job.defaults && field in job.defaults ? DEFAULT : ""}`;
}
function formatSettings(settings) {
  return Object.entries(settings).map(([field, value]) => `${field} ${String(value)}`).join(", ");
}
function groupLines(jobs, settingsOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const j of jobs) {
    const settings = settingsOf(j);
    if (!settings) continue;
    const key = formatSettings(settings);
    groups.set(key, [...groups.get(key) ?? [], j.name]);
  }
  return [...groups].map(([settings, names]) => {
    const shown = names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", ");
    return `  ${shown}: ${settings}`;
  });
}
function creditsMark(job) {
  return job.pricedAtDearest ? DEAREST : "";
}
function formatAssumptions(jobs) {
  const defaults = groupLines(jobs, (j) => j.defaults);
  const dearest = groupLines(jobs, (j) => j.pricedAtDearest);
  const unpriced = groupLines(jobs, (j) => j.unpriced ? { [j.unpriced]: "" } : void 0);
  const out = [];
  if (unpriced.length > 0)
    out.push(
      `No published price (${UNPRICED}: a guess at the dearest published rate; under max-credits state --max-credits-per-video):`,
      ...unpriced.map((l) => l.trimEnd()),
      ""
    );
  if (defaults.length > 0)
    out.push(
      `Defaults used (${DEFAULT}: set nowhere, so the API's documented default applies):`,
      ...defaults
    );
  if (dearest.length > 0)
    out.push(
      ...out.length > 0 && out.at(-1) !== "" ? [""] : [],
      `Priced at the dearest value (${DEAREST}: set nowhere and without a default; the estimate is an upper bound, set the value for an exact price):`,
      ...dearest
    );
  if (out.at(-1) === "") out.pop();
  return out;
}
function formatDefaultModelChange(change) {
  const n = change.videos.length;
  const names = n > 5 ? `${change.videos.slice(0, 5).join(", ")} and ${n - 5} more` : change.videos.join(", ");
  return `${n} video${n === 1 ? "" : "s"} will be generated (and paid) again: the default model changed from ${change.from} to ${change.to}, and ${n === 1 ? "it names" : "they name"} no model (${names}). Their videos made with ${change.from} stay in the state folder's cache; to use them, set \`model: ${change.from}\` (no longer listed by the vendor) in the file or the defaults.`;
}
function storyboardLines(plan) {
  const lines = (plan.storyboards ?? []).map((b) => {
    const t = b.settings.transition;
    const join2 = t?.kind === "crossfade" ? `crossfades of ${t.seconds} s` : "cuts";
    const cards = [b.settings.titleCard && "a title card", b.settings.endCard && "an end card"].filter(Boolean).join(" and ");
    return `  ${b.output} <- ${b.shots.length} shots (${b.shots[0]} ... ${b.shots.at(-1)}), ${join2}${cards ? `, ${cards}` : ""}${b.audio ? `, sound ${b.audio.file}` : ""}: ${b.credits.toFixed(2)} credits in its shots`;
  });
  return lines.length > 0 ? ["", `Storyboards, assembled with ffmpeg once their shots are delivered:`, ...lines] : [];
}

// ../packages/pipeline/src/report/gallery.ts
import { isAbsolute, relative, sep } from "node:path";

// ../packages/pipeline/src/report/model-label.ts
function modelLabel(r) {
  if (!r.chain) return r.model;
  const index = r.chain.indexOf(r.model);
  if (index > 0) return `${r.model} (fallback for ${r.chain.slice(0, index).join(", ")})`;
  return r.status === "planned" ? r.chain.join(" > ") : r.model;
}

// ../packages/pipeline/src/report/gallery.ts
var statusLabels = {
  completed: "Completed",
  cached: "Cached (no credits spent)",
  suspect: "Suspect: its check failed",
  failed: "Failed",
  budget: "Not run: over the credit budget",
  invalid: "Not run: invalid input",
  cancelled: "Cancelled",
  planned: "Planned (dry run)"
};
function* galleryChunks(results, options = {}) {
  const title = options.title ?? "Clipwright videos";
  const counts = /* @__PURE__ */ new Map();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const credits2 = options.credits ?? sumCredits(results.filter((r) => !r.earlierRun));
  const earlier = results.filter((r) => r.earlierRun).length;
  const summary2 = [...counts].map(([status, n]) => `${n} ${escapeHtml(statusLabels[status] ?? status).toLowerCase()}`).join(", ");
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; media-src 'self' file:; img-src 'self' file:; style-src 'unsafe-inline'">
<meta name="generator" content="Clipwright">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${options.subtitle ? `<p>${escapeHtml(options.subtitle)}</p>
` : ""}<p class="summary">${results.length} ${results.length === 1 ? "video" : "videos"}${summary2 ? `: ${summary2}` : ""}. Credits used${earlier > 0 ? " by this run" : ""}: ${formatCredits(credits2)}.${earlier > 0 ? ` ${earlier} kept from an earlier run (not in this run's prompts).` : ""}</p>
</header>
<main>
${results.length === 0 ? "<p>No videos in this run.</p>\n" : ""}`;
  for (const [i, r] of results.entries()) {
    yield `${i > 0 ? "\n" : ""}${renderItem(r, i, options)}`;
  }
  yield `
</main>
</body>
</html>
`;
}
function renderItem(r, index, options) {
  const id = `video-${index + 1}`;
  const ok = isDelivered(r);
  const media = ok ? `<video controls preload="metadata" src="${escapeHtml(videoHref(r.path ?? "", options.outDir))}"${r.poster ? ` poster="${escapeHtml(videoHref(r.poster, options.outDir))}"` : ""} aria-labelledby="${id}-title"></video>` : `<div class="placeholder" role="img" aria-label="No video">No video</div>`;
  const error2 = r.error ? `<p class="error"><strong>Error <code>${escapeHtml(r.error.code)}</code>:</strong> ${escapeHtml(r.error.message)}</p>
` : "";
  const rows = [
    ["Model", `<code>${escapeHtml(modelLabel(r))}</code>`],
    ...Object.entries(r.parameters).filter(([, v]) => v !== void 0).map(([k, v]) => [k, `<code>${escapeHtml(formatValue(v))}</code>`]),
    ["Credits", escapeHtml(formatCredits(r.credits))],
    ["Source", `<code>${escapeHtml(r.source)}</code>`]
  ];
  if (r.shots) {
    const links = r.shots.map(
      (shot) => `<li><a href="${escapeHtml(videoHref(`${shot}.mp4`, options.outDir))}"><code>${escapeHtml(shot)}</code></a></li>`
    );
    rows.push(["Shots", `<ol class="shots">${links.join("")}</ol>`]);
  }
  if (r.taskId) rows.push(["Task", `<code>${escapeHtml(r.taskId)}</code>`]);
  if (r.bytes !== void 0) rows.push(["Size", escapeHtml(formatBytes(r.bytes))]);
  if (r.sha256) rows.push(["SHA-256", `<code class="hash">${escapeHtml(r.sha256)}</code>`]);
  return `<article aria-labelledby="${id}-title" class="status-${escapeHtml(cssToken(r.status))}">
<h2 id="${id}-title">${escapeHtml(r.name)}</h2>
<p class="status"><span class="badge">${escapeHtml(statusLabels[r.status] ?? r.status)}</span>${r.earlierRun ? ' <span class="earlier">from an earlier run</span>' : ""}</p>
${media}
${error2}<details open>
<summary>Prompt</summary>
<blockquote class="prompt">${promptParagraphs(r.prompt)}</blockquote>
</details>
<dl>
${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join("\n")}
</dl>
</article>`;
}
function promptParagraphs(prompt) {
  return prompt.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " ").trim()).filter(Boolean).map((p) => `<p>${escapeHtml(p)}</p>`).join("");
}
function videoHref(path, outDir) {
  const rel = outDir && isAbsolute(path) ? relative(outDir, path) : path;
  return rel.split(sep === "\\" ? /[\\/]/ : "/").map(encodeURIComponent).join("/");
}
function cssToken(text) {
  return text.replace(/[^a-z0-9-]/gi, "-");
}
function formatValue(v) {
  return typeof v === "string" ? v : JSON.stringify(v);
}
var styles = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #fafafa; --card: #fff; --muted: #4a4a55; --line: #d4d4dc; --bad: #a1151b; --good: #176b2c; --warn: #7a4d00; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececf1; --bg: #16161a; --card: #202026; --muted: #b4b4c0; --line: #3a3a44; --bad: #ff9a9a; --good: #8fe3a5; --warn: #ffd27a; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
main { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); }
article { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; min-width: 0; }
h2 { margin: 0 0 .25rem; font-size: 1.15rem; overflow-wrap: anywhere; }
video, .placeholder { width: 100%; aspect-ratio: 16 / 9; background: #000; border-radius: .25rem; }
.placeholder { display: grid; place-items: center; color: #fff; }
.badge { font-weight: 600; }
.status-completed .badge, .status-cached .badge { color: var(--good); }
.status-failed .badge, .status-invalid .badge { color: var(--bad); }
.status-budget .badge, .status-cancelled .badge, .status-suspect .badge { color: var(--warn); }
.error { color: var(--bad); overflow-wrap: anywhere; }
.summary, dt { color: var(--muted); }
.prompt { margin: .5rem 0; overflow-wrap: anywhere; }
.prompt p { margin: 0 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .5rem 0 0; }
dd { margin: 0; overflow-wrap: anywhere; }
.hash { font-size: .8em; }
:focus-visible { outline: 3px solid #2b6cd4; outline-offset: 2px; }
`;

// src/github/mentions.ts
var ZWSP = "\u200B";
function neutralizeMentions(text) {
  return text.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`).replace(new RegExp("#(?=\\p{N})", "gu"), `#${ZWSP}`).replace(new RegExp("\\b(GH)-(?=\\p{N})", "giu"), `$1${ZWSP}-`);
}

// src/report/job-summary.ts
var SUMMARY_LIMIT = 900 * 1024;
var entities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function summaryText(text) {
  return neutralizeMentions(text).replace(/\r\n|\r|\n/g, " ").replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`).replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2").replace(/[&<>"']/g, (c) => entities[c] ?? c).replace(/:(?=\/\/)/g, ":\u200B").replace(/\b(www)(?=\.)/gi, "$1\u200B");
}
var cell = summaryText;
var size = (bytes) => bytes === void 0 ? "" : formatBytes(bytes);
function renderJobSummary(o) {
  const tally = outcomes.filter((k) => k !== "planned" || (o.counts[k] ?? 0) > 0).map((k) => `${o.counts[k] ?? 0} ${k}`).join(", ");
  const head = [
    `## Clipwright${o.dryRun ? " (dry run)" : ""}`,
    "",
    `${o.results.length} videos: ${tally}. Credits ${o.dryRun ? "estimated" : "spent"}: ${o.credits} (${formatUsd(o.credits)}).`,
    "",
    cell(formatPriceSource(o.prices, o.now)),
    "",
    "| name | model | duration | status | credits | size | link |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  ];
  const jobs = new Map(o.jobs?.map((j) => [j.name, j]));
  const rows = o.results.map((r) => {
    const link = o.links.get(r.name);
    const job = jobs.get(r.name);
    const model = r.chain ? modelLabel(r) : job ? formatSetting(job, "model") : r.model;
    const duration = job ? formatSetting(job, "duration", " s") : r.parameters.duration === void 0 ? "" : `${String(r.parameters.duration)} s`;
    const credits2 = `${o.dryRun ? r.estimate : r.credits}${job ? creditsMark(job) : ""}`;
    return `| ${cell(r.name)} | ${cell(model)} | ${cell(duration)} | ${r.status} | ${credits2} | ${size(r.bytes)} | ${link ? `[download](${link})` : ""} |`;
  });
  const assumptions = formatAssumptions(o.jobs ?? []).map(
    (line) => line.startsWith("  ") ? `- ${cell(line.trim())}` : cell(line)
  );
  const errors = o.results.filter((r) => r.error && r.status !== "invalid").map(
    (r) => `- **${cell(r.name)}** (${cell(r.error?.code ?? "")}): ${cell(r.error?.message ?? "")}`
  );
  const problems = o.problems.map(
    (p) => `- ${cell(`${p.file}:${p.line}:${p.column}`)}: ${cell(p.field ? `${p.field}: ` : "")}${cell(p.message)}${p.fix ? ` (fix: ${cell(p.fix)})` : ""}`
  );
  const tail = [
    ...assumptions.length ? ["", "### Assumed settings", "", ...assumptions] : [],
    ...errors.length ? ["", "### Errors", "", ...errors] : [],
    ...problems.length ? ["", "### Problems in prompt files", "", ...problems] : [],
    ...o.notes?.length ? ["", ...o.notes.map((n) => `> ${cell(n)}`)] : []
  ];
  let text = [...head, ...rows, ...tail, ""].join("\n");
  while (Buffer.byteLength(text) > SUMMARY_LIMIT && rows.length > 0) {
    rows.splice(Math.floor(rows.length / 2));
    text = [
      ...head,
      ...rows,
      `| \u2026 | | | | | | see manifest.json for the rest |`,
      ...tail.slice(0, 50),
      ""
    ].join("\n");
  }
  return text;
}

// src/cache/cache-prefix.ts
function cachePrefix(event) {
  if (event.trusted) return "clipwright-v2";
  return event.pullRequest ? `clipwright-v2-untrusted-pr${event.pullRequest.number}` : "clipwright-v2-untrusted";
}

export {
  formatUsd,
  galleryChunks,
  readEventContext,
  coreState,
  readPostState,
  actionPaths,
  actionContext,
  logText,
  coreIo,
  redactingIo,
  fallbackMessage,
  formatBalance,
  signedCredits,
  changedEntries,
  markdownCell,
  formatDiffMarkdown,
  formatPlanTable,
  neutralizeMentions,
  summaryText,
  renderJobSummary,
  cachePrefix
};
