import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkflow, repo, runStepScript, stepOf } from './workflow-model.ts';

/**
 * The shipped `run:` scripts, run as a Linux runner runs them, with the environment their
 * step declares and a fake `gh` that answers only the calls it is given.
 */

const pr = (head: string, labels: string[]) =>
  JSON.stringify({ number: 12, head: { sha: head }, labels: labels.map((name) => ({ name })) });
const approved = 'a'.repeat(40);
const later = 'b'.repeat(40);

async function script(file: string, job: string, step: string): Promise<string> {
  const s = stepOf(await loadWorkflow(file), job, step);
  if (s.run === undefined) throw new Error(`${file}: step ${step} has no script`);
  return s.run;
}

describe('pr-previews.yml scripts', () => {
  const env = {
    GH_TOKEN: 'gh-token',
    REPO: 'acme/site',
    PR: '12',
    APPROVED_SHA: approved,
    LABEL: 'clipwright:preview',
  };
  const check = () =>
    script(
      'docs/workflows/pr-previews.yml',
      'previews',
      'Check the approval still holds (same head commit, label still on)',
    );

  it('lets the paid steps run when the labelled commit is still the head and the label is on', async () => {
    const run = await runStepScript(await check(), {
      env,
      gh: { 'api repos/acme/site/pulls/12': { stdout: pr(approved, ['clipwright:preview']) } },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.gh).toEqual(['api repos/acme/site/pulls/12']);
    expect(run.stdout).toContain(`Approved: #12 at ${approved}.`);
  });

  it('stops before anything is paid when the head moved after the label', async () => {
    const run = await runStepScript(await check(), {
      env,
      gh: { 'api repos/acme/site/pulls/12': { stdout: pr(later, ['clipwright:preview']) } },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error title=Clipwright previews::The head of #12 moved from ${approved} to ${later} after the label was added: nothing was generated.`,
    );
  });

  it('stops when the label was taken off in the meantime', async () => {
    const run = await runStepScript(await check(), {
      env,
      gh: { 'api repos/acme/site/pulls/12': { stdout: pr(approved, ['other']) } },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The label clipwright:preview is no longer on #12');
  });

  it('stops when the pull request cannot be read', async () => {
    const run = await runStepScript(await check(), {
      env,
      gh: { 'api repos/acme/site/pulls/12': { stdout: '', code: 1 } },
    });
    expect(run.code).not.toBe(0);
  });

  it('drop-approval deletes exactly the preview label of this pull request', async () => {
    const drop = await script(
      'docs/workflows/pr-previews.yml',
      'drop-approval',
      'Remove the preview label',
    );
    const call = 'api --method DELETE repos/acme/site/issues/12/labels/clipwright:preview --silent';
    const run = await runStepScript(drop, { env, gh: { [call]: {} } });
    expect(run.code).toBe(0);
    expect(run.gh).toEqual([call]);
    // A failed removal fails the job, so a stale approval never goes unnoticed.
    expect((await runStepScript(drop, { env, gh: { [call]: { code: 1 } } })).code).toBe(1);
  });
});

describe('release-promo.yml scripts', () => {
  const env = { GH_TOKEN: 'gh-token', REPO: 'acme/site', TAG: 'v1.2.0' };
  const list = 'api --paginate repos/acme/site/releases';
  const draft = () => script('docs/workflows/release-promo.yml', 'promo', 'draft');

  it('creates a draft release when the tag has none, and says it created it', async () => {
    const create =
      'release create v1.2.0 --repo acme/site --draft --verify-tag --title v1.2.0 --generate-notes';
    const run = await runStepScript(await draft(), {
      env,
      // Two pages, as --paginate prints them; neither has the tag.
      gh: {
        [list]: {
          stdout: '[{"tag_name":"v1.1.0","draft":false}][{"tag_name":"v1.0.0","draft":false}]',
        },
        [create]: {},
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.gh).toEqual([list, create]);
    expect(run.outputs).toEqual({ created: 'true' });
  });

  it('uses an existing release (draft or published) as it is and publishes nothing of it', async () => {
    for (const isDraft of [true, false]) {
      const run = await runStepScript(await draft(), {
        env,
        gh: {
          [list]: {
            stdout: `[{"tag_name":"v1.1.0","draft":false}][{"tag_name":"v1.2.0","draft":${isDraft}}]`,
          },
        },
      });
      expect(run.code).toBe(0);
      expect(run.gh).toEqual([list]);
      expect(run.outputs).toEqual({ created: 'false' });
      expect(run.stdout).toContain(`Release v1.2.0 exists (draft: ${isDraft})`);
    }
  });

  it('passes a tag with shell syntax in it as data, never as code', async () => {
    const tag = 'v1$(touch pwned)`touch pwned2`;touch pwned3';
    const create = `release create ${tag} --repo acme/site --draft --verify-tag --title ${tag} --generate-notes`;
    const run = await runStepScript(await draft(), {
      env: { ...env, TAG: tag },
      gh: { [list]: { stdout: '[]' }, [create]: {} },
    });
    expect(run.code).toBe(0);
    expect(run.gh).toEqual([list, create]);
    for (const f of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(run.cwd, f))).toBe(false);
  });

  it('publishes the draft and lists the assets from the output passed through env', async () => {
    const publish = await script('docs/workflows/release-promo.yml', 'promo', 'Publish the draft');
    const edit = 'release edit v1.2.0 --repo acme/site --draft=false';
    const run = await runStepScript(publish, {
      env: {
        ...env,
        ASSETS: JSON.stringify([
          'https://github.example/a/promo.mp4',
          'https://github.example/a/promo.jpg',
        ]),
      },
      gh: { [edit]: {} },
    });
    expect(run.code).toBe(0);
    expect(run.gh).toEqual([edit]);
    expect(run.stdout).toBe(
      'Published v1.2.0 with:\nhttps://github.example/a/promo.mp4\nhttps://github.example/a/promo.jpg\n',
    );
  });
});

describe('the reusable workflow and its release', () => {
  it('refuses an upload it has no permission for before anything is paid', async () => {
    const check = await script(
      '.github/workflows/clipwright.yml',
      'clipwright',
      'Check the inputs before anything is paid',
    );
    for (const upload of ['artifact', 'none'])
      expect((await runStepScript(check, { env: { UPLOAD: upload } })).code).toBe(0);
    for (const upload of ['release', 'both', '', 'artifact\n::error::x']) {
      const run = await runStepScript(check, { env: { UPLOAD: upload } });
      expect(run.code, upload).toBe(1);
      expect(run.stdout).toMatch(
        /^::error title=Clipwright \(reusable\)::The upload input must be artifact or none\./,
      );
      // The caller's value is never echoed into a workflow command.
      expect(run.stdout).not.toContain('::error::x');
    }
  });

  /** A clone of a repository holding the two files the release step reads, with a bare origin. */
  async function releaseCheckout(version: string, workflow?: string) {
    const dir = await mkdtemp(join(tmpdir(), 'cw-release-'));
    const origin = join(dir, 'origin.git');
    const work = join(dir, 'work');
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
    git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
    git(dir, 'init', '-q', '-b', 'main', work);
    await mkdir(join(work, '.github/workflows'), { recursive: true });
    await mkdir(join(work, 'action'));
    if (workflow === undefined)
      await copyFile(
        join(repo, '.github/workflows/clipwright.yml'),
        join(work, '.github/workflows/clipwright.yml'),
      );
    else await writeFile(join(work, '.github/workflows/clipwright.yml'), workflow);
    await writeFile(join(work, 'action/package.json'), JSON.stringify({ version }));
    git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
    git(
      work,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '-m',
      'release',
    );
    git(work, 'remote', 'add', 'origin', origin);
    git(work, 'push', '-q', 'origin', 'main');
    return { work, origin, git, released: git(work, 'rev-parse', 'HEAD') };
  }

  const pinStep = "Pin the reusable workflow's action, tag the action vX.Y.Z and move vX";

  it('tags a child of the released commit whose reusable workflow names the action by that commit', async () => {
    const r = await releaseCheckout('1.4.2');
    const run = await runStepScript(
      await script('.github/workflows/release.yml', 'release', pinStep),
      {
        cwd: r.work,
      },
    );
    // git push reports the new tags on stderr.
    expect(run.stderr).not.toMatch(/error|fatal|warning/i);
    expect(run.code).toBe(0);
    const tagged = r.git(r.origin, 'rev-parse', 'v1.4.2^{commit}');
    expect(r.git(r.origin, 'rev-parse', 'v1^{commit}')).toBe(tagged);
    expect(r.git(r.origin, 'rev-parse', `${tagged}^`)).toBe(r.released);
    // main is left as it was: the pin exists in the tagged commit only.
    expect(r.git(r.origin, 'rev-parse', 'main')).toBe(r.released);
    const pinned = r.git(r.origin, 'show', `${tagged}:.github/workflows/clipwright.yml`);
    const source = await readFile(join(repo, '.github/workflows/clipwright.yml'), 'utf8');
    expect(pinned).toBe(
      source
        .replace(
          /^( *uses: )clipwright\/clipwright\/action@v1$/m,
          `$1clipwright/clipwright/action@${r.released} # v1.4.2`,
        )
        .trim(),
    );
    expect(r.git(r.origin, 'diff', '--name-only', r.released, tagged)).toBe(
      '.github/workflows/clipwright.yml',
    );
  });

  it('tags nothing when the workflow does not name the action exactly once', async () => {
    const r = await releaseCheckout('1.4.2', 'jobs: {}\n');
    const run = await runStepScript(
      await script('.github/workflows/release.yml', 'release', pinStep),
      {
        cwd: r.work,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error file=.github/workflows/clipwright.yml::expected exactly one 'uses: clipwright/clipwright/action@v1' line",
    );
    expect(r.git(r.origin, 'tag', '--list')).toBe('');
  });
});

describe('push-changed-only.yml', () => {
  it('reports the outputs it was handed through env', async () => {
    const w = await loadWorkflow('docs/workflows/push-changed-only.yml');
    const step = (w.jobs.videos?.steps ?? []).find((s) => s.run !== undefined);
    const run = await runStepScript(step?.run ?? '', {
      env: { CREDITS: '12.5', COMPLETED: '`touch x` $(touch y)' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Spent 12.5 credits; `touch x` $(touch y) new videos.\n');
  });
});

describe('catalog-refresh.yml', () => {
  const step = 'Open or update the pull request';
  const title = "Refresh the vendor's catalog and prices";

  /** A checkout holding the snapshot, with a bare origin, and the refresh's summary file. */
  async function refreshed(change: boolean, summary: string) {
    const dir = await mkdtemp(join(tmpdir(), 'cw-catalog-'));
    const origin = join(dir, 'origin.git');
    const work = join(dir, 'work');
    const temp = join(dir, 'runner-temp');
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
    git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
    git(dir, 'init', '-q', '-b', 'main', work);
    await mkdir(join(work, 'packages/catalog/data'), { recursive: true });
    await mkdir(temp);
    await writeFile(
      join(work, 'packages/catalog/data/pricing.json'),
      '{"retrieved":"2026-12-07"}\n',
    );
    const id = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];
    git(work, ...id, 'add', '.');
    git(work, ...id, 'commit', '-q', '-m', 'snapshot');
    git(work, 'remote', 'add', 'origin', origin);
    git(work, 'push', '-q', 'origin', 'main');
    if (change)
      await writeFile(
        join(work, 'packages/catalog/data/pricing.json'),
        '{"retrieved":"2026-12-14"}\n',
      );
    await writeFile(join(temp, 'catalog-refresh.txt'), summary);
    const env = { GH_TOKEN: 'gh-token', RUNNER_TEMP: temp, GITHUB_REF_NAME: 'main' };
    return { dir, origin, work, temp, env, git };
  }

  it('commits the changed data files to its branch and opens a pull request, the summary inert', async () => {
    const summary = '~ sku 9: cny_price 1 -> 2 $(touch pwned) `touch pwned2`\n';
    const r = await refreshed(true, summary);
    const run = await runStepScript(
      await script('.github/workflows/catalog-refresh.yml', 'refresh', step),
      {
        cwd: r.work,
        env: r.env,
        gh: {
          'auth setup-git': {},
          'pr list --head catalog-refresh --state open --json number --jq length': {
            stdout: '0\n',
          },
          [`pr create --base main --head catalog-refresh --title ${title} --body-file ${r.temp}/body.md`]:
            {},
        },
      },
    );
    expect(run.stderr).not.toMatch(/fake gh/);
    expect(run.code).toBe(0);
    expect(run.gh).toHaveLength(3);
    expect(r.git(r.origin, 'log', '-1', '--format=%B', 'catalog-refresh')).toBe(
      `${title}\n\n${summary.trim()}`,
    );
    expect(r.git(r.origin, 'show', 'catalog-refresh:packages/catalog/data/pricing.json')).toContain(
      '2026-12-14',
    );
    expect(await readFile(join(r.temp, 'body.md'), 'utf8')).toContain(summary);
    expect(existsSync(join(r.work, 'pwned'))).toBe(false);
    expect(existsSync(join(r.work, 'pwned2'))).toBe(false);
  });

  it('updates the open pull request instead of opening another', async () => {
    const r = await refreshed(true, '~ sku 9: cny_price 1 -> 2\n');
    const run = await runStepScript(
      await script('.github/workflows/catalog-refresh.yml', 'refresh', step),
      {
        cwd: r.work,
        env: r.env,
        gh: {
          'auth setup-git': {},
          'pr list --head catalog-refresh --state open --json number --jq length': {
            stdout: '1\n',
          },
          [`pr edit catalog-refresh --body-file ${r.temp}/body.md`]: {},
        },
      },
    );
    expect(run.code).toBe(0);
    expect(run.gh.at(-1)).toMatch(/^pr edit catalog-refresh/);
  });

  it('opens nothing when the snapshot did not change', async () => {
    const r = await refreshed(false, '= 94 models and 16 SKUs unchanged, 0 changes\n');
    const run = await runStepScript(
      await script('.github/workflows/catalog-refresh.yml', 'refresh', step),
      {
        cwd: r.work,
        env: r.env,
      },
    );
    expect(run.code).toBe(0);
    expect(run.gh).toEqual([]);
    expect(run.stdout).toContain('unchanged: no pull request');
  });
});
