import { type Task, TaskFailedError } from '@clipwright/core';
import { type CliContext, clientFromEnv } from '../cli-context.ts';
import { exitCodes } from '../exit-codes.ts';
import { formatCredits } from '../report/format.ts';
import { writeJsonLine } from '../report/json-line.ts';
import { createStyle } from '../report/style.ts';
import { terminalSafeDeep } from '../report/terminal-text.ts';

export interface StatusFlags {
  baseUrl?: string;
  json?: boolean;
  wait?: boolean;
}

/** `clipwright status <task-id>`: one query (or a wait with `--wait`); exit 1 when the task failed. */
export async function status(taskId: string, flags: StatusFlags, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const client = clientFromEnv(ctx, flags);
  const controller = new AbortController();
  const onInt = () => controller.abort();
  io.signals.on('SIGINT', onInt);
  let task: Task;
  try {
    task = flags.wait
      ? await client.tasks
          .wait(taskId, {
            signal: controller.signal,
            onProgress: (t) => {
              if (!flags.json) io.stderr.write(`${t.status} ${t.progress}%\n`);
            },
          })
          .catch((err: unknown) => {
            // A failed or cancelled task is an answer here, not an error: show it like any other.
            if (err instanceof TaskFailedError) return err.task;
            throw err;
          })
      : await client.tasks.get(taskId, { signal: controller.signal });
  } finally {
    io.signals.off('SIGINT', onInt);
  }
  const failed = task.status === 'failed' || task.status === 'cancelled';
  if (flags.json) {
    writeJsonLine(io.stdout, task);
    return failed ? exitCodes.someFailed : exitCodes.ok;
  }
  // The server's text (error message, links) is shown terminal-safe.
  const shown = terminalSafeDeep(task);
  const s = createStyle(io.stdout, io.env);
  const colour = shown.status === 'completed' ? s.green : failed ? s.red : s.yellow;
  const lines = [
    `${shown.id}  ${colour(shown.status)}  ${shown.progress}%`,
    `model:    ${shown.model}`,
    `created:  ${new Date(shown.created * 1000).toISOString()}`,
  ];
  const credits = shown.usage?.credits_used ?? shown.usage?.credits_reserved;
  if (credits !== undefined) {
    lines.push(
      `credits:  ${formatCredits(credits)}${shown.usage?.credits_used === undefined ? ' (reserved)' : ''}`,
    );
  }
  if (shown.task_info?.estimated_time !== undefined && !failed && shown.status !== 'completed') {
    lines.push(`estimate: ${shown.task_info.estimated_time} s`);
  }
  if (shown.error) lines.push(`error:    ${shown.error.code}: ${shown.error.message}`);
  for (const url of shown.results ?? []) lines.push(`video:    ${url}`);
  if (shown.status === 'completed') lines.push(`Fetch it with: clipwright download ${shown.id}`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return failed ? exitCodes.someFailed : exitCodes.ok;
}
