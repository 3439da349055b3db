import type { ReactNode } from 'react';
import { AnchorLink } from '@/components/ui/anchor-link';

export type ExamCalloutKind = 'tip' | 'trap';

export interface ExamCalloutProps {
  /** Stable public anchor, required (the build fails without one). */
  id: string;
  /** Optional exam labels, space separated: "SAA", "SAP" or "SAA SAP". */
  exam?: string;
  children: ReactNode;
}

const TITLES: Record<ExamCalloutKind, string> = { tip: 'Exam tip', trap: 'Exam trap' };

/** Shared body of <ExamTip> and <ExamTrap>: a named note with its own anchor. */
export function ExamCallout({ kind, id, exam, children }: ExamCalloutProps & { kind: ExamCalloutKind }) {
  const title = TITLES[kind];
  const exams = exam?.split(/\s+/).filter(Boolean) ?? [];
  return (
    <aside id={id} role="note" aria-label={title} className={`exam-callout exam-${kind}`} data-slot="exam-callout">
      <p className="exam-callout-title">
        <span className="exam-callout-icon" aria-hidden="true">
          {kind === 'tip' ? '✓' : '!'}
        </span>
        {title}
        {exams.map((name) => (
          <span key={name} className="exam-badge">
            {name}
          </span>
        ))}
        <AnchorLink anchor={id} label={`Copy link to this ${title.toLowerCase()}`} />
      </p>
      <div className="exam-callout-body">{children}</div>
    </aside>
  );
}
