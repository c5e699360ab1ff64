import { resolve } from 'node:path';
import { formatBytes } from '@clipwright/pipeline/report';
import { type CliContext, clientFromEnv } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import { exitCodes } from '../exit-codes.ts';
import { displayPath } from '../report/display-path.ts';
import { writeJsonLine } from '../report/json-line.ts';

export interface DownloadFlags {
  baseUrl?: string;
  json?: boolean;
  quiet?: boolean;
}

/** `clipwright download <task-id> [path]`: the finished video to `path` (default `<task-id>.mp4`). */
export async function download(
  taskId: string,
  path: string | undefined,
  flags: DownloadFlags,
  ctx: CliContext,
): Promise<number> {
  const { io } = ctx;
  const client = clientFromEnv(ctx, flags);
  const controller = new AbortController();
  const onInt = () => controller.abort();
  io.signals.on('SIGINT', onInt);
  try {
    const task = await client.tasks.get(taskId, { signal: controller.signal });
    if (task.status === 'failed' || task.status === 'cancelled') {
      throw new CliError(
        `task ${taskId} ${task.status}${task.error ? `: ${task.error.code}: ${task.error.message}` : ''}; there is no video to download.`,
        exitCodes.someFailed,
      );
    }
    if (task.status !== 'completed') {
      throw new CliError(
        `task ${taskId} is ${task.status} (${task.progress}%): not finished yet. Wait for it with \`clipwright status --wait ${taskId}\`.`,
        exitCodes.someFailed,
      );
    }
    const destination = resolve(io.cwd, path ?? `${taskId}.mp4`);
    let lastQuarter = 0;
    const saved = await client.download(task, destination, {
      signal: controller.signal,
      onProgress: ({ bytes, total }) => {
        if (flags.json || flags.quiet || !total) return;
        // A line per quarter: enough for a file this size, and fine in logs.
        const quarter = Math.floor((bytes / total) * 4);
        if (quarter > lastQuarter && quarter < 4) {
          lastQuarter = quarter;
          io.stderr.write(`downloading ${formatBytes(bytes)} / ${formatBytes(total)}\n`);
        }
      },
    });
    if (flags.json) writeJsonLine(io.stdout, { taskId, ...saved });
    else if (!flags.quiet) {
      io.stdout.write(
        `${displayPath(saved.path, io.cwd)}  ${formatBytes(saved.bytes)}  sha256 ${saved.sha256}\n`,
      );
    }
    return exitCodes.ok;
  } finally {
    io.signals.off('SIGINT', onInt);
  }
}
