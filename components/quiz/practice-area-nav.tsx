import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import { PRACTICE_AREAS, PRACTICE_INDEX_URL, areaUrl } from '@/lib/quiz/practice-areas';

/** The practice pages side by side, at the top of each one. Navigation only: the Markdown form has nothing for it. */
export function PracticeAreaNav({ current }: { current: string }) {
  if (asMarkdown()) return null;
  return (
    <nav className="practice-area-nav" aria-label="Practice areas">
      <ul>
        <li>
          <Link href={PRACTICE_INDEX_URL} prefetch={false}>
            All areas
          </Link>
        </li>
        {PRACTICE_AREAS.map((area) => (
          <li key={area.id}>
            <Link href={areaUrl(area)} prefetch={false} aria-current={area.id === current ? 'page' : undefined}>
              {area.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
