// Fixture pages imported through the fumadocs-mdx Vite plugin (tests/content/frontmatter-contract.test.ts).
declare module '*.mdx?collection=docs' {
  const content: Record<string, unknown>;
  export default content;
}
