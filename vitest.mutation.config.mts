import { configDefaults, defineConfig } from 'vitest/config';
import config from './vitest.config.mjs';

// Mutation testing runs the unit tests only: the browser tests need a built export, and the content tests compile
// every page, which would make each mutant cost a minute. Three tests of build scripts (not of lib/) are left out: two
// compare generated output byte for byte (deploy files, the CSP meta tag), which Stryker's instrumented copy of the
// code changes, and the size budget's fixture export holds an empty file, which Stryker's sandbox does not copy.
const projects = (config.test?.projects ?? []).flatMap((project) =>
  typeof project === 'object' && 'test' in project && project.test?.name === 'unit'
    ? [
        {
          ...project,
          test: {
            ...project.test,
            exclude: [
              ...configDefaults.exclude,
              'tests/unit/deploy-files.test.ts',
              'tests/unit/csp-meta.test.ts',
              'tests/unit/size-budget.test.ts',
            ],
          },
        },
      ]
    : [],
);

export default defineConfig({ test: { projects } });
