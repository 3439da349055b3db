import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import { metaSchema } from 'fumadocs-core/source/schema';
import { docsPageSchema } from './lib/frontmatter';
import { remarkFieldGuide } from './lib/mdx/remark-field-guide';
import { MARKDOWN_FORM } from './lib/mdx/markdown-form';

export const docs = defineDocs({
  dir: 'content/docs',
  docs: {
    schema: docsPageSchema,
    // Each page also compiles to a `_markdown` component: its Markdown form for /md/ and llms.txt.
    postprocess: { includeProcessedMarkdown: MARKDOWN_FORM },
  },
  meta: { schema: metaSchema },
});

export default defineConfig({
  mdxOptions: {
    // Runs after Fumadocs' heading ids are set and before its search index and Markdown form are built.
    remarkPlugins: [remarkFieldGuide],
    // High-contrast themes: every token passes WCAG AA on the code block background in both themes.
    rehypeCodeOptions: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
    valueToExport: ['examCallouts', 'anchors', 'sourceOrder'],
  },
});
