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
};

export default withMDX(config);
