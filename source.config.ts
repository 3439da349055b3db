import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import { metaSchema } from 'fumadocs-core/source/schema';
import { docsPageSchema } from './lib/frontmatter';
import { remarkFieldGuide } from './lib/mdx/remark-field-guide';

export const docs = defineDocs({
  dir: 'content/docs',
  docs: {
    schema: docsPageSchema,
    postprocess: { includeProcessedMarkdown: true },
  },
  meta: { schema: metaSchema },
});

export default defineConfig({
  mdxOptions: {
    // Runs after Fumadocs' heading ids are set and before its search index is built.
    remarkPlugins: [remarkFieldGuide],
    // High-contrast themes: every token passes WCAG AA on the code block background in both themes.
    rehypeCodeOptions: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
    valueToExport: ['examCallouts', 'anchors', 'sourceOrder'],
  },
});
