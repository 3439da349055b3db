import type { ReactNode } from 'react';
import { asMarkdown, md } from 'fumadocs-core/server';
import { AnchorLink } from '@/components/ui/anchor-link';

type ExamCalloutKind = 'tip' | 'trap';

interface ExamCalloutProps {
  /** Stable public anchor, required (the build fails without one). */
  id: string;
  /** Optional exam labels, space separated: "SAA", "SAP" or "SAA SAP". */
  exam?: string;
  children: ReactNode;
}

const TITLES: Record<ExamCalloutKind, string> = { tip: 'Exam tip', trap: 'Exam trap' };

/** A named note with its own anchor; in Markdown, a blockquote that starts with its label ("Exam tip (SAA):"). */
function ExamCallout({ kind, id, exam, children }: ExamCalloutProps & { kind: ExamCalloutKind }) {
  const title = TITLES[kind];
  const exams = exam?.split(/\s+/).filter(Boolean) ?? [];
  if (asMarkdown()) {
    const label = `${title}${exams.length > 0 ? ` (${exams.join(', ')})` : ''}:`;
    return md`${children}`.then((body) => md.linePrefix('> ')`**${label}** ${body.trim()}`);
  }
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

/** Advice that helps pick the right answer. */
export function ExamTip(props: ExamCalloutProps) {
  // Called, not rendered as an element: the Markdown form belongs to this component's own render.
  return ExamCallout({ kind: 'tip', ...props });
}

/** A plausible wrong answer, or a fact older material gets wrong. */
export function ExamTrap(props: ExamCalloutProps) {
  return ExamCallout({ kind: 'trap', ...props });
}
