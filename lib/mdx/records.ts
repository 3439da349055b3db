import { z } from 'zod';

// What the remark plugin records about every page at build time, exported from the compiled page.
// The schemas type the plugin's output and check it again where pages are read.

const examCalloutSchema = z.object({
  id: z.string(),
  kind: z.enum(['tip', 'trap']),
  exam: z.array(z.string()),
  text: z.string(),
  /** The heading the callout sits under, for "back to section" links. */
  section: z.object({ id: z.string(), title: z.string() }).nullable(),
});

const anchorSchema = z.object({
  id: z.string(),
  kind: z.enum(['row', 'table', 'callout', 'diagram']),
  label: z.string(),
});

export type ExamCalloutRecord = z.infer<typeof examCalloutSchema>;
export type AnchorRecord = z.infer<typeof anchorSchema>;

/** A value the plugin exported: fumadocs-mdx keeps module exports under `_exports`. */
function exported(data: object, name: string): unknown {
  const exports = '_exports' in data && typeof data._exports === 'object' && data._exports ? data._exports : data;
  return name in exports ? (exports as Record<string, unknown>)[name] : [];
}

export function examCalloutsOf(data: object): ExamCalloutRecord[] {
  return z.array(examCalloutSchema).parse(exported(data, 'examCallouts'));
}

export function componentAnchorsOf(data: object): AnchorRecord[] {
  return z.array(anchorSchema).parse(exported(data, 'anchors'));
}

/** Source ids in the order the page first cites them: the page's Sources list is numbered this way. */
export function sourceOrderOf(data: object): string[] {
  return z.array(z.string()).parse(exported(data, 'sourceOrder'));
}
