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
          // One browser, one server: files run one at a time on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
