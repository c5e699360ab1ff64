import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  declaredEvents,
  evaluateIf,
  jobPermissions,
  loadWorkflow,
  loadWorkflows,
  repo,
  stepOf,
  type Workflow,
} from './workflow-model.ts';

/**
 * The token each job of each shipped workflow gets, exactly. Widening one is a change of
 * the trust model (docs/workflows/README.md): it fails here until the table is changed too.
 */
const permissions: Record<string, Record<string, Record<string, string>>> = {
  'docs/workflows/matrix-shards.yml': { videos: { contents: 'read' }, merge: { contents: 'read' } },
  'docs/workflows/pr-check.yml': { check: { contents: 'read' } },
  'docs/workflows/pr-comment.yml': {
    comment: { actions: 'read', 'pull-requests': 'write' },
  },
  'docs/workflows/pr-previews.yml': {
    'drop-approval': { 'pull-requests': 'write' },
    previews: { contents: 'read', 'pull-requests': 'write' },
  },
  'docs/workflows/push-changed-only.yml': { videos: { contents: 'read' } },
  'docs/workflows/release-promo.yml': { promo: { contents: 'write' } },
  'docs/workflows/reusable.yml': { videos: { contents: 'read' } },
  '.github/workflows/catalog-refresh.yml': {
    refresh: { contents: 'write', 'pull-requests': 'write' },
  },
  '.github/workflows/check-dist.yml': { 'check-dist': { contents: 'read' } },
  '.github/workflows/ci.yml': { check: { contents: 'read' }, action: { contents: 'read' } },
  '.github/workflows/clipwright.yml': { clipwright: { contents: 'read' } },
  '.github/workflows/release.yml': {
    verify: { contents: 'read' },
    release: { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' },
  },
};

/** The events (and activity types) each workflow declares. */
const events: Record<string, string[]> = {
  'docs/workflows/matrix-shards.yml': ['workflow_dispatch'],
  'docs/workflows/pr-check.yml': [
    'pull_request:opened',
    'pull_request:synchronize',
    'pull_request:reopened',
  ],
  'docs/workflows/pr-comment.yml': ['workflow_run:completed'],
  'docs/workflows/pr-previews.yml': [
    'pull_request_target:labeled',
    'pull_request_target:synchronize',
    'pull_request_target:reopened',
  ],
  'docs/workflows/push-changed-only.yml': ['push'],
  'docs/workflows/release-promo.yml': ['push'],
  'docs/workflows/reusable.yml': ['push'],
  '.github/workflows/catalog-refresh.yml': ['schedule', 'workflow_dispatch'],
  '.github/workflows/check-dist.yml': [
    'push',
    'pull_request:opened',
    'pull_request:synchronize',
    'pull_request:reopened',
  ],
  '.github/workflows/ci.yml': [
    'push',
    'pull_request:opened',
    'pull_request:synchronize',
    'pull_request:reopened',
  ],
  '.github/workflows/clipwright.yml': ['workflow_call'],
  '.github/workflows/release.yml': ['push'],
};

const label = 'clipwright:preview';
const headSha = 'a'.repeat(40);

/** A `github` context for one event, with the payload fields the shipped conditions read. */
function github(event: string, type: string, payload: Record<string, unknown> = {}) {
  return {
    github: {
      event_name: event,
      repository: 'acme/site',
      ref: 'refs/heads/main',
      event: { ...(type ? { action: type } : {}), ...payload },
    },
  };
}

/** The jobs that run for an event: those whose `if:` holds (no `needs` has failed). */
function jobsRun(w: Workflow, contexts: Record<string, unknown>): string[] {
  return Object.entries(w.jobs)
    .filter(([, job]) => evaluateIf(job.if, contexts))
    .map(([name]) => name)
    .sort();
}

describe('every shipped workflow, event by event', () => {
  it('declares the permissions of every job, and exactly those of the trust model', async () => {
    const all = await loadWorkflows();
    expect(all.map((w) => w.file).sort()).toEqual(Object.keys(permissions).sort());
    for (const w of all) {
      const jobs = Object.keys(w.jobs).sort();
      expect(jobs, w.file).toEqual(Object.keys(permissions[w.file] ?? {}).sort());
      for (const job of jobs)
        expect(jobPermissions(w, job), `${w.file} job ${job}`).toEqual(permissions[w.file]?.[job]);
    }
  });

  it('are the permissions docs/workflows/README.md states, and it lists every example', async () => {
    const readme = await readFile(join(repo, 'docs/workflows/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## Notes'));
    const rows = [...section.matchAll(/^\| `([^`]+)` \| `([^`]+)` \| ([^|]+) \|/gm)].map((m) => ({
      file: `docs/workflows/${m[1]}`,
      job: m[2] ?? '',
      permissions: Object.fromEntries(
        [...(m[3] ?? '').matchAll(/`([\w-]+): (\w+)`/g)].map((p) => [p[1], p[2]]),
      ),
    }));
    const examples = Object.entries(permissions).filter(([file]) => file.startsWith('docs/'));
    expect(rows.map((r) => `${r.file} ${r.job}`).sort()).toEqual(
      examples.flatMap(([file, jobs]) => Object.keys(jobs).map((job) => `${file} ${job}`)).sort(),
    );
    for (const r of rows)
      expect(r.permissions, `${r.file} ${r.job}`).toEqual(permissions[r.file]?.[r.job]);
    const listed = [...readme.slice(0, readme.indexOf('## ')).matchAll(/^\| `([^`]+\.yml)` \|/gm)];
    expect(listed.map((m) => `docs/workflows/${m[1]}`).sort()).toEqual(
      examples.map(([file]) => file).sort(),
    );
  });

  it('declares exactly the events of the trust model (no pull_request_target or workflow_run elsewhere)', async () => {
    for (const w of await loadWorkflows()) {
      const declared = declaredEvents(w).map((e) => (e.type ? `${e.event}:${e.type}` : e.event));
      expect(declared, w.file).toEqual(events[w.file]);
    }
  });

  it('runs every job of the workflows without conditions on each of their events', async () => {
    const guarded = new Set([
      'docs/workflows/pr-comment.yml',
      'docs/workflows/pr-previews.yml',
      'docs/workflows/matrix-shards.yml',
    ]);
    for (const w of await loadWorkflows()) {
      if (guarded.has(w.file)) continue;
      for (const { event, type } of declaredEvents(w)) {
        const payload = event.startsWith('pull_request')
          ? { pull_request: { number: 12, labels: [], head: { sha: headSha } } }
          : {};
        expect(jobsRun(w, github(event, type, payload)), `${w.file} on ${event}:${type}`).toEqual(
          Object.keys(w.jobs).sort(),
        );
      }
    }
  });

  it('matrix-shards merges the shards unless the run was cancelled', async () => {
    const w = await loadWorkflow('docs/workflows/matrix-shards.yml');
    const ctx = github('workflow_dispatch', '');
    expect(evaluateIf(w.jobs.merge?.if, ctx)).toBe(true);
    // A failed shard still merges the others; a cancelled run does not.
    expect(
      evaluateIf(w.jobs.merge?.if, ctx, { success: false, failure: true, cancelled: false }),
    ).toBe(true);
    expect(
      evaluateIf(w.jobs.merge?.if, ctx, { success: false, failure: false, cancelled: true }),
    ).toBe(false);
  });
});

describe('pr-previews.yml: the paid job runs only on the approving label', () => {
  const labelSets = [[], [label], ['other'], [label, 'other']];

  it('never runs the paid job on synchronize or reopened, whatever the labels', async () => {
    const w = await loadWorkflow('docs/workflows/pr-previews.yml');
    for (const type of ['synchronize', 'reopened', 'opened', 'edited', 'unlabeled']) {
      for (const labels of labelSets) {
        const ctx = github('pull_request_target', type, {
          pull_request: { number: 12, labels: labels.map((name) => ({ name })) },
        });
        const run = jobsRun(w, ctx);
        expect(run, `${type} with ${labels}`).not.toContain('previews');
        // A new head commit (or a reopen) takes the approval away first.
        expect(run.includes('drop-approval'), `${type} with ${labels}`).toBe(
          labels.includes(label),
        );
      }
    }
  });

  it('runs the paid job when the preview label is the one added, and nothing else then', async () => {
    const w = await loadWorkflow('docs/workflows/pr-previews.yml');
    for (const added of [label, 'other', 'Clipwright:Preview-extra']) {
      for (const labels of labelSets) {
        const ctx = github('pull_request_target', 'labeled', {
          label: { name: added },
          pull_request: { number: 12, labels: labels.map((name) => ({ name })) },
        });
        expect(jobsRun(w, ctx), `labeled ${added} with ${labels}`).toEqual(
          added === label ? ['previews'] : [],
        );
      }
    }
  });

  it('uses the secret only in the paid job, and the approval check comes before anything else there', async () => {
    const w = await loadWorkflow('docs/workflows/pr-previews.yml');
    const secretJobs = Object.entries(w.jobs)
      .filter(([, job]) => JSON.stringify(job).includes('secrets.'))
      .map(([name]) => name);
    expect(secretJobs).toEqual(['previews']);
    const steps = w.jobs.previews?.steps ?? [];
    expect(steps[0]?.name).toBe(
      'Check the approval still holds (same head commit, label still on)',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(steps[0]?.env?.APPROVED_SHA).toBe('${{ github.event.pull_request.head.sha }}');
  });
});

describe('pr-comment.yml: posts only for finished pull-request runs of pr-check.yml', () => {
  it('is triggered by the completed runs of the workflow named in pr-check.yml', async () => {
    const check = await loadWorkflow('docs/workflows/pr-check.yml');
    const comment = await loadWorkflow('docs/workflows/pr-comment.yml');
    expect(comment.on.workflow_run?.workflows).toEqual([check.name]);
    expect(comment.on.workflow_run?.types).toEqual(['completed']);
  });

  it('runs the comment job for pull_request runs that succeeded or failed, and for nothing else', async () => {
    const w = await loadWorkflow('docs/workflows/pr-comment.yml');
    for (const triggering of ['pull_request', 'pull_request_target', 'push', 'workflow_dispatch'])
      for (const conclusion of ['success', 'failure', 'cancelled', 'skipped', 'neutral', null]) {
        const ctx = github('workflow_run', 'completed', {
          workflow_run: { id: 99, event: triggering, conclusion, pull_requests: [] },
        });
        const expected =
          triggering === 'pull_request' && (conclusion === 'success' || conclusion === 'failure');
        expect(jobsRun(w, ctx), `${triggering} ${conclusion}`).toEqual(expected ? ['comment'] : []);
      }
  });
});

describe('release-promo.yml: the draft is published only when everything before succeeded', () => {
  it('publishes the draft it created, and only after the action succeeded', async () => {
    const w = await loadWorkflow('docs/workflows/release-promo.yml');
    const publish = stepOf(w, 'promo', 'Publish the draft');
    const steps = (created: string) => ({
      ...github('push', ''),
      steps: { draft: { outputs: { created } }, clipwright: { outputs: {} } },
    });
    expect(evaluateIf(publish.if, steps('true'))).toBe(true);
    expect(evaluateIf(publish.if, steps('false'))).toBe(false);
    // The action failed (or was cancelled): the draft stays a draft, for a person to look at.
    const failed = { success: false, failure: true, cancelled: false };
    expect(evaluateIf(publish.if, steps('true'), failed)).toBe(false);
    expect(
      evaluateIf(publish.if, steps('true'), { success: false, failure: false, cancelled: true }),
    ).toBe(false);
  });

  it('runs the action after the draft step, with the tag of the push as release-tag', async () => {
    const w = await loadWorkflow('docs/workflows/release-promo.yml');
    const ids = (w.jobs.promo?.steps ?? []).map((s) => s.id ?? s.name ?? s.uses);
    expect(ids.indexOf('draft')).toBeLessThan(ids.indexOf('clipwright'));
    expect(ids.indexOf('clipwright')).toBeLessThan(ids.indexOf('Publish the draft'));
    expect(w.on.push?.tags).toEqual(['v*']);
  });
});
