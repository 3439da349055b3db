import { Table } from '@/components/mdx/table';
import { decisionTable } from '@/lib/decision/table';
import { ReasonText } from './reason-text';

const CAPTION_ID = 'decision-rules-caption';

/** Every rule of the decision guide, from the same data the interactive guide uses; complete without JavaScript. */
export function DecisionTable() {
  const rows = decisionTable();
  return (
    <figure className="comparison decision-table" data-decision-table="">
      <figcaption id={CAPTION_ID} className="comparison-caption">
        The decision table: every rule the guide applies
      </figcaption>
      <Table aria-labelledby={CAPTION_ID}>
        <thead>
          <tr>
            <th scope="col">If</th>
            <th scope="col">Then the guide</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-rule={row.key}>
              <th scope="row">
                <ul className="decision-when">
                  {row.when.map((condition) => (
                    <li key={condition}>{condition}</li>
                  ))}
                </ul>
              </th>
              <td>
                {row.then}
                {row.unconfirmed ? <span className="unconfirmed-badge"> (unconfirmed)</span> : null}
              </td>
              <td>
                <ReasonText reason={row.why} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </figure>
  );
}
