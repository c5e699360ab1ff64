import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Writes one prompt file per prompt (`prompts/<prefix>-001.md`, ..., numbered to the width of
 * the count) into a fresh temporary repository and returns its root. Optional front matter goes on top of every file.
 */
export async function writePromptRepo(
  prompts: readonly string[],
  options: { prefix: string; frontMatter?: string },
): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `clipwright-bench-${options.prefix}-`));
  const dir = path.join(root, 'prompts');
  await mkdir(dir, { recursive: true });
  const head = options.frontMatter ? `---\n${options.frontMatter.trim()}\n---\n` : '';
  const width = String(prompts.length).length;
  await Promise.all(
    prompts.map((prompt, i) =>
      writeFile(
        path.join(dir, `${options.prefix}-${String(i + 1).padStart(width, '0')}.md`),
        `${head}${prompt}\n`,
      ),
    ),
  );
  return root;
}
