import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitAuthEnv } from './pull-request.ts';

const basic = Buffer.from('x-access-token:tok').toString('base64');

describe('gitAuthEnv: the token for git, scoped to the server, through the environment only', () => {
  it('resets any persisted header, then sets one, for the server URL alone', () => {
    expect(gitAuthEnv('tok', 'https://github.com', {})).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    });
  });

  it('adds to configuration the environment already gives git', () => {
    const env = gitAuthEnv('tok', 'https://ghe.example/', { GIT_CONFIG_COUNT: '1' });
    expect(env.GIT_CONFIG_COUNT).toBe('3');
    expect(env.GIT_CONFIG_KEY_2).toBe('http.https://ghe.example/.extraheader');
  });

  it('gives nothing without a token or for a server that is not http(s)', () => {
    expect(gitAuthEnv('', 'https://github.com', {})).toEqual({});
    expect(gitAuthEnv('tok', 'file:///srv', {})).toEqual({});
  });

  it('is what git reads: one header for the server, none for another host', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cw-git-auth-'));
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      ...gitAuthEnv('tok', 'https://github.com', {}),
    };
    const get = (url: string) =>
      execFileSync('git', ['config', '--get-urlmatch', 'http.extraheader', url], {
        cwd,
        env,
        encoding: 'utf8',
      }).trim();
    expect(get('https://github.com/acme/site.git')).toBe(`AUTHORIZATION: basic ${basic}`);
    expect(() => get('https://evil.example/acme/site.git')).toThrow();
  });
});
