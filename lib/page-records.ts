import { z } from 'zod';
import type { ExamCalloutRecord, AnchorRecord } from './mdx/records';

// The remark plugin exports these from every compiled page; parse them instead of trusting `unknown`.
const calloutSchema = z.object({
  id: z.string(),
  kind: z.enum(['tip', 'trap']),
  exam: z.array(z.string()),
  text: z.string(),
  section: z.object({ id: z.string(), title: z.string() }).nullable(),
});
const anchorSchema = z.object({
  id: z.string(),
  kind: z.enum(['row', 'table', 'callout', 'diagram']),
  label: z.string(),
});

/** A value the remark plugin exported: fumadocs-mdx puts module exports under `_exports`. */
function exported(data: object, name: string): unknown {
  const exports = '_exports' in data && typeof data._exports === 'object' && data._exports ? data._exports : data;
  return name in exports ? (exports as Record<string, unknown>)[name] : [];
}

export function examCalloutsOf(data: object): ExamCalloutRecord[] {
  return z.array(calloutSchema).parse(exported(data, 'examCallouts'));
}

export function componentAnchorsOf(data: object): AnchorRecord[] {
  return z.array(anchorSchema).parse(exported(data, 'anchors'));
}

/** Source ids in the order the page first cites them (the remark plugin's `sourceOrder`). */
export function sourceOrderOf(data: object): string[] {
  return z.array(z.string()).parse(exported(data, 'sourceOrder'));
}
