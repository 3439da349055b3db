import Link from 'next/link';
import { source } from '@/lib/source';
import { collectExamReview } from '@/lib/exam-review';
import { pagesInNavigationOrder } from '@/lib/navigation';
import { slugify } from '@/lib/slug';
import { AnchorLink } from '@/components/ui/anchor-link';

/** The generated "Exam tips and traps" list: every callout in the guide, grouped by page. */
export function ExamReview() {
  const groups = collectExamReview(pagesInNavigationOrder(source), '/docs/exam-tips/');
  const total = groups.reduce((sum, group) => sum + group.callouts.length, 0);
  return (
    <div className="exam-review" data-slot="exam-review">
      <p>
        {total} tips and traps from {groups.length} pages, collected when the site was built.
      </p>
      {groups.map((group) => (
        <section key={group.url} aria-labelledby={`review-${slugify(group.url)}`}>
          <h3 id={`review-${slugify(group.url)}`} className="heading">
            <Link href={group.url}>{group.title}</Link>
            <AnchorLink anchor={`review-${slugify(group.url)}`} label={`Copy link to section: ${group.title}`} />
          </h3>
          <ul className="exam-review-list">
            {group.callouts.map((callout) => (
              <li key={callout.id} className={`exam-review-item exam-${callout.kind}`}>
                <span className="exam-review-kind">{callout.kind === 'tip' ? 'Tip' : 'Trap'}</span>
                {callout.exam.map((exam) => (
                  <span key={exam} className="exam-badge">
                    {exam}
                  </span>
                ))}{' '}
                {callout.text}{' '}
                <Link href={`${group.url}#${callout.id}`}>
                  {callout.section ? `In “${callout.section.title}”` : 'Open'}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
