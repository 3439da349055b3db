const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Last reviewed 26 November 2026", from the page's lastReviewed frontmatter. */
export function ReviewedDate({ date }: { date: string }) {
  return (
    <p className="reviewed-date" data-slot="reviewed-date">
      Last reviewed <time dateTime={date}>{format.format(new Date(`${date}T00:00:00Z`))}</time>
    </p>
  );
}
