import { startSimulator } from '@clipwright/simulator';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../../test/repo.ts';
import { simClient } from '../../test/run-helpers.ts';
import { runSession } from '../session/run-session.ts';
import { loadPlan } from './load-plan.ts';

const prompt = 'A lighthouse at dusk, waves below.';
const promptFile = (front: string) => `---\n${front}\n---\n${prompt}\n`;

describe('a `params:` map passes any documented field of the model', () => {
  it('sends Veo 3.1 Fast fields no top-level key covers, from a prompt file', async () => {
    const root = await writeRepo({
      'prompts/clip.md': promptFile(
        'model: veo-3.1-fast-generate-preview\nparams:\n  generate_audio: false\n  seed: 42\n  negative_prompt: rain\n  n: 1',
      ),
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    expect(plan.jobs[0]?.request).toMatchObject({
      model: 'veo-3.1-fast-generate-preview',
      generate_audio: false,
      seed: 42,
      negative_prompt: 'rain',
      n: 1,
    });
  });

  it('refuses a value out of the model’s range at file:line:column, naming the field', async () => {
    const root = await writeRepo({
      'prompts/clip.md': promptFile(
        'model: veo-3.1-fast-generate-preview\nparams:\n  generate_audio: false\n  n: 9',
      ),
    });
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems).toHaveLength(1);
    // `n: 9` is on line 5 of the file (front matter opens on line 1); the value at column 6.
    expect(plan.problems[0]).toMatchObject({
      file: 'prompts/clip.md',
      line: 5,
      column: 6,
      field: 'params.n',
    });
    expect(plan.problems[0]?.fix).toBeTruthy();
  });

  it('refuses a field the model does not take, with what it takes', async () => {
    const root = await writeRepo({
      'prompts/clip.md': promptFile('model: veo-3.1-fast-generate-preview\nparams:\n  sed: 42'),
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({ line: 4, field: 'params.sed' });
    expect(plan.problems[0]?.message).toMatch(/does not take "sed"/);
    expect(plan.problems[0]?.fix).toMatch(
      /^did you mean `seed`\? \(veo-3\.1-fast-generate-preview takes .*negative_prompt/,
    );
  });

  it('refuses a field given both as its top-level alias and in params, with a fix', async () => {
    const root = await writeRepo({
      'prompts/clip.md': promptFile('model: sora-2-preview\nduration: 8\nparams:\n  duration: 12'),
    });
    const plan = await loadPlan({ root });
    expect(plan.jobs).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        file: 'prompts/clip.md',
        line: 5,
        column: 13,
        field: 'params.duration',
        message: expect.stringMatching(/given twice: as `duration:` \(line 3\)/),
        fix: expect.stringMatching(/keep one/),
      }),
    ]);
  });

  it('refuses keys that are not request fields (model, prompt, fallbacks) inside params', async () => {
    const root = await writeRepo({
      'prompts/clip.md': promptFile('params:\n  model: sora-2-preview\n  prompt: hi'),
    });
    const plan = await loadPlan({ root });
    expect(plan.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'params.model'],
      [4, 'params.prompt'],
    ]);
  });

  it('refuses a params value that is not a mapping', async () => {
    const root = await writeRepo({ 'prompts/clip.md': promptFile('params: 42') });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([
      expect.objectContaining({ line: 2, column: 9, field: 'params' }),
    ]);
  });

  it('gives the same request and content hash for both spellings', async () => {
    const root = await writeRepo({
      'prompts/top.md': promptFile('model: sora-2-pro-preview\nduration: 8\nquality: 1080p'),
      'prompts/params.md': promptFile(
        'model: sora-2-pro-preview\nparams:\n  duration: 8\n  quality: 1080p',
      ),
      'prompts/mixed.md': promptFile(
        'model: sora-2-pro-preview\nduration: 8\nparams:\n  quality: 1080p',
      ),
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    const hashes = new Set(plan.jobs.map((j) => j.hash));
    expect(plan.jobs).toHaveLength(3);
    expect(hashes.size).toBe(1);
    // The hash the top-level spelling had before `params` existed (hash-stability.test.ts).
    expect([...hashes][0]).toBe('54da54e54344499f1e4cac311663807849b4a8238c6d59bc370a86d6919e18cb');
    expect(plan.jobs[0]?.request).toEqual(plan.jobs[1]?.request);
  });

  it('takes `image_urls` in params as the `image` setting (a repository image too)', async () => {
    const root = await writeRepo({
      'prompts/a.md': promptFile(
        'model: sora-2-preview\nimage: https://example.com/a.png\nparams:\n  duration: 4',
      ),
      'prompts/b.md': promptFile(
        'model: sora-2-preview\nparams:\n  image_urls: [https://example.com/a.png]\n  duration: 4',
      ),
    });
    const plan = await loadPlan({ root });
    expect(plan.problems).toEqual([]);
    expect(plan.jobs[0]?.hash).toBe(plan.jobs[1]?.hash);
  });
});

describe('params in a manifest and from the caller', () => {
  it('takes params from a video, the defaults and the caller, by precedence', async () => {
    const root = await writeRepo({
      'clipwright.yml': [
        'defaults:',
        '  model: veo-3.1-fast-generate-preview',
        '  params: { generate_audio: false, seed: 7 }',
        'videos:',
        '  - output: a.mp4',
        '    prompt: A lighthouse',
        '    params:',
        '      seed: 42',
        '  - output: b.mp4',
        '    prompt: A harbour',
        '',
      ].join('\n'),
    });
    const plan = await loadPlan({
      root,
      manifest: 'clipwright.yml',
      prompts: [],
      defaults: { params: { negative_prompt: 'rain', seed: 1 } },
    });
    expect(plan.problems).toEqual([]);
    const byName = Object.fromEntries(plan.jobs.map((j) => [j.name, j.request]));
    expect(byName.a).toMatchObject({ generate_audio: false, seed: 42, negative_prompt: 'rain' });
    expect(byName.b).toMatchObject({ generate_audio: false, seed: 7, negative_prompt: 'rain' });
  });

  it('locates a bad field of the manifest defaults’ params in the manifest', async () => {
    const root = await writeRepo({
      'clipwright.yml': [
        'defaults:',
        '  model: veo-3.1-fast-generate-preview',
        '  params:',
        '    person_generation: everyone',
        'videos:',
        '  - output: a.mp4',
        '    prompt: A lighthouse',
        '',
      ].join('\n'),
    });
    const plan = await loadPlan({ root, manifest: 'clipwright.yml', prompts: [] });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        file: 'clipwright.yml',
        line: 4,
        column: 24,
        field: 'params.person_generation',
        fix: expect.stringContaining('allow_adult'),
      }),
    ]);
  });

  it('refuses both spellings in one manifest video', async () => {
    const root = await writeRepo({
      'clipwright.yml': [
        'videos:',
        '  - output: a.mp4',
        '    prompt: A lighthouse',
        '    model: sora-2-preview',
        '    aspect_ratio: "16:9"',
        '    params: { aspect_ratio: "9:16" }',
        '',
      ].join('\n'),
    });
    const plan = await loadPlan({ root, manifest: 'clipwright.yml', prompts: [] });
    expect(plan.problems).toEqual([
      expect.objectContaining({ line: 6, field: 'params.aspect_ratio' }),
    ]);
  });
});

describe('a bad params field costs nothing', () => {
  it('stops the session before any request, naming the field', async () => {
    const sim = await startSimulator({ port: 0, timeScale: 1000 });
    try {
      const root = await writeRepo({
        'prompts/ok.md': promptFile('model: veo-3.1-fast-generate-preview'),
        'prompts/bad.md': promptFile(
          'model: veo-3.1-fast-generate-preview\nparams:\n  resize_mode: stretch',
        ),
      });
      const s = await runSession({
        plan: { root },
        client: simClient(sim),
        stopOnProblems: true,
        balanceCheck: true,
        outDir: `${root}/out`,
      });
      expect(s.verdict).toBe('invalid');
      expect(s.plan.problems).toEqual([
        expect.objectContaining({ file: 'prompts/bad.md', line: 4, field: 'params.resize_mode' }),
      ]);
      expect(sim.stats().requests).toBe(0);
    } finally {
      await sim.close();
    }
  });
});
