import * as core from '@actions/core';
import { secretRedactor } from '@clipwright/pipeline/internal';
import { logText } from './report/log-text.ts';
import type { Annotation } from './report/problem-annotations.ts';

/** Everything the action says to the runner; tests pass a recording fake. */
export interface ActionIo {
  info(message: string): void;
  /** A warning; with `properties`, an annotation on that file and line. */
  warning(message: string, properties?: Annotation['properties']): void;
  notice(message: string): void;
  error(message: string, properties?: Annotation['properties']): void;
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  group(title: string, lines: string[]): void;
  writeSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

/**
 * The runner's real channels, through @actions/core. Plain lines go through `logText` so that
 * no name or message can start a workflow command. Core escapes the data of the commands it
 * issues (`%`, CR and LF, so no second line), but not `##[`, which the runner reads anywhere
 * in a line: annotations and the failure go through `logText` too.
 */
export const coreIo: ActionIo = {
  info: (m) => core.info(logText(m)),
  warning: (m, p) => core.warning(logText(m), inertProperties(p)),
  notice: (m) => core.notice(logText(m)),
  error: (m, p) => core.error(logText(m), inertProperties(p)),
  setSecret: (v) => core.setSecret(v),
  setOutput: (n, v) => core.setOutput(n, v),
  group: (title, lines) => {
    core.startGroup(logText(title));
    for (const line of lines) core.info(logText(line));
    core.endGroup();
  },
  writeSummary: async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
  setFailed: (m) => core.setFailed(logText(m)),
};

/**
 * `io` with `secrets` (the key: raw, JSON-escaped, URL- and HTML-encoded) replaced by `***` in
 * every line, output and the job summary: the runner masks only the raw form of the log, and
 * the summary and output files are files we write. `setSecret` passes through untouched.
 */
export function redactingIo(io: ActionIo, secrets: readonly string[]): ActionIo {
  const r = secretRedactor(secrets);
  return {
    info: (m) => io.info(r(m)),
    warning: (m, p) => (p ? io.warning(r(m), p) : io.warning(r(m))),
    notice: (m) => io.notice(r(m)),
    error: (m, p) => io.error(r(m), p),
    setSecret: (v) => io.setSecret(v),
    setOutput: (n, v) => io.setOutput(n, r(v)),
    group: (title, lines) => io.group(r(title), lines.map(r)),
    writeSummary: (markdown) => io.writeSummary(r(markdown)),
    setFailed: (m) => io.setFailed(r(m)),
  };
}

/** An annotation's file and title printed inert, like its message (see `logText`). */
function inertProperties(
  p: Annotation['properties'] | undefined,
): Annotation['properties'] | undefined {
  return (
    p && {
      ...p,
      ...(p.file && { file: logText(p.file) }),
      ...(p.title && { title: logText(p.title) }),
    }
  );
}
