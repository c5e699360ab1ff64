import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** Runs git with a fixed identity and no user config; returns its trimmed output. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ).trim();
}

const execFileAsync = promisify(execFile);
/**
 * {@link git} without blocking the event loop: needed whenever git talks to a server that runs
 * in this same process (the git stand-in).
 */
export async function gitAsync(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
    },
  });
  return stdout.trim();
}

/**
 * A prompt file: its `duration:` is on line 3 (an 11 is invalid for the model). At 720p and
 * 4 s one video costs about 69 credits: under every shipped workflow's limit.
 */
export const prompt = (body: string, duration = 4) =>
  `---\nmodel: sora-2-pro-preview\nduration: ${duration}\nquality: 720p\n---\n${body} sim:seconds=2\n`;

/** A storyboard of two shots with a title card, the shape release-promo.yml names. */
const storyboard = `---
output: release-promo.mp4
model: sora-2-pro-preview
duration: 4
quality: 720p
storyboard:
  transition: crossfade 0.5
  title_card: "Site {{ version }}"
  size: 640x360
shots:
  - prompt: A terminal types a command. sim:seconds=2
  - prompt: A gallery of videos. sim:seconds=2
---
`;

export interface PullRequestRefs {
  number: number;
  head: string;
  /** refs/pull/N/merge: the head merged into the base, what a pull_request run checks out. */
  merge: string;
  /** The head's repository: this one (a branch here) or a fork (only refs/pull/N/head here). */
  headRepository: string;
}

/**
 * The repository acme/site as a bare repository under `<root>/acme/site.git`, the way GitHub
 * holds it: main has two commits (the push adds prompts/outro.md), the tag v1.2.0 (one commit
 * after main: a storyboard of two shots, prompts/release-promo.md), and pull
 * requests with refs/pull/N/head and refs/pull/N/merge: #12 (same repository, good: adds one
 * video), #13 (same repository, broken: duration 11), #14 and #15 the same from
 * the fork eve/site, #16 from the fork, over the cost gate.
 */
export async function originRepository() {
  const root = await mkdtemp(join(tmpdir(), 'cw-origin-'));
  const work = join(root, 'work');
  await mkdir(work);
  const put = async (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(work, path)), { recursive: true });
      await writeFile(join(work, path), text);
    }
    git(work, ['add', '-A']);
  };
  git(work, ['init', '-q', '-b', 'main']);
  await put({
    'prompts/intro.md': prompt('A lighthouse at dusk.'),
    'prompts/promo.md': prompt('A promo: a slow pan.'),
  });
  git(work, ['commit', '-q', '-m', 'first']);
  const before = git(work, ['rev-parse', 'HEAD']);
  await put({ 'prompts/outro.md': prompt('Waves at night.') });
  git(work, ['commit', '-q', '-m', 'outro']);
  const main = git(work, ['rev-parse', 'HEAD']);
  // The tag v1.2.0: main plus the storyboard release-promo.yml names (off main, so the other
  // workflows' rows see main's three videos only).
  git(work, ['checkout', '-q', '--detach', main]);
  await put({ 'prompts/release-promo.md': storyboard });
  git(work, ['commit', '-q', '-m', 'release promo']);
  const release = git(work, ['rev-parse', 'HEAD']);
  git(work, ['tag', 'v1.2.0']);
  git(work, ['checkout', '-q', 'main']);
  const branch = async (name: string, files: Record<string, string>) => {
    git(work, ['checkout', '-q', '-b', name, main]);
    await put(files);
    git(work, ['commit', '-q', '-m', name]);
    const head = git(work, ['rev-parse', 'HEAD']);
    git(work, ['checkout', '-q', '--detach', main]);
    git(work, ['merge', '-q', '--no-ff', '-m', `Merge ${name}`, head]);
    const merge = git(work, ['rev-parse', 'HEAD']);
    git(work, ['checkout', '-q', 'main']);
    return { head, merge };
  };
  const good = await branch('feature-good', {
    'prompts/added.md': prompt('A new harbour scene.'),
    'prompts/README.md': '# Not a prompt\n',
  });
  const broken = await branch('feature-broken', {
    'prompts/broken.md': prompt('Too long.', 11),
  });
  // 12 s at 720p: about 207 credits, over pr-check.yml's max-credits-delta of 200.
  const costly = await branch('feature-costly', {
    'prompts/long.md': prompt('A long tracking shot.', 12),
  });
  const bare = join(root, 'acme', 'site.git');
  await mkdir(dirname(bare), { recursive: true });
  git(root, ['init', '-q', '--bare', '-b', 'main', bare]);
  // GitHub serves any reachable commit by its SHA (checkout fetches the event's SHA).
  git(bare, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  const pulls = {
    good: { number: 12, ...good, headRepository: 'acme/site' },
    broken: { number: 13, ...broken, headRepository: 'acme/site' },
    forkGood: { number: 14, ...good, headRepository: 'eve/site' },
    forkBroken: { number: 15, ...broken, headRepository: 'eve/site' },
    forkCostly: { number: 16, ...costly, headRepository: 'eve/site' },
  } satisfies Record<string, PullRequestRefs>;
  const refs = ['main', 'refs/tags/v1.2.0', 'feature-good', 'feature-broken'];
  for (const p of Object.values(pulls))
    refs.push(`${p.head}:refs/pull/${p.number}/head`, `${p.merge}:refs/pull/${p.number}/merge`);
  git(work, ['push', '-q', bare, ...refs]);
  return { root, bare, before, main, release, pulls };
}

/** `AUTHORIZATION: basic ...` for a token, as actions/checkout sends it. */
export const basicAuth = (token: string) =>
  `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;

/**
 * A checkout as actions/checkout makes it with `persist-credentials: false`: the token is used
 * for its own fetches (as a command-line config, gone afterwards) and never left on disk.
 * `fetchDepth: 0` fetches every branch and tag, then `ref`; otherwise `ref` alone at that depth.
 */
export async function checkout(o: {
  server: string;
  token: string;
  dest: string;
  /** What to fetch: a ref on the server (refs/pull/12/merge) or a commit SHA. */
  ref: string;
  fetchDepth: number;
}): Promise<string> {
  await mkdir(o.dest, { recursive: true });
  git(o.dest, ['init', '-q']);
  git(o.dest, ['remote', 'add', 'origin', `${o.server}/acme/site.git`]);
  const auth = ['-c', `http.${o.server}/.extraheader=${basicAuth(o.token)}`];
  if (o.fetchDepth === 0)
    await gitAsync(o.dest, [
      ...auth,
      'fetch',
      '-q',
      '--prune',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
    ]);
  await gitAsync(o.dest, [
    ...auth,
    'fetch',
    '-q',
    '--no-tags',
    ...(o.fetchDepth > 0 ? [`--depth=${o.fetchDepth}`] : []),
    'origin',
    `+${o.ref}:refs/remotes/checkout`,
  ]);
  git(o.dest, ['checkout', '-q', '--force', '--detach', 'refs/remotes/checkout']);
  return git(o.dest, ['rev-parse', 'HEAD']);
}
