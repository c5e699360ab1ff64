// The import rules of the workspace, checked by dependency-cruiser: `pnpm check:deps`
// (part of `pnpm check`). Each rule says below what it catches. Paths are matched after
// resolution, relative to the repository root: `@clipwright/core` resolves (through the
// `source` export condition) to `packages/core/src/index.ts`, so a rule about a package
// holds whether it is imported by name or by a relative path, and whatever folders the
// files sit in.
//
// Type-only imports count (`tsPreCompilationDeps`): a circle made of `import type` lines
// costs nothing at run time, but it ties the files together just the same (neither can be
// read, moved or tested without the other), which is what the rule is about.

/** Regex alternatives, anchored at the repository root, for a list of folders. */
const anyOf = (...folders) => `^(?:${folders.join('|')})/`;

/** Every workspace folder of ours (pnpm-workspace.yaml), for "imports nothing of ours". */
const ours = anyOf('packages/[^/]+', 'action', 'bench', 'reliability');

/**
 * Test code: `*.test.ts`, helpers named `test-*.ts`, anything under a `test/` folder.
 * Used both to exempt tests from the production rules and to recognise test helpers.
 */
const testCode = '(?:\\.test\\.ts$|(?:^|/)test-[^/]*\\.ts$|(?:^|/)test/)';

/**
 * The CLI files that embed the simulator on purpose (`clipwright simulator`, `pnpm demo`, and
 * cli-context.ts, whose injectable default loads it lazily for the `simulator` command).
 * Matched by file name anywhere under packages/cli/src (or a `demo/` folder there), so
 * they may move into folders without editing this list.
 */
const cliEmbedsSimulator =
  '^packages/cli/src/(?:|.*/)(?:demo/|(?:simulator|demo|run-demo|cli-context)\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Catches any import circle, inside a package or across packages, type-only ' +
        'imports included (e.g. a -> b -> a). Break it by moving the shared shape to a ' +
        'module both import, or by passing the dependency in.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-other-package',
      severity: 'error',
      comment:
        'Catches packages/core importing @clipwright/pipeline, cli, action, bench or ' +
        'reliability by relative path, or by name once it is a dependency (before that, ' +
        'no-unresolvable-import catches the name): core is the bottom layer. Its use of ' +
        'the simulator is production-imports-no-simulator below: only tests may.',
      from: { path: '^packages/core/' },
      to: { path: anyOf('packages/(?:pipeline|cli)', 'action', 'bench', 'reliability') },
    },
    {
      name: 'pipeline-imports-no-adapter',
      severity: 'error',
      comment:
        'Catches packages/pipeline importing the CLI, the action, bench or reliability: ' +
        'imports run adapter -> pipeline -> core.',
      from: { path: '^packages/pipeline/' },
      to: { path: anyOf('packages/cli', 'action', 'bench', 'reliability') },
    },
    {
      name: 'cli-imports-no-action',
      severity: 'error',
      comment: 'Catches packages/cli importing action/: the two adapters stay apart.',
      from: { path: '^packages/cli/' },
      to: { path: '^action/' },
    },
    {
      name: 'action-imports-no-cli',
      severity: 'error',
      comment: 'Catches action/ importing packages/cli: the two adapters stay apart.',
      from: { path: '^action/' },
      to: { path: '^packages/cli/' },
    },
    {
      name: 'simulator-imports-nothing-of-ours',
      severity: 'error',
      comment:
        'Catches packages/simulator (tests included) importing any workspace package but ' +
        'the data-only @clipwright/catalog: the simulator is an independent implementation ' +
        'of the API contract, so the tests check the client instead of mirroring it.',
      from: { path: '^packages/simulator/' },
      to: { path: ours, pathNot: '^packages/(?:simulator|catalog)/' },
    },
    {
      name: 'packages-import-no-bench-or-reliability',
      severity: 'error',
      comment:
        'Catches a published package or the action importing bench/ or reliability/, ' +
        'which sit on top of everything.',
      from: { path: anyOf('packages/[^/]+', 'action') },
      to: { path: anyOf('bench', 'reliability') },
    },
    {
      name: 'no-relative-import-of-internal',
      severity: 'error',
      comment:
        "Catches a file importing another package's src/internal/ by relative path " +
        '(../../core/src/internal/x.ts). Another package reaches internals only through ' +
        'an export of its package.json (e.g. @clipwright/core/internal), if it has one.',
      from: { path: '^(packages/[^/]+|action|bench|reliability)/' },
      to: {
        path: '^(?:packages/[^/]+|action)/src/(?:|.*/)internal/',
        pathNot: '^$1/',
        dependencyTypes: ['local'],
      },
    },
    {
      name: 'production-imports-no-test-helper',
      severity: 'error',
      comment:
        'Catches production code (src/ of a package or the action, not *.test.ts nor a ' +
        'test-*.ts helper) importing test code of any package: a helper named test-*.ts, ' +
        'a file under a test/ folder, or a *.test.ts file.',
      from: { path: anyOf('packages/[^/]+/src', 'action/src'), pathNot: testCode },
      to: { path: testCode },
    },
    {
      name: 'production-imports-no-simulator',
      severity: 'error',
      comment:
        'Catches production code (src/, not tests nor test helpers) of core, pipeline, ' +
        'cli or the action importing the simulator, type-only and dynamic import() ' +
        'included. Exception: the CLI files that embed it on purpose, the `simulator` ' +
        'command and the demo (commands/simulator.ts, demo.ts, run-demo.ts, cli-context.ts).',
      from: {
        path: anyOf('packages/(?!simulator/)[^/]+/src', 'action/src'),
        pathNot: `${testCode}|${cliEmbedsSimulator}`,
      },
      to: { path: '^packages/simulator/' },
    },
    {
      name: 'no-unresolvable-import',
      severity: 'error',
      comment:
        'Catches an import that does not resolve (a typo, a missing dependency, or this ' +
        'config resolving differently from Node/tsc), since every rule above needs the ' +
        'resolved path.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Tests and helpers are part of each package's graph; build output, fixtures and the
    // committed action bundle are not.
    exclude: { path: '(?:^|/)(?:node_modules|dist|fixtures|coverage)/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // Resolve workspace packages to their TypeScript sources, as tsc and vitest do.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'types', 'node', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    skipAnalysisNotInRules: true,
    // No cache: a whole cruise takes about 3 s, and the cache would not notice a change
    // that only touches a package.json `exports` map.
    progress: { type: 'none' },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
