/** Turns a GitHub API error from the release endpoints into a message that says how to fix it. */
export function explainReleaseError(error: unknown, what: string): Error {
  const e = error as {
    status?: number;
    message?: string;
    response?: { data?: { message?: string; errors?: Array<{ code?: string; message?: string }> } };
  };
  const detail = [
    e.response?.data?.message,
    ...(e.response?.data?.errors ?? []).map((x) => x.message ?? x.code),
  ]
    .filter(Boolean)
    .join('; ');
  if (e.status === 403) {
    return new Error(
      `${what}: GitHub answered 403 (${detail || e.message}). The workflow token needs 'permissions: contents: write' on this job (or pass a github-token that can write releases).`,
      { cause: error },
    );
  }
  if (e.status === 422 && /immutable/i.test(detail || e.message || '')) {
    return new Error(
      `${what}: the release is immutable, so assets cannot be added after publishing. Create the release as a draft, run this step, then publish it.`,
      { cause: error },
    );
  }
  return new Error(
    `${what}: ${e.status ? `GitHub answered ${e.status} ` : ''}${detail || e.message || String(error)}`,
    {
      cause: error,
    },
  );
}
