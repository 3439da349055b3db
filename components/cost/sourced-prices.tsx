import { PRICES, PRICES_CHECKED, PRICES_REGION, type SourcedFigure } from '@/lib/data/prices';
import { Table } from '@/components/mdx/table';
import { ExternalLink } from '@/components/mdx/link';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const CAPTION_ID = 'cost-sourced-prices-caption';

function shown(figure: SourcedFigure): string {
  const approx = figure.approximate ? 'about ' : '';
  if (figure.unit === 'percent') return `${approx}${figure.value}%`;
  const amount = `$${figure.value.toFixed(2)}`;
  return figure.unit === 'USD' ? `${approx}${amount}` : `${approx}${amount} per cluster-hour`;
}

/** "Prices as of DATE for REGION", and every figure the calculator uses from a source, with that source. */
export function SourcedPrices() {
  return (
    <figure className="comparison cost-sourced" data-sourced-prices="">
      <figcaption id={CAPTION_ID} className="comparison-caption">
        Prices as of <time dateTime={PRICES_CHECKED}>{dateFormat.format(new Date(`${PRICES_CHECKED}T00:00:00Z`))}</time> for {PRICES_REGION}
      </figcaption>
      <Table aria-labelledby={CAPTION_ID}>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Price</th>
            <th scope="col">Checked</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(PRICES).map(([key, figure]) => (
            <tr key={key} data-price={key}>
              <th scope="row">{figure.label}</th>
              <td>
                {shown(figure)}
                <span className="cost-note"> {figure.note}</span>
              </td>
              <td>
                <time dateTime={figure.checked}>{figure.checked}</time>
              </td>
              <td>
                <ExternalLink href={figure.source}>{new URL(figure.source).hostname}</ExternalLink>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </figure>
  );
}
