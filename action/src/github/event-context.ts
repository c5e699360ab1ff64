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
}

/** Options for {@link readEventContext}. */
export interface ReadEventContextOptions {
  /** Default: process.env (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REF, GITHUB_REPOSITORY, GITHUB_SHA). */
  env?: NodeJS.ProcessEnv;
  /** Default: fs.readFileSync as UTF-8. */
  readFile?: (path: string) => string;
}

interface Payload {
  before?: string;
  after?: string;
  release?: { tag_name?: string };
  pull_request?: { head?: { repo?: { full_name?: string } | null } };
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
  return {
    eventName,
    ...(repository ? { repository } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(tag ? { tag } : {}),
    fromFork,
    ...(eventName === 'push' && payload.before && payload.after
      ? { push: { before: payload.before, after: payload.after } }
      : {}),
  };
}
