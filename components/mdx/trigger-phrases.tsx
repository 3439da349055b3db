import Link from 'next/link';
import { TRIGGER_PHRASES } from '@/lib/data/trigger-phrases';

/** The trigger-phrase table on the exam review page, from lib/data/trigger-phrases.ts. */
export function TriggerPhrases() {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="trigger-phrases-caption">
      <table>
        <caption id="trigger-phrases-caption" className="sr-only">
          Phrases in a question and the answer they point to
        </caption>
        <thead>
          <tr>
            <th scope="col">When the question says…</th>
            <th scope="col">Think of…</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {TRIGGER_PHRASES.map((entry) => (
            <tr key={entry.phrase}>
              <th scope="row">{entry.phrase}</th>
              <td>{entry.answer}</td>
              <td>
                <Link href={entry.link} prefetch={false}>
                  Explanation
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
