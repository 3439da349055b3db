import type { Comparison } from '@/lib/cost/compare';
import { formatCents } from '@/lib/cost/money';
import { Table } from '@/components/mdx/table';

interface CostResultsProps {
  comparison: Comparison;
  /** The Region the reader says their prices are for, if any. */
  region: string;
}

const CAPTION_ID = 'cost-results-caption';

/** Monthly cost per option with its breakdown, a spoken summary (live region) and the workings in words. */
export function CostResults({ comparison, region }: CostResultsProps) {
  const priced = comparison.options.filter((option) => option.status === 'ok');
  const summary = !comparison.ready
    ? 'No result yet: fix the marked fields.'
    : comparison.options.length === 0
      ? 'Pick at least one option to compare.'
      : priced.length === 0
        ? 'No option can be priced yet: enter your prices.'
        : `Per month: ${priced.map((option) => `${option.label} ${formatCents(option.totalCents)}`).join('; ')}.`;
  return (
    <section className="cost-results" aria-labelledby="cost-results-title" data-cost-results="">
      <h3 id="cost-results-title">Monthly cost</h3>
      <p className="cost-summary" role="status" aria-live="polite" data-cost-summary="">
        {summary}
      </p>
      {comparison.options.length > 0 ? (
        <>
          <p id={CAPTION_ID} className="comparison-caption">
            Monthly cost by option{region ? `, with your prices for ${region}` : ''}
          </p>
          <Table aria-labelledby={CAPTION_ID}>
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
                <tr key={option.option} data-cost-option={option.option} data-status={option.status}>
                  <th scope="row">{option.label}</th>
                  {option.status === 'ok' ? (
                    <>
                      <td data-compute="">{formatCents(option.computeCents)}</td>
                      <td data-control-plane="">{formatCents(option.controlPlaneCents)}</td>
                      <td data-total="">
                        <strong>{formatCents(option.totalCents)}</strong>
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} data-message="">
                      {option.message}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      ) : null}
      {priced.length > 0 ? (
        <div className="cost-workings">
          <p className="cost-assumptions-title">How each figure is worked out</p>
          <ul>
            {priced.map((option) => (
              <li key={option.option} data-workings={option.option}>
                <strong>{option.label}</strong>
                <ul>
                  {option.workings.map((line) => (
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
