import { defineConfig } from 'vitest/config';

// One run for the whole tree: each workspace package is a project, and every
// project resolves workspace imports to their TypeScript sources (the "source"
// export condition), so tests never need a build of their dependencies.
const projects = [
  'packages/catalog',
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
    // A watchdog, not a measure: no test depends on real time (simulated time runs on the
    // simulator's clock), but on a loaded 2-core machine a whole simulated run can take more
    // than vitest's default 5 s of real time. Speed is measured in `pnpm bench` only.
    testTimeout: 60_000,
    hookTimeout: 60_000,
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
