import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_API_KEY, startSimulator } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import type { ActionIo } from './action-io.ts';
import { run } from './main.ts';

/** The action over the real pipeline: outputs, summary, failures and error lines recorded. */
function recordingIo() {
  const outputs: Record<string, string> = {};
  const failures: string[] = [];
  const errors: string[] = [];
  const summaries: string[] = [];
  const io: ActionIo = {
    info: () => {},
    warning: () => {},
    notice: () => {},
    error: (m) => void errors.push(m),
    setSecret: () => {},
    setOutput: (n, v) => {
      outputs[n] = v;
    },
    group: () => {},
    writeSummary: async (s) => void summaries.push(s),
    setFailed: (m) => void failures.push(m),
  };
  return { io, outputs, failures, errors, summaries };
}
const inputs = (i: Record<string, string>) =>
  Object.fromEntries(Object.entries(i).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

async function workspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'cw-action-session-'));
  await mkdir(join(root, 'prompts'));
  for (const [name, text] of Object.entries(files))
    await writeFile(join(root, 'prompts', `${name}.md`), text);
  return root;
}
const ok = (n: string) => `---\nmodel: sora-2-beta-max\n---\nA scene called ${n}. sim:seconds=1\n`;

describe('run over the real pipeline', () => {
  it('dry run: rows planned, the invalid video listed and counted, {{ version }} from a non-v tag', async () => {
    const root = await workspace({
      a: ok('a'),
      bad: '---\nduration: soon\n---\nBad.\n',
      // Valid only when the tag reaches the template context.
      v: '---\nmodel: sora-2-beta-max\n---\nRelease {{ version }}.\n',
    });
    const r = recordingIo();
    await run({
      env: {
        ...inputs({ 'dry-run': 'true', upload: 'none', cache: 'false' }),
        GITHUB_WORKSPACE: root,
        GITHUB_REF: 'refs/tags/version-2',
        GITHUB_REF_TYPE: 'tag',
        GITHUB_REF_NAME: 'version-2',
      },
      io: r.io,
    });
    const videos = JSON.parse(r.outputs.videos ?? '[]') as Array<{ name: string; status: string }>;
    expect(videos.map((v) => [v.name, v.status])).toEqual([
      ['a', 'planned'],
      ['v', 'planned'],
      ['bad', 'invalid'],
    ]);
    expect(r.outputs.invalid).toBe('1');
    expect(r.outputs.completed).toBe('0');
    expect(r.summaries[0]).not.toMatch(/\| completed \|/);
    expect(r.summaries[0]).toMatch(/\| planned \|/);
    expect(r.failures).toHaveLength(1);
  });

  it('dry run: the summary marks defaults and estimates at the dearest value, as plan does', async () => {
    const root = await workspace({
      a: ok('a'),
      open: '---\nmodel: sora-2-pro-preview\n---\nA car.\n',
    });
    const r = recordingIo();
    await run({
      env: {
        ...inputs({ 'dry-run': 'true', upload: 'none', cache: 'false' }),
        GITHUB_WORKSPACE: root,
      },
      io: r.io,
    });
    const summary = r.summaries[0] ?? '';
    expect(summary).toContain('| a | sora-2-beta-max | 10 s* | planned | 7 |');
    expect(summary).toContain('| open | sora-2-pro-preview | 12 s^ | planned | 60.012^ |');
    expect(summary).toContain('### Assumed settings');
    expect(summary).toContain('- a: duration 10, remove_watermark true');
    expect(summary).toContain('- open: duration 12, quality 1080p');
    expect(summary).toMatch(/Priced at the dearest value \(\^: [^\n]*upper bound/);
  });

  it('a refused key: one failure naming the api-key input, one create reached the server', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const root = await workspace({ a: ok('a'), b: ok('b'), c: ok('c') });
      const r = recordingIo();
      await run({
        env: {
          ...inputs({
            'api-key': 'sk-wrong',
            'base-url': sim.url,
            upload: 'none',
            cache: 'false',
            concurrency: '1',
          }),
          GITHUB_WORKSPACE: root,
        },
        io: r.io,
      });
      expect(r.failures).toHaveLength(1);
      expect(r.failures[0]).toMatch(/api-key input/);
      expect(r.errors).toEqual([]);
      // The first step's balance check met the refusal: no create was sent at all.
      expect(sim.stats().requests).toBe(1);
      expect(sim.stats().creates).toBe(0);
      expect(r.outputs.credits).toBe('0');
    } finally {
      await sim.close();
    }
  });

  it('a balance below the first video fails the step before any create', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000, balance: 3 });
    try {
      const root = await workspace({ a: ok('a') });
      const r = recordingIo();
      const warnings: string[] = [];
      await run({
        env: {
          ...inputs({
            'api-key': DEFAULT_API_KEY,
            'base-url': sim.url,
            upload: 'none',
            cache: 'false',
          }),
          GITHUB_WORKSPACE: root,
        },
        io: { ...r.io, warning: (m) => void warnings.push(m) },
      });
      expect(warnings).toContain(
        "Balance: 3 credits, below the cheapest video to make (7 credits): no video can be paid for; top up the account or raise the key's limit.",
      );
      expect(r.failures).toEqual([
        expect.stringMatching(/^Clipwright did not start, nothing was sent: Balance: 3 credits/),
      ]);
      expect(sim.stats().creates).toBe(0);
      expect(r.outputs.credits).toBe('0');
    } finally {
      await sim.close();
    }
  });
});
