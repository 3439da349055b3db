import Link from 'next/link';
import { TRIGGER_PHRASES } from '@/lib/data/trigger-phrases';
import { markdownLink } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';
import { anchoredTable, rowAnchor } from '@/components/ui/anchored-table';

/** The table's id: a public anchor, and the prefix of every row's anchor. */
const TABLE_ID = 'phrases';
const CAPTION = 'Phrases in a question and the answer they point to';

/** The trigger-phrase table on the exam review page, from the typed list of phrases. */
export function TriggerPhrases() {
  const rows = TRIGGER_PHRASES.map((entry) => ({
    key: entry.phrase,
    label: entry.phrase,
    cells: [
      entry.phrase,
      entry.answer,
      <Link key="why" href={entry.link} prefetch={false}>
        Explanation
      </Link>,
    ],
    markdown: [entry.phrase, entry.answer, markdownLink(absoluteUrl(entry.link), 'Explanation')],
  }));
  return anchoredTable({
    id: TABLE_ID,
    caption: CAPTION,
    captionText: CAPTION,
    columns: ['When the question says…', 'Think of…', 'Why'],
    rows,
  });
}

/** The anchors the table adds to its page. */
export function triggerPhraseAnchors(): string[] {
  return [TABLE_ID, ...TRIGGER_PHRASES.map((entry) => rowAnchor(TABLE_ID, entry.phrase))];
}
