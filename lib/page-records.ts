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

export function examCalloutsOf(data: object): ExamCalloutRecord[] {
  return z.array(calloutSchema).parse('examCallouts' in data ? data.examCallouts : []);
}

export function componentAnchorsOf(data: object): AnchorRecord[] {
  return z.array(anchorSchema).parse('anchors' in data ? data.anchors : []);
}
