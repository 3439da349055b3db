import Link from 'next/link';
import type { Reason } from '@/lib/decision/types';
import { markdownLink } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';

/** A reason and a link to the section that explains it. Used by the table (server) and the guide (client). */
export function ReasonText({ reason, unconfirmed = false }: { reason: Reason; unconfirmed?: boolean }) {
  return (
    <>
      {unconfirmed ? <span className="unconfirmed-badge">Unconfirmed: </span> : null}
      {reason.text}{' '}
      <span className="decision-see">
        (see{' '}
        <Link href={reason.href} prefetch={false}>
          {reason.see}
        </Link>
        )
      </span>
    </>
  );
}

/** The same reason as inline Markdown. */
export function reasonMarkdown(reason: Reason): string {
  return `${reason.text} (see ${markdownLink(absoluteUrl(reason.href), reason.see)})`;
}
