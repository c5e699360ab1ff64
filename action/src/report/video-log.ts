import type { PipelineEvent } from '@clipwright/pipeline';
import { fallbackMessage } from '@clipwright/pipeline/report';

/**
 * Collects each video's progress lines while jobs run side by side, so that each video's
 * log group is printed whole when it finishes (groups cannot interleave). Result URLs are
 * handed to `mask` the moment they appear, before anything could print them.
 */
export function createVideoLog(options: {
  mask: (value: string) => void;
  flush: (title: string, lines: string[]) => void;
}) {
  const lines = new Map<string, string[]>();
  const masked = new Set<string>();
  const add = (name: string, line: string) => {
    const list = lines.get(name) ?? [];
    list.push(line);
    lines.set(name, list);
  };
  const maskUrls = (urls: unknown) => {
    for (const url of Array.isArray(urls) ? urls : []) {
      if (typeof url === 'string' && !masked.has(url)) {
        masked.add(url);
        options.mask(url);
      }
    }
  };
  return (event: PipelineEvent) => {
    switch (event.type) {
      case 'created':
        maskUrls(event.task.results);
        add(
          event.job.name,
          `created task ${event.task.id} (${event.job.request.model}, about ${event.job.credits} credits)`,
        );
        break;
      case 'progress': {
        maskUrls(event.task.results);
        const list = lines.get(event.job.name) ?? [];
        const line = `${event.task.status} ${event.task.progress}%`;
        if (list.at(-1) !== line) add(event.job.name, line);
        break;
      }
      case 'retry':
        add(
          event.job?.name ?? '(client)',
          `retry ${event.attempt} in ${event.delayMs} ms: ${event.error.message}`,
        );
        break;
      case 'fallback':
        add(event.job.name, fallbackMessage(event));
        break;
      case 'downloaded':
        add(event.job.name, `downloaded ${event.bytes} bytes`);
        break;
      case 'done': {
        const r = event.result;
        add(
          event.job.name,
          `${r.status}${r.error ? `: ${r.error.code} ${r.error.message}` : ''}${r.bytes ? ` (${r.bytes} bytes)` : ''}`,
        );
        options.flush(`${event.job.name}: ${r.status}`, lines.get(event.job.name) ?? []);
        lines.delete(event.job.name);
        break;
      }
      default:
        break;
    }
  };
}
