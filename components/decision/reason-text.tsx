import Link from 'next/link';
import type { Reason } from '@/lib/decision/types';

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
