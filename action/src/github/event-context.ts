import { readFileSync } from 'node:fs';

/** What the action needs from the triggering event. */
export interface EventContext {
  eventName: string;
  /** owner/name */
  repository?: string;
  sha?: string;
  /** The release's tag (release events) or the pushed tag (tag pushes). */
  tag?: string;
  /** A pull request whose head lives in another repository: it gets no secrets. */
  fromFork: boolean;
  /** before..after of a push event (before is all zeros for a new branch). */
  push?: { before: string; after: string };
  /**
   * Trusted events (push, release, workflow_dispatch, schedule) run code and state that only
   * people with write access put there; every other event (pull requests, workflow_run, ...)
   * is untrusted: it never spends without approval and never writes the trusted cache scope.
   */
  trusted: boolean;
  /** The pull request of a `pull_request` or `pull_request_target` event. */
  pullRequest?: PullRequestEvent;
  /** The run that triggered a `workflow_run` event. */
  workflowRun?: WorkflowRunEvent;
}

/** What the action reads from a pull-request event payload. */
export interface PullRequestEvent {
  number: number;
  base: string;
  head: string;
  /** owner/name of the head's repository (a fork's, or this one). */
  headRepository?: string;
  /** The activity: opened, synchronize, labeled, ... */
  action: string;
  labels: string[];
  /** The label just added or removed (`labeled`/`unlabeled`). */
  label?: string;
}

/** What the action reads from a `workflow_run` event payload. */
export interface WorkflowRunEvent {
  id: number;
  /** The triggering run's event, e.g. `pull_request`. */
  event: string;
  headSha: string;
  /** owner/name the run's head commit came from. */
  headRepository?: string;
}

/** The events whose code and state only people with write access control. */
export const trustedEvents: readonly string[] = [
  'push',
  'release',
  'workflow_dispatch',
  'schedule',
];

/** Options for {@link readEventContext}. */
export interface ReadEventContextOptions {
  /** Default: process.env (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REF, GITHUB_REPOSITORY, GITHUB_SHA). */
  env?: NodeJS.ProcessEnv;
  /** Default: fs.readFileSync as UTF-8. */
  readFile?: (path: string) => string;
}

interface Payload {
  action?: string;
  number?: number;
  before?: string;
  after?: string;
  release?: { tag_name?: string };
  label?: { name?: string };
  pull_request?: {
    number?: number;
    base?: { sha?: string };
    head?: { sha?: string; repo?: { full_name?: string } | null };
    labels?: Array<{ name?: string }>;
  };
  workflow_run?: {
    id?: number;
    event?: string;
    head_sha?: string;
    head_repository?: { full_name?: string } | null;
  };
  repository?: { full_name?: string };
}

export function readEventContext(options: ReadEventContextOptions = {}): EventContext {
  const env = options.env ?? process.env;
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH)) as Payload;
    } catch (error) {
      throw new Error(
        `Cannot read the event payload at ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`,
      );
    }
  }
  const ref = env.GITHUB_REF ?? '';
  const tag =
    payload.release?.tag_name ??
    (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined);
  const repository = env.GITHUB_REPOSITORY ?? payload.repository?.full_name;
  const headRepo = payload.pull_request?.head?.repo?.full_name;
  const fromFork =
    eventName.startsWith('pull_request') &&
    eventName !== 'pull_request_target' &&
    (headRepo === undefined || headRepo !== (payload.repository?.full_name ?? repository));
  const pullRequest = eventName.startsWith('pull_request') ? readPullRequest(payload) : undefined;
  const workflowRun = eventName === 'workflow_run' ? readWorkflowRun(payload) : undefined;
  return {
    eventName,
    trusted: trustedEvents.includes(eventName),
    ...(pullRequest && { pullRequest }),
    ...(workflowRun && { workflowRun }),
    ...(repository ? { repository } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(tag ? { tag } : {}),
    fromFork,
    ...(eventName === 'push' && payload.before && payload.after
      ? { push: { before: payload.before, after: payload.after } }
      : {}),
  };
}

function readPullRequest(payload: Payload): PullRequestEvent | undefined {
  const pr = payload.pull_request;
  const number = pr?.number ?? payload.number;
  if (!pr?.base?.sha || !pr.head?.sha || number === undefined) return undefined;
  const headRepository = pr.head.repo?.full_name;
  return {
    number,
    base: pr.base.sha,
    head: pr.head.sha,
    ...(headRepository && { headRepository }),
    action: payload.action ?? '',
    labels: (pr.labels ?? []).map((l) => l.name ?? ''),
    ...(payload.label?.name && { label: payload.label.name }),
  };
}

function readWorkflowRun(payload: Payload): WorkflowRunEvent | undefined {
  const run = payload.workflow_run;
  if (typeof run?.id !== 'number' || !run.head_sha) return undefined;
  const headRepository = run.head_repository?.full_name;
  return {
    id: run.id,
    event: run.event ?? '',
    headSha: run.head_sha,
    ...(headRepository && { headRepository }),
  };
}
