import { defineConfig, defineDocs } from 'fumadocs-mdx/config';
import { metaSchema, pageSchema } from 'fumadocs-core/source/schema';
import { z } from 'zod';
import { remarkFieldGuide } from './lib/mdx/remark-field-guide';

/** Frontmatter contract for every docs page; a violation fails the build naming the file and field. */
const docsPageSchema = pageSchema.extend({
  title: z.string().trim().min(1, 'title must not be empty'),
  description: z.string().trim().min(20, 'description must be at least 20 characters').max(200),
  lastReviewed: z.iso.date('lastReviewed must be an ISO date (YYYY-MM-DD)'),
  /** A short label for the sidebar when the title is long (the title stays the page's heading). */
  navTitle: z.string().trim().min(1).max(40, 'navTitle must be at most 40 characters').optional(),
  sources: z
    .array(z.url({ protocol: /^https$/, error: 'each source must be an https URL' }))
    .min(1, 'sources must list at least one https URL'),
});

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
    valueToExport: ['examCallouts', 'anchors'],
  },
});
