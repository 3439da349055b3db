import { defineConfig } from 'vitest/config';
import mdx from 'fumadocs-mdx/vite';
import path from 'node:path';
import * as MdxConfig from './source.config';

const alias = { '@': path.resolve(import.meta.dirname), collections: path.resolve(import.meta.dirname, '.source') };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        plugins: [mdx(MdxConfig)],
        resolve: { alias },
        test: { name: 'content', include: ['tests/content/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 60_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: the whole-site audit takes half the run, and the other files fit beside it on 2 cores.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          // The export built under a base path (npm test builds it once, after the normal export).
          name: 'e2e-base-path',
          include: ['tests/e2e-base-path/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e-base-path/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
