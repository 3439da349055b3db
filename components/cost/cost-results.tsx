import type { PricedComparison } from '@/lib/cost/price';
import { blockerMessage, OPTION_LABELS, summary, workings } from '@/lib/cost/explain';
import { formatCents } from '@/lib/cost/money';
import { hook } from '@/lib/dom-hooks';
import { TableScroll } from '@/components/ui/table-scroll';
import { COST } from './hooks';

interface CostResultsProps {
  comparison: PricedComparison;
  /** The Region the reader says their prices are for, if any. */
  region: string;
}

const CAPTION_ID = 'cost-results-caption';

/** Monthly cost per option with its breakdown, a spoken summary (live region) and the workings in words. */
export function CostResults({ comparison, region }: CostResultsProps) {
  const priced = comparison.options.flatMap((option) => (option.status === 'priced' ? [option] : []));
  return (
    <section className="cost-results" aria-labelledby="cost-results-title" {...hook(COST.results)}>
      <h3 id="cost-results-title">Monthly cost</h3>
      <p className="cost-summary" role="status" aria-live="polite" {...hook(COST.summary)}>
        {summary(comparison)}
      </p>
      {comparison.options.length > 0 ? (
        <>
          <p id={CAPTION_ID} className="comparison-caption">
            Monthly cost by option{region ? `, with your prices for ${region}` : ''}
          </p>
          <TableScroll aria-labelledby={CAPTION_ID}>
            <thead>
              <tr>
                <th scope="col">Option</th>
                <th scope="col">Compute</th>
                <th scope="col">Control plane</th>
                <th scope="col">Total per month</th>
              </tr>
            </thead>
            <tbody>
              {comparison.options.map((option) => (
                <tr
                  key={option.option}
                  {...hook(COST.option, option.option)}
                  {...hook(COST.status, option.status === 'priced' ? 'ok' : option.blocker.kind)}
                >
                  <th scope="row">{OPTION_LABELS[option.option]}</th>
                  {option.status === 'priced' ? (
                    <>
                      <td {...hook(COST.compute)}>{formatCents(option.computeCents)}</td>
                      <td {...hook(COST.controlPlane)}>{formatCents(comparison.controlPlane.cents)}</td>
                      <td {...hook(COST.total)}>
                        <strong>{formatCents(option.totalCents)}</strong>
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} {...hook(COST.message)}>
                      {blockerMessage(option.blocker)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </TableScroll>
        </>
      ) : null}
      {priced.length > 0 ? (
        <div className="cost-workings">
          <p className="cost-assumptions-title">How each figure is worked out</p>
          <ul>
            {priced.map((option) => (
              <li key={option.option} {...hook(COST.workings, option.option)}>
                <strong>{OPTION_LABELS[option.option]}</strong>
                <ul>
                  {workings(comparison, option).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
