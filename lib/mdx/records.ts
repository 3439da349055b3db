/** Build-time records the remark plugin exports from every page (see remark-field-guide.ts). */
export interface ExamCalloutRecord {
  id: string;
  kind: 'tip' | 'trap';
  exam: string[];
  text: string;
  /** The heading the callout sits under, for "back to section" links. */
  section: { id: string; title: string } | null;
}

export interface AnchorRecord {
  id: string;
  kind: 'row' | 'table' | 'callout' | 'diagram';
  label: string;
}
