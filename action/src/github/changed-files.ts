/** The slice of Octokit that {@link changedFiles} uses. */
export interface CompareApi {
  request(
    route: 'GET /repos/{owner}/{repo}/compare/{basehead}',
    params: { owner: string; repo: string; basehead: string; per_page: number; page: number },
  ): Promise<{
    data: {
      commits?: unknown[];
      files?: Array<{ filename: string; previous_filename?: string; status?: string }>;
    };
  }>;
}

/** Options for {@link changedFiles}. */
export interface ChangedFilesOptions {
  octokit: CompareApi;
  /** owner/name */
  repository: string;
  before: string;
  after: string;
  /** Commits per page. Default 100. */
  perPage?: number;
  /** Stop after this many pages. Default 30. */
  maxPages?: number;
}

/** GitHub lists at most this many files in a comparison. */
const COMPARE_FILE_LIMIT = 300;

/**
 * Files changed between a push event's before and after commits, from the compare API
 * (paginated). Returns undefined when the answer is incomplete (a new branch, a comparison
 * past GitHub's file limit): the caller then generates everything rather than miss a change.
 */
export async function changedFiles(options: ChangedFilesOptions): Promise<string[] | undefined> {
  const { octokit, before, after } = options;
  if (/^0+$/.test(before)) return undefined;
  const [owner = '', repo = ''] = options.repository.split('/');
  const perPage = options.perPage ?? 100;
  const maxPages = options.maxPages ?? 30;
  const files = new Set<string>();
  let listed = 0;
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner,
      repo,
      basehead: `${before}...${after}`,
      per_page: perPage,
      page,
    });
    for (const file of data.files ?? []) {
      listed++;
      files.add(file.filename);
      // A renamed prompt changes the job's source path: count the old name too.
      if (file.previous_filename) files.add(file.previous_filename);
    }
    if ((data.commits?.length ?? 0) < perPage)
      return listed >= COMPARE_FILE_LIMIT ? undefined : [...files].sort();
  }
  return undefined;
}
