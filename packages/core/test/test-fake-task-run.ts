import type { PollObservation, PollPolicy } from '../src/policies/poll-policy.ts';
import type { Task } from '../src/types.ts';

/**
 * Runs a poll policy against a model task on a fake clock (no I/O, no real time): pending for
 * `queueS`, then progress 1..98 linearly until `totalS`, then completed. Returns the number of
 * queries and how late the completion was seen. A test helper (`test-` files stay out of dist).
 */
export function fakeTaskRun(
  policy: PollPolicy,
  task: { queueS: number; totalS: number; estimatedS?: number },
): { polls: number; lagMs: number } {
  const start = 1_700_000_000_000;
  const finishAt = start + task.totalS * 1000;
  const startAt = start + task.queueS * 1000;
  const stateAt = (now: number): Task => {
    const base = { id: 't', model: 'm', created: Math.floor(start / 1000) };
    const estimated = Math.max(
      1,
      Math.round((task.estimatedS ?? task.totalS) - (now - start) / 1000),
    );
    if (now >= finishAt) return { ...base, status: 'completed', progress: 100, results: ['u'] };
    if (now < startAt)
      return { ...base, status: 'pending', progress: 0, task_info: { estimated_time: estimated } };
    const progress = Math.min(98, 1 + Math.floor((98 * (now - startAt)) / (finishAt - startAt)));
    return { ...base, status: 'processing', progress, task_info: { estimated_time: estimated } };
  };
  const history: PollObservation[] = [];
  let now = start;
  let polls = 0;
  let current = stateAt(now); // the create response
  for (;;) {
    const estimated = current.task_info?.estimated_time;
    history.push({
      at: now,
      status: current.status,
      progress: current.progress,
      ...(estimated !== undefined && { estimatedMs: estimated * 1000 }),
    });
    if (current.status === 'completed') return { polls, lagMs: now - finishAt };
    const delay = policy({ task: current, now, elapsedMs: now - start, attempt: polls, history });
    if (!(delay > 0)) throw new Error(`policy returned ${delay}`);
    now += delay;
    polls += 1;
    current = stateAt(now);
    if (polls > 100_000) throw new Error('policy never saw the task finish');
  }
}
