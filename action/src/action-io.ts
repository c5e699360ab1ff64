import * as core from '@actions/core';
import { logText } from './log-text.ts';
import type { Annotation } from './problem-annotations.ts';

/** Everything the action says to the runner; tests pass a recording fake. */
export interface ActionIo {
  info(message: string): void;
  warning(message: string): void;
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
 * no name or message can start a workflow command; core escapes the commands' own data.
 */
export const coreIo: ActionIo = {
  info: (m) => core.info(logText(m)),
  warning: (m) => core.warning(m),
  notice: (m) => core.notice(m),
  error: (m, p) => core.error(m, p),
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
  setFailed: (m) => core.setFailed(m),
};
