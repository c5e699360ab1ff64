import { defineConfig } from 'vitest/config';

// One run for the whole tree: each workspace package is a project, and every
// project resolves workspace imports to their TypeScript sources (the "source"
// export condition), so tests never need a build of their dependencies.
const projects = [
  'packages/core',
  'packages/pipeline',
  'packages/cli',
  'packages/simulator',
  'action',
  'bench',
  'reliability',
];
const conditions = ['source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    reporters: ['default', './vitest.summary-reporter.ts'],
    projects: projects.map((root) => ({
      extends: true,
      test: {
        name: root.split('/').pop() ?? root,
        root,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      },
    })),
  },
});
