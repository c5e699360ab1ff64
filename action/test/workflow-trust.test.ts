import { describe, expect, it } from 'vitest';
import {
  actionStep,
  allSteps,
  loadWorkflow,
  loadWorkflows,
  type Step,
  type Workflow,
} from './workflow-model.ts';

const checkout = (s: Step) => s.uses?.startsWith('actions/checkout@') === true;
/** Workflows whose token may write or that hold secrets while reading a pull request. */
const untrustedWithPower = (w: Workflow) => 'pull_request_target' in w.on || 'workflow_run' in w.on;

describe('shipped workflows keep untrusted text out of scripts and pin what they run', () => {
  it('writes no expression into a run: script (values reach scripts through env:)', async () => {
    for (const w of await loadWorkflows())
      for (const { job, step } of allSteps(w))
        if (step.run !== undefined)
          expect(step.run, `${w.file} job ${job} step ${step.name ?? step.id ?? ''}`).not.toMatch(
            /\$\{\{/,
          );
  });

  it('pins every third-party action to a full commit SHA, one SHA per action across all files', async () => {
    const pins = new Map<string, Set<string>>();
    for (const w of await loadWorkflows()) {
      for (const { job, step } of allSteps(w)) {
        if (!step.uses || step.uses.startsWith('./')) continue;
        if (step.uses.startsWith('clipwright/clipwright/')) continue;
        const m = /^([^@]+)@([0-9a-f]{40})$/.exec(step.uses);
        expect(m, `${w.file} job ${job}: ${step.uses} is not pinned to a commit SHA`).not.toBe(
          null,
        );
        const [, action = '', sha = ''] = m ?? [];
        // The version the SHA stands for is written beside it.
        expect(w.text, `${w.file}: ${step.uses}`).toMatch(
          new RegExp(`${step.uses.replace(/[/.]/g, '\\$&')} # v\\d+(\\.\\d+)*`),
        );
        const repo = action.split('/').slice(0, 2).join('/');
        pins.set(repo, (pins.get(repo) ?? new Set()).add(sha));
      }
    }
    for (const [repo, shas] of pins) expect([...shas], repo).toHaveLength(1);
  });

  it('runs no local action and no checkout into the workspace where a pull request meets a secret or a write token', async () => {
    for (const w of (await loadWorkflows()).filter(untrustedWithPower)) {
      for (const { job, step } of allSteps(w)) {
        expect(step.uses ?? '', `${w.file} job ${job}`).not.toMatch(/^\.\//);
        if (!checkout(step)) continue;
        const path = String(step.with?.path ?? '');
        expect(path, `${w.file} job ${job}: checkout path`).toMatch(/^[\w-]+$/);
        expect(path).not.toBe('.clipwright');
        expect(step.with?.['persist-credentials'], `${w.file} job ${job}`).toBe(false);
      }
    }
  });
});

describe('pr-check.yml: validates and prices every pull request with nothing to leak', () => {
  it('runs on pull_request only, with no secret anywhere in the file', async () => {
    const w = await loadWorkflow('docs/workflows/pr-check.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    // Every pull request: no paths filter that would leave a broken prompt unchecked.
    expect(w.on.pull_request).toEqual({});
    expect(w.text).not.toMatch(/secrets\./);
  });

  it('has both commits in the checkout and keeps no credentials on disk', async () => {
    const w = await loadWorkflow('docs/workflows/pr-check.yml');
    const steps = w.jobs.check?.steps ?? [];
    const co = steps.find(checkout);
    expect(co?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  it('asks the action for a validating dry run and the comment as an artifact, with the gross gate', async () => {
    const w = await loadWorkflow('docs/workflows/pr-check.yml');
    const step = actionStep(w, 'check');
    expect(step.with).toEqual({
      'dry-run': true,
      upload: 'none',
      'pr-comment': 'artifact',
      'max-credits-delta': 200,
    });
    // fail-on keeps its default, which fails the check on an invalid prompt.
    expect(step.with).not.toHaveProperty('fail-on');
    expect(step.with).not.toHaveProperty('api-key');
  });
});

describe('pr-comment.yml: posts from the artifact, runs nothing of the pull request', () => {
  it('has no checkout, no script and no secret: one step, the action, fed the triggering run id', async () => {
    const w = await loadWorkflow('docs/workflows/pr-comment.yml');
    const steps = w.jobs.comment?.steps ?? [];
    expect(steps).toHaveLength(1);
    expect(steps.some(checkout)).toBe(false);
    expect(steps.some((s) => s.run !== undefined)).toBe(false);
    expect(w.text).not.toMatch(/secrets\./);
    expect(actionStep(w, 'comment').with).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'pr-comment-from': '${{ github.event.workflow_run.id }}',
    });
    expect(w.permissions).toEqual({});
  });
});

describe('pr-previews.yml: the approved commit, as data, in a subfolder', () => {
  it('checks out the approved head commit by SHA into pr/ and points the action there', async () => {
    const w = await loadWorkflow('docs/workflows/pr-previews.yml');
    const steps = w.jobs.previews?.steps ?? [];
    const co = steps.find(checkout);
    expect(co?.with).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      ref: '${{ github.event.pull_request.head.sha }}',
      path: 'pr',
      'fetch-depth': 0,
      'persist-credentials': false,
    });
    const step = actionStep(w, 'previews');
    expect(step.with?.root).toBe(co?.with?.path);
    expect(step.with?.['max-credits']).toBeGreaterThan(0);
    expect(steps.indexOf(co as Step)).toBeLessThan(steps.indexOf(step));
  });

  it('drops the approval with no checkout, no action and no secret', async () => {
    const w = await loadWorkflow('docs/workflows/pr-previews.yml');
    const steps = w.jobs['drop-approval']?.steps ?? [];
    expect(steps.map((s) => s.uses)).toEqual([undefined]);
    expect(JSON.stringify(w.jobs['drop-approval'])).not.toMatch(/secrets\./);
  });

  it('queues the paid runs of one pull request instead of cancelling one that has paid', async () => {
    const w = await loadWorkflow('docs/workflows/pr-previews.yml');
    expect((w.jobs.previews as { concurrency?: unknown }).concurrency).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      group: 'clipwright-previews-${{ github.event.pull_request.number }}',
      'cancel-in-progress': false,
    });
  });
});

describe('the reusable workflow: its permissions match its inputs', () => {
  it('asks for contents: read and offers no input that needs more', async () => {
    const w = await loadWorkflow('.github/workflows/clipwright.yml');
    const call = w.on.workflow_call as {
      inputs: Record<string, { description: string; type: string; default?: unknown }>;
    };
    expect(w.jobs.clipwright?.permissions).toEqual({ contents: 'read' });
    expect(call.inputs.upload?.description).toMatch(/^artifact or none /);
    // changed-only as it works: push events only, everything otherwise.
    expect(call.inputs['changed-only']?.description).toMatch(/^On push events only:/);
    expect(call.inputs['changed-only']?.description).toMatch(
      /any other event generates every video/,
    );
    const step = actionStep(w, 'clipwright');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(step.with?.upload).toBe('${{ inputs.upload }}');
  });

  it('names the action once, by the moving tag that the release job rewrites in the tagged commit', async () => {
    const w = await loadWorkflow('.github/workflows/clipwright.yml');
    const uses = allSteps(w)
      .map(({ step }) => step.uses)
      .filter((u) => u?.startsWith('clipwright/'));
    expect(uses).toEqual(['clipwright/clipwright/action@v1']);
    expect(w.text.match(/^ *uses: clipwright\/clipwright\/action@v1$/gm)).toHaveLength(1);
  });
});
