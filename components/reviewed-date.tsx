import { formatLongDate } from '@/lib/dates';

/** "Last reviewed 26 November 2026", from the page's lastReviewed frontmatter. */
export function ReviewedDate({ date }: { date: string }) {
  return (
    <p className="reviewed-date" data-slot="reviewed-date">
      Last reviewed <time dateTime={date}>{formatLongDate(date)}</time>
    </p>
  );
}
