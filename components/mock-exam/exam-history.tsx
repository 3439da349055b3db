import { useEffect, useRef, useState } from 'react';
import { hook } from '@/lib/dom-hooks';
import { clockText } from '@/lib/quiz/exam-timer';
import { MAX_ATTEMPTS, type ExamAttempt } from '@/lib/quiz/exam-storage';
import { MOCK_EXAM } from './hooks';

interface ExamHistoryProps {
  attempts: readonly ExamAttempt[];
  onReview: (attempt: ExamAttempt) => void;
  onClear: () => void;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function percent(attempt: ExamAttempt): number {
  return Math.round((attempt.right / attempt.total) * 100);
}

/** Past attempts in this browser, newest first, each with its score and a way back to its review. */
export function ExamHistory({ attempts, onReview, onClear }: ExamHistoryProps) {
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The question replaces the button that asked it, and back: keep keyboard focus on whichever is there now.
  useEffect(() => {
    if (confirming === null) return;
    (confirming ? keepButton : askButton).current?.focus();
  }, [confirming]);
  return (
    <section className="exam-history" aria-labelledby="exam-history-title" {...hook(MOCK_EXAM.history)}>
      <h3 id="exam-history-title" ref={heading} tabIndex={-1}>
        Your past attempts
      </h3>
      {attempts.length === 0 ? (
        <p>None yet in this browser. Finished exams are kept here (the newest {MAX_ATTEMPTS}), and nowhere else.</p>
      ) : (
        <>
          <ol className="exam-attempts">
            {attempts.map((attempt) => (
              <li key={`${attempt.startedAt}-${attempt.seed}`} {...hook(MOCK_EXAM.attempt, `${attempt.right}/${attempt.total}`)}>
                <span>
                  <strong>
                    {attempt.right} of {attempt.total} right ({percent(attempt)}%)
                  </strong>
                  <span className="exam-attempt-meta">
                    {when.format(attempt.finishedAt)} · {clockText(attempt.finishedAt - attempt.startedAt)} of{' '}
                    {clockText(attempt.durationMs)} used
                    {attempt.ending === 'timeout' ? ' · time ran out' : ''}
                  </span>
                </span>
                <button type="button" className="action-button secondary" onClick={() => onReview(attempt)}>
                  Review<span className="sr-only"> the attempt of {when.format(attempt.finishedAt)}</span>
                </button>
              </li>
            ))}
          </ol>
          {confirming ? (
            <p className="exam-buttons" role="group" aria-label="Delete past attempts">
              <span>Delete all {attempts.length} attempts from this browser?</span>
              <button
                type="button"
                className="action-button"
                {...hook(MOCK_EXAM.clearHistory)}
                onClick={() => {
                  onClear();
                  heading.current?.focus();
                }}
              >
                Delete them
              </button>
              <button type="button" className="action-button secondary" ref={keepButton} onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </p>
          ) : (
            <button type="button" className="action-button secondary" ref={askButton} onClick={() => setConfirming(true)}>
              Delete my past attempts…
            </button>
          )}
        </>
      )}
    </section>
  );
}
