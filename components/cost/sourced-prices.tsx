import { PRICES, PRICES_CHECKED, PRICES_REGION, type SourcedFigure } from '@/lib/data/prices';
import { formatLongDate } from '@/lib/dates';
import { hook } from '@/lib/dom-hooks';
import { markdownLink } from '@/lib/markdown';
import { anchoredTable, rowAnchor } from '@/components/ui/anchored-table';
import { ExternalLink } from '@/components/ui/external-link';
import { COST } from './hooks';

/** The table's id: a public anchor, and the prefix of every row's anchor. */
const TABLE_ID = 'sourced-prices';

function shown(figure: SourcedFigure): string {
  const approx = figure.approximate ? 'about ' : '';
  if (figure.unit === 'percent') return `${approx}${figure.value}%`;
  const amount = `$${figure.value.toFixed(2)}`;
  return figure.unit === 'USD' ? `${approx}${amount}` : `${approx}${amount} per cluster-hour`;
}

/** A figure's key as an anchor: ecsControlPlane → ecs-control-plane. */
function keyAnchor(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** "Prices as of DATE for REGION", and every figure the calculator uses from a source, with that source. */
export function SourcedPrices() {
  const captionText = `Prices as of ${formatLongDate(PRICES_CHECKED)} for ${PRICES_REGION}`;
  const rows = Object.entries(PRICES).map(([key, figure]) => ({
    key: keyAnchor(key),
    label: figure.label,
    cells: [
      figure.label,
      <>
        {shown(figure)}
        <span className="cost-note"> {figure.note}</span>
      </>,
      <time key="checked" dateTime={figure.checked}>
        {figure.checked}
      </time>,
      <ExternalLink key="source" href={figure.source}>
        {new URL(figure.source).hostname}
      </ExternalLink>,
    ],
    markdown: [figure.label, `${shown(figure)}. ${figure.note}`, figure.checked, markdownLink(figure.source)],
    hooks: hook(COST.price, key),
  }));
  return anchoredTable({
    id: TABLE_ID,
    caption: (
      <>
        Prices as of <time dateTime={PRICES_CHECKED}>{formatLongDate(PRICES_CHECKED)}</time> for {PRICES_REGION}
      </>
    ),
    captionText,
    columns: ['Figure', 'Price', 'Checked', 'Source'],
    rows,
    className: 'cost-sourced',
    hooks: hook(COST.sourcedPrices),
  });
}

/** The anchors the table adds to its page. */
export function sourcedPriceAnchors(): string[] {
  return [TABLE_ID, ...Object.keys(PRICES).map((key) => rowAnchor(TABLE_ID, keyAnchor(key)))];
}
