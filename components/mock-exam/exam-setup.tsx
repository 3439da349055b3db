import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { hook } from '@/lib/dom-hooks';
import { WEIGHTS } from '@/lib/quiz/draw';
import { DEFAULT_LENGTH, EXAM_LENGTHS, type ExamLength } from '@/lib/quiz/exam-lengths';
import type { ExamAttempt } from '@/lib/quiz/exam-storage';
import { PRACTICE_INDEX_URL } from '@/lib/quiz/practice-areas';
import type { Progress } from '@/lib/quiz/progress';
import { newSeed } from '@/lib/quiz/seeded-random';
import { ExamHistory } from './exam-history';
import { useFocusOnMount } from './focus';
import { MOCK_EXAM } from './hooks';

export interface ExamChoice {
  length: ExamLength;
  seed: string;
  /** Favour the questions this reader missed (a shared set never is). */
  weighted: boolean;
}

interface ExamSetupProps {
  /** A shared set the address names: the reader starts exactly that set, or sets up their own. */
  shared: { seed: string; length: ExamLength } | null;
  progress: Progress;
  history: readonly ExamAttempt[];
  notice: string | null;
  focusHeading: boolean;
  onStart: (choice: ExamChoice) => void;
  onOwnExam: () => void;
  onReview: (attempt: ExamAttempt) => void;
  onClearHistory: () => void;
}

function asOften(weight: number): string {
  return weight === 0.5 ? 'half as often' : `${weight} times as often`;
}

function Rules({ minutes }: { minutes: string }) {
  return (
    <ul className="exam-rules">
      <li>
        The clock starts when you press Start ({minutes}) and keeps running if you leave or reload the page; you come back where you were.
      </li>
      <li>No feedback until you finish. Flag a question to come back to it; the question list shows which are answered and flagged.</li>
      <li>A &ldquo;choose two&rdquo; question counts only when both answers are right, and an unanswered question counts as wrong.</li>
      <li>Finish whenever you like (you are asked to confirm); when the clock reaches zero, the exam finishes by itself.</li>
    </ul>
  );
}

/** The start screen: length, whether to favour missed questions, the rules, and past attempts. */
export function ExamSetup({
  shared,
  progress,
  history,
  notice,
  focusHeading,
  onStart,
  onOwnExam,
  onReview,
  onClearHistory,
}: ExamSetupProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const saved = Object.values(progress);
  const missed = saved.filter((entry) => !entry.correct).length;
  const [questions, setQuestions] = useState<number>(DEFAULT_LENGTH.questions);
  const [weighted, setWeighted] = useState(saved.length > 0);
  const length = EXAM_LENGTHS.find((candidate) => candidate.questions === questions) ?? DEFAULT_LENGTH;

  if (shared) {
    return (
      <section className="exam-setup" aria-labelledby="exam-setup-title" {...hook(MOCK_EXAM.sharedSet, shared.seed)}>
        <h2 id="exam-setup-title" ref={heading} tabIndex={-1}>
          Start a shared set
        </h2>
        {notice ? <p className="exam-notice">{notice}</p> : null}
        <p>
          This link draws set <code>{shared.seed}</code>: {shared.length.questions} questions in {shared.length.minutes} minutes, the same
          questions in the same order for anyone who opens it. Your own missed questions do not change it.
        </p>
        <Rules minutes={`${shared.length.minutes} minutes`} />
        <div className="exam-buttons">
          <button
            type="button"
            className="action-button"
            {...hook(MOCK_EXAM.start)}
            onClick={() => onStart({ length: shared.length, seed: shared.seed, weighted: false })}
          >
            Start this set
          </button>
          <button type="button" className="action-button secondary" onClick={onOwnExam}>
            Set up my own exam instead
          </button>
        </div>
        <ExamHistory attempts={history} onReview={onReview} onClear={onClearHistory} />
      </section>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onStart({ length, seed: newSeed(), weighted: weighted && saved.length > 0 });
  };

  return (
    <section className="exam-setup" aria-labelledby="exam-setup-title">
      <h2 id="exam-setup-title" ref={heading} tabIndex={-1}>
        Start a mock exam
      </h2>
      {notice ? <p className="exam-notice">{notice}</p> : null}
      <form onSubmit={submit}>
        <fieldset className="exam-choices">
          <legend>Length</legend>
          {EXAM_LENGTHS.map((option) => (
            <label key={option.questions}>
              <input
                type="radio"
                name="length"
                value={option.questions}
                checked={option.questions === questions}
                onChange={() => setQuestions(option.questions)}
              />
              <span>
                <strong>
                  {option.questions} questions, {option.minutes} minutes
                </strong>
                <span className="exam-choice-note">{option.label}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {saved.length > 0 ? (
          <fieldset className="exam-choices">
            <legend>Which questions</legend>
            <label>
              <input
                type="checkbox"
                name="weighted"
                checked={weighted}
                onChange={(event) => setWeighted(event.target.checked)}
                {...hook(MOCK_EXAM.weighted)}
              />
              <span>
                <strong>Favour my weak spots</strong>
                <span className="exam-choice-note">
                  You have answered {saved.length} practice {saved.length === 1 ? 'question' : 'questions'} in this browser and missed{' '}
                  {missed}. Missed questions come up {asOften(WEIGHTS.missed)} as new ones, and ones you answered right{' '}
                  {asOften(WEIGHTS.right)}.
                </span>
              </span>
            </label>
          </fieldset>
        ) : (
          <p className="exam-choice-note">
            Questions are drawn evenly across the guide. Answer some on the{' '}
            <Link href={PRACTICE_INDEX_URL} prefetch={false}>
              practice pages
            </Link>{' '}
            and the exam can favour the ones you miss.
          </p>
        )}
        <Rules minutes={`${length.minutes} minutes`} />
        <button type="submit" className="action-button" {...hook(MOCK_EXAM.start)}>
          Start the exam
        </button>
      </form>
      <ExamHistory attempts={history} onReview={onReview} onClear={onClearHistory} />
    </section>
  );
}
