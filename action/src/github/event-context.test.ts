import { describe, expect, it } from 'vitest';
import { readEventContext } from './event-context.ts';

const read = (eventName: string, payload: object, extra: Record<string, string> = {}) =>
  readEventContext({
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'acme/site',
      ...extra,
    },
    readFile: () => JSON.stringify(payload),
  });

describe('readEventContext', () => {
  it('takes the tag from a release event', () => {
    expect(read('release', { release: { tag_name: 'v1.2.0' } }).tag).toBe('v1.2.0');
  });
  it('takes the tag from a tag push and before..after from a push', () => {
    const ctx = read('push', { before: 'a1', after: 'b2' }, { GITHUB_REF: 'refs/tags/v3' });
    expect(ctx.tag).toBe('v3');
    expect(ctx.push).toEqual({ before: 'a1', after: 'b2' });
    expect(
      read('push', { before: 'a1', after: 'b2' }, { GITHUB_REF: 'refs/heads/main' }).tag,
    ).toBeUndefined();
  });
  it('recognises a pull request from a fork', () => {
    const repository = { full_name: 'acme/site' };
    expect(
      read('pull_request', {
        repository,
        pull_request: { head: { repo: { full_name: 'eve/site' } } },
      }).fromFork,
    ).toBe(true);
    expect(
      read('pull_request', {
        repository,
        pull_request: { head: { repo: { full_name: 'acme/site' } } },
      }).fromFork,
    ).toBe(false);
    expect(read('push', { repository }).fromFork).toBe(false);
  });
  it('names the payload file it cannot read', () => {
    expect(() =>
      readEventContext({ env: { GITHUB_EVENT_PATH: '/nope.json' }, readFile: () => '{not json' }),
    ).toThrow(/event payload at \/nope\.json/);
  });
  it('trusts push, release, dispatch and schedule only', () => {
    for (const name of ['push', 'release', 'workflow_dispatch', 'schedule'])
      expect(read(name, {}).trusted, name).toBe(true);
    for (const name of ['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment'])
      expect(read(name, {}).trusted, name).toBe(false);
  });
  it('reads the pull request, the label just added, and a workflow_run', () => {
    const pr = read('pull_request_target', {
      action: 'labeled',
      label: { name: 'clipwright:preview' },
      pull_request: {
        number: 4,
        base: { sha: 'b1' },
        head: { sha: 'h1', repo: { full_name: 'eve/site' } },
        labels: [{ name: 'clipwright:preview' }],
      },
    }).pullRequest;
    expect(pr).toEqual({
      number: 4,
      base: 'b1',
      head: 'h1',
      headRepository: 'eve/site',
      action: 'labeled',
      labels: ['clipwright:preview'],
      label: 'clipwright:preview',
    });
    expect(
      read('workflow_run', {
        workflow_run: { id: 9, event: 'pull_request', head_sha: 'h2', head_repository: null },
      }).workflowRun,
    ).toEqual({ id: 9, event: 'pull_request', headSha: 'h2' });
  });
});
