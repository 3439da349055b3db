import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import { collectExamReview, type ReviewPage } from '@/lib/exam-review';
import { blocks, markdownLink } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';
import { guidePages } from '@/lib/source';
import { slugify } from '@/lib/slug';
import { AnchorLink } from '@/components/ui/anchor-link';

/** The page the review sits on: it lists every other page's callouts, never its own. */
const REVIEW_PAGE = '/docs/exam-tips/';

function reviewAnchor(group: ReviewPage): string {
  return `review-${slugify(group.url)}`;
}

function kindOf(kind: 'tip' | 'trap'): string {
  return kind === 'tip' ? 'Tip' : 'Trap';
}

/** The generated "Exam tips and traps" list: every callout in the guide, grouped by page. */
export function ExamReview() {
  const groups = collectExamReview(guidePages(), REVIEW_PAGE);
  const total = groups.reduce((sum, group) => sum + group.callouts.length, 0);
  const intro = `${total} tips and traps from ${groups.length} pages, collected when the site was built.`;
  if (asMarkdown()) {
    return blocks(
      intro,
      ...groups.flatMap((group) => [
        `### ${markdownLink(absoluteUrl(group.url), group.title)}`,
        group.callouts
          .map((callout) => {
            const label = `${kindOf(callout.kind)}${callout.exam.length > 0 ? ` (${callout.exam.join(', ')})` : ''}:`;
            const back = markdownLink(
              absoluteUrl(`${group.url}#${callout.id}`),
              callout.section ? `In “${callout.section.title}”` : 'Open',
            );
            return `- **${label}** ${callout.text} ${back}`;
          })
          .join('\n'),
      ]),
    );
  }
  return (
    <div className="exam-review" data-slot="exam-review">
      <p>{intro}</p>
      {groups.map((group) => (
        <section key={group.url} aria-labelledby={reviewAnchor(group)}>
          <h3 id={reviewAnchor(group)} className="heading">
            <Link href={group.url} prefetch={false}>
              {group.title}
            </Link>
            <AnchorLink anchor={reviewAnchor(group)} label={`Copy link to section: ${group.title}`} />
          </h3>
          <ul className="exam-review-list">
            {group.callouts.map((callout) => (
              <li key={callout.id} className={`exam-review-item exam-${callout.kind}`}>
                <span className="exam-review-kind">{kindOf(callout.kind)}</span>
                {callout.exam.map((exam) => (
                  <span key={exam} className="exam-badge">
                    {exam}
                  </span>
                ))}{' '}
                {callout.text}{' '}
                <Link href={`${group.url}#${callout.id}`} prefetch={false}>
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

/** The anchors the review adds to its page: one per page it gathers. */
export function examReviewAnchors(): string[] {
  return collectExamReview(guidePages(), REVIEW_PAGE).map(reviewAnchor);
}
