// Mutation testing of the logic in lib/ (`npm run test:mutation`): Stryker changes the code one small way at a
// time and runs the unit tests that cover it; a mutant no test notices is a gap in the tests.
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts', related: false },
  coverageAnalysis: 'perTest',
  // Pure data (sourced prices, questions, redirects, the anchor manifest, the cost assumptions' wording) and type-only
  // files hold no logic.
  mutate: ['lib/**/*.{ts,tsx}', '!lib/data/**', '!lib/decision/types.ts', '!lib/cost/assumptions.ts'],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: 'reports/mutation/.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
