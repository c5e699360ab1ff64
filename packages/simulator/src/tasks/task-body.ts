import { taskFailureMessages } from './directives.ts';
import { type TaskRecord, taskStatus } from './task-record.ts';

/** The JSON body of a task (create response, query response and callback body), as documented. */
export function taskBody(task: TaskRecord, now: number, baseUrl: string): Record<string, unknown> {
  const { status, progress } = taskStatus(task, now);
  const body: Record<string, unknown> = {
    created: Math.floor(task.createdAt / 1000),
    id: task.id,
    model: task.model.name,
    object: 'video.generation.task',
    progress,
    status,
    task_info: {
      can_cancel: status === 'pending',
      estimated_time:
        status === 'pending' || status === 'processing' ? remainingEstimate(task, now) : 0,
      video_duration: task.params.duration,
    },
    type: 'video',
    usage: {
      billing_rule: task.model.billingRule,
      credits_reserved: task.credits,
      user_group: 'default',
      ...(status === 'completed' ? { credits_used: task.credits } : {}),
      ...(status === 'failed' || status === 'cancelled' ? { credits_used: 0 } : {}),
    },
  };
  const d = task.directives;
  if (status === 'completed') {
    const links = task.emptyResults ? [] : [`${baseUrl}/files/${task.fileId}.mp4`];
    // Some models answer with `result_data` instead of `results` (vendor client code).
    if (d.resultData === 'array') body.result_data = links.map((video_url) => ({ video_url }));
    else if (d.resultData === 'object') body.result_data = { video_url: links[0] ?? null };
    else body.results = links;
  }
  if (status === 'failed' && task.failCode) body.error = taskError(task.failCode, d);
  if (status === 'cancelled') body.error = taskError('request_cancelled', d);
  if (d.nullFields) {
    body.progress = null;
    body.created = null;
    if (body.error && typeof body.error === 'object') {
      (body.error as Record<string, unknown>).message = null;
    }
  }
  return body;
}

/** A task's `error` in the shape the prompt's directives ask for (documented by default). */
function taskError(code: string, d: TaskRecord['directives']): unknown {
  const message = taskFailureMessages[code] ?? `The generation failed: ${code}`;
  if (d.errorShape === 'string') return message;
  const error: Record<string, unknown> = { message };
  if (d.errorShape === 'numeric') error.code = 500;
  else if (d.errorShape !== 'no-code') error.code = code;
  if (d.fallback) error.fallback_suggestion = 'try again with the model sora-2-preview';
  return error;
}

/** The announced estimate minus the elapsed time: honest, but not the true remaining time. */
function remainingEstimate(task: TaskRecord, now: number): number {
  const elapsed = (now - task.createdAt) / 1000;
  return Math.max(1, Math.round(task.estimatedSeconds * task.estimateFactor - elapsed));
}
