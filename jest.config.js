/**
 * Three tiers:
 *  - unit: `*.spec.ts` beside the code (console/src too); pure logic, no servers.
 *  - integration: `test/**\/*.test.ts`; a real Temporal server and a real PostgreSQL,
 *    prepared once by test/setup/global-setup.ts.
 *  - faults: `test/faults/**\/*.test.ts`; each file runs the API and the worker as child
 *    processes (from dist/, built by the global set-up when stale) on a Temporal server
 *    and a database of its own, and kills or stops parts of it (`npm run test:faults`).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const common = {
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.tools/'],
};
module.exports = {
  projects: [
    // console/src specs: the care console's form logic (its pages are tested in a real browser, test/browser/console-*)
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{src,embedded,domain,workflows,activities,scripts,bench}/**/*.spec.ts', '<rootDir>/console/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeouts.ts'],
    },
    {
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
      globalSetup: '<rootDir>/test/faults/faults.global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/faults/faults.timeouts.ts'],
    },
  ],
};
