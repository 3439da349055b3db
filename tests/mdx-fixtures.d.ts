// Fixture pages imported through the fumadocs-mdx Vite plugin, compiled like the content.
declare module '*.mdx?collection=docs' {
  const content: Record<string, unknown>;
  export default content;
}
