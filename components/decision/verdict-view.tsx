import { OPTIONS } from '@/lib/decision/rules';
import { verdictTitle, type Verdict } from '@/lib/decision/engine';
import { ReasonText } from './reason-text';
import { hook } from '@/lib/dom-hooks';
import { DECISION } from './hooks';

interface VerdictViewProps {
  verdict: Verdict;
  /** A link that restores this result (the page address already holds it). */
  shareHref: string;
}

/** The recommendation: what to use, why, what to combine it with, what else fits and what is ruled out. */
export function VerdictView({ verdict, shareHref }: VerdictViewProps) {
  const title = verdictTitle(verdict);
  return (
    <section
      className="decision-verdict"
      aria-labelledby="decision-verdict-title"
      {...hook(DECISION.verdict)}
      {...hook(DECISION.recommendation, [verdict.primary, ...verdict.combined.map((part) => part.option)].join('+'))}
    >
      <h3 id="decision-verdict-title" tabIndex={-1} {...hook(DECISION.focusFirst)}>
        <span className="decision-progress">Recommendation</span>
        {title}
      </h3>
      <h4>Why {OPTIONS[verdict.primary].name}</h4>
      <ul>
        {verdict.reasons.map((reason) => (
          <li key={reason.text}>
            <ReasonText reason={reason} />
          </li>
        ))}
      </ul>
      {verdict.combined.length > 0 ? (
        <>
          <h4>Combine it with</h4>
          <ul>
            {verdict.combined.map((part) => (
              <li key={part.option} {...hook(DECISION.combined, part.option)}>
                <strong>{OPTIONS[part.option].name}.</strong> <ReasonText reason={part.reason} />{' '}
                <ReasonText reason={OPTIONS[part.option].why} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {verdict.notes.length > 0 ? (
        <>
          <h4>Check before you commit</h4>
          <ul>
            {verdict.notes.map((note) => (
              <li key={note.reason.text}>
                <ReasonText reason={note.reason} unconfirmed={note.unconfirmed} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {verdict.alsoFits.length > 0 ? (
        <>
          <h4>Also fits</h4>
          <ul>
            {verdict.alsoFits.map((option) => (
              <li key={option} {...hook(DECISION.alsoFits, option)}>
                <strong>{OPTIONS[option].name}.</strong> <ReasonText reason={OPTIONS[option].why} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {verdict.ruledOut.length > 0 ? (
        <>
          <h4>Ruled out</h4>
          <ul>
            {verdict.ruledOut.map((entry) => (
              <li key={entry.option} {...hook(DECISION.ruledOut, entry.option)}>
                <strong>
                  {OPTIONS[entry.option].name}
                  {entry.unconfirmed ? ' (moved down, not ruled out)' : ''}.
                </strong>{' '}
                {entry.reasons.map((reason) => (
                  <span key={reason.text}>
                    <ReasonText reason={reason} unconfirmed={entry.unconfirmed} />{' '}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="decision-share">
        The page address now holds your answers: <a href={shareHref}>link to this result</a>.
      </p>
    </section>
  );
}
