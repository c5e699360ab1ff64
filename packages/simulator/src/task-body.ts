import { taskFailureMessages } from './directives.ts';
import { estimateFactorOf } from './progress-profiles.ts';
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
      ...(status === 'failed' ? { credits_used: 0 } : {}),
    },
  };
  if (status === 'completed')
    body.results = task.emptyResults ? [] : [`${baseUrl}/files/${task.fileId}.mp4`];
  if (status === 'failed' && task.failCode) {
    body.error = {
      code: task.failCode,
      message: taskFailureMessages[task.failCode] ?? `The generation failed: ${task.failCode}`,
    };
  }
  return body;
}

/** The announced estimate minus the elapsed time: honest, but not the true remaining time. */
function remainingEstimate(task: TaskRecord, now: number): number {
  const elapsed = (now - task.createdAt) / 1000;
  return Math.max(1, Math.round(task.estimatedSeconds * estimateFactorOf(task.prompt) - elapsed));
}
