// Its own file so that the policy and the notes it keeps (internal/poll-notes.ts) can both
// import it without importing each other.

/** One thing `tasks.wait` saw: when, the status and the progress. */
export interface PollObservation {
  /** Clock time (ms) of the response. */
  at: number;
  /** Clock time (ms) the query was sent: the state is from between it and `at`. Default `at`. */
  sentAt?: number;
  status: string;
  progress: number;
  /** `task_info.estimated_time` of that answer, in ms (the announced time left), when given. */
  estimatedMs?: number;
  /** The task's place in the service's queue (`queue_position`), when given. */
  queuePosition?: number;
}
