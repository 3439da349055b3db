import { pageSchema } from 'fumadocs-core/source/schema';
import { z } from 'zod';

/** Frontmatter contract for every docs page; a violation fails the build naming the file and field. */
export const docsPageSchema = pageSchema.extend({
  title: z.string().trim().min(1, 'title must not be empty'),
  description: z.string().trim().min(20, 'description must be at least 20 characters').max(200),
  lastReviewed: z.iso.date('lastReviewed must be an ISO date (YYYY-MM-DD)'),
  /** A short label for the sidebar when the title is long (the title stays the page's heading). */
  navTitle: z.string().trim().min(1).max(40, 'navTitle must be at most 40 characters').optional(),
  /** Each source once, cited in the text with [@id]; `checked` is when the page's claims were last checked against it. */
  sources: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'each source id must be lowercase kebab-case'),
        title: z.string().trim().min(3, 'each source needs a title (the page or post name)'),
        url: z.url({ protocol: /^https$/, error: 'each source must be an https URL' }),
        checked: z.iso.date('checked must be an ISO date (YYYY-MM-DD)'),
      }),
    )
    .min(1, 'sources must list at least one https URL')
    .refine((sources) => new Set(sources.map((source) => source.id)).size === sources.length, 'source ids must be unique on a page'),
});
