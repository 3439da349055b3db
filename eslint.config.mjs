import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  globalIgnores([
    '.next/**',
    '.source/**',
    'out/**',
    'bench-results/**',
    'tests/.tmp/**',
    'tests/fixtures/size-budget/**',
    'reports/**',
    'next-env.d.ts',
    'deploy/cloudfront-function.js',
  ]),
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.strict],
  },
  {
    rules: {
      // Unused names are dead code; a leading underscore keeps a parameter for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests assert on elements they have just found; a missing one fails the test either way.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `useBrowser()` is a Vitest fixture, not a React hook.
      'react-hooks/rules-of-hooks': 'off',
    },
  },
]);
