import { createMDX } from 'fumadocs-mdx/next';

const withMDX = createMDX();

const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');

/** @type {import('next').NextConfig} */
const config = {
  output: 'export',
  reactStrictMode: true,
  // Every page is a folder with index.html, so any static host serves /docs/x/ without rewrites.
  trailingSlash: true,
  // next/image cannot optimise at request time in a static export.
  images: { unoptimized: true },
  basePath: basePath || undefined,
  poweredByHeader: false,
  // The export goes to out/ unless EXPORT_DIR names another folder (the tests' base-path build).
  ...(process.env.EXPORT_DIR ? { distDir: process.env.EXPORT_DIR } : {}),
  // `npm test` type-checks the whole project with tsc before it builds; TYPES_CHECKED=1 spares the build a second run.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
};

export default withMDX(config);
