import { decisionTable } from '@/lib/decision/table';
import { hook } from '@/lib/dom-hooks';
import { anchoredTable, rowAnchor } from '@/components/ui/anchored-table';
import { ReasonText, reasonMarkdown } from './reason-text';
import { DECISION } from './hooks';

/** The table's id: a public anchor, and the prefix of every row's anchor. */
const DECISION_TABLE_ID = 'decision-rules';
const CAPTION = 'The decision table: every rule the guide applies';

/** Every rule of the decision guide, from the same data the interactive guide uses; complete without JavaScript. */
export function DecisionTable() {
  const rows = decisionTable().map((row) => ({
    key: row.key,
    // Short: the conditions can run to a paragraph, and the label is read out and repeated as a tooltip.
    label: row.key.replace(/-/g, ' '),
    cells: [
      <ul key="when" className="decision-when">
        {row.when.map((condition) => (
          <li key={condition}>{condition}</li>
        ))}
      </ul>,
      <>
        {row.then}
        {row.unconfirmed ? <span className="unconfirmed-badge"> (unconfirmed)</span> : null}
      </>,
      <ReasonText key="why" reason={row.why} />,
    ],
    markdown: [row.when.join('; ') || 'Any answers', `${row.then}${row.unconfirmed ? ' (unconfirmed)' : ''}`, reasonMarkdown(row.why)],
    hooks: hook(DECISION.rule, row.key),
  }));
  return anchoredTable({
    id: DECISION_TABLE_ID,
    caption: CAPTION,
    captionText: CAPTION,
    columns: ['If', 'Then the guide', 'Why'],
    rows,
    className: 'decision-table',
    hooks: hook(DECISION.table),
  });
}

/** The anchors the table adds to its page. */
export function decisionTableAnchors(): string[] {
  return [DECISION_TABLE_ID, ...decisionTable().map((row) => rowAnchor(DECISION_TABLE_ID, row.key))];
}
