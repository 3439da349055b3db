import { useEffect, useRef, useState } from 'react';
import type { Question } from '@/lib/data/questions/types';
import { hook } from '@/lib/dom-hooks';
import { answerState, type AnswerState } from '@/lib/quiz/exam-score';
import type { ActiveExam, ExamAttempt } from '@/lib/quiz/exam-storage';
import { clockText, isRunningLow, remainingMs, timeAnnouncement } from '@/lib/quiz/exam-timer';
import { InlineText, OptionText } from '@/components/quiz/inline-text';
import type { Bank } from './exam-app';
import { FinishDialog } from './finish-dialog';
import { MOCK_EXAM } from './hooks';

interface ExamRunnerProps {
  exam: ActiveExam;
  bank: Bank;
  notice: string | null;
  /** Whether the first question's heading takes focus (not when the page opens on an exam left running). */
  focusFirst: boolean;
  onChange: (exam: ActiveExam) => void;
  onAnnounce: (text: string) => void;
  onFinish: (exam: ActiveExam, ending: ExamAttempt['ending']) => void;
}

/** Keeps the newest value for callbacks that outlive the render that made them (the clock's timers). */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * The time left before `deadline`, updated on each whole second (and at once when the tab becomes visible again).
 * Milestones go to `onAnnounce`; reaching zero calls `onExpire`.
 */
function useCountdown(deadline: number, onAnnounce: (text: string) => void, onExpire: () => void): number {
  const [remaining, setRemaining] = useState(() => remainingMs(deadline, Date.now()));
  const callbacks = useLatest({ onAnnounce, onExpire });
  useEffect(() => {
    let previous = remainingMs(deadline, Date.now());
    let timer: number | undefined;
    const tick = () => {
      const left = remainingMs(deadline, Date.now());
      const announcement = timeAnnouncement(previous, left);
      previous = left;
      setRemaining(left);
      if (left === 0) return callbacks.current.onExpire();
      if (announcement) callbacks.current.onAnnounce(announcement);
      timer = window.setTimeout(tick, left % 1000 || 1000);
    };
    const onVisibility = () => {
      if (document.visibilityState !== 'visible') return;
      window.clearTimeout(timer);
      tick();
    };
    timer = window.setTimeout(tick, previous % 1000 || 1000);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [deadline, callbacks]);
  return remaining;
}

const STATE_NAMES: Record<AnswerState, string> = { unanswered: 'not answered', partial: 'one of two answers chosen', answered: 'answered' };

/** The exam in progress: clock and progress bar, one question at a time, the question list, and finishing. */
export function ExamRunner({ exam, bank, notice, focusFirst, onChange, onAnnounce, onFinish }: ExamRunnerProps) {
  const questions = exam.questionIds.flatMap((id) => bank.get(id) ?? []);
  const question: Question | undefined = questions[exam.current];
  const finishDialog = useRef<HTMLDialogElement>(null);
  const askToFinish = () => {
    if (finishDialog.current && !finishDialog.current.open) finishDialog.current.showModal();
  };
  const latestExam = useLatest(exam);
  const remaining = useCountdown(exam.startedAt + exam.durationMs, onAnnounce, () => onFinish(latestExam.current, 'timeout'));
  const title = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusFirst);
  const position = exam.current;

  // After Start, Previous, Next or a jump from the question list, the new question's heading takes focus.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    title.current?.focus();
  }, [position]);

  if (!question) return null;
  const chosen = exam.answers[question.id] ?? [];
  const flagged = new Set(exam.flagged);
  const states = questions.map((entry) => answerState(entry, exam.answers[entry.id]));
  const answered = states.filter((state) => state === 'answered').length;
  const last = exam.current === questions.length - 1;

  const go = (index: number) => {
    moved.current = true;
    onChange({ ...exam, current: index });
  };
  const choose = (index: number, checked: boolean) => {
    const next =
      question.choose === 1
        ? [index]
        : checked
          ? [...chosen.filter((entry) => entry !== index), index].sort((a, b) => a - b)
          : chosen.filter((entry) => entry !== index);
    onChange({ ...exam, answers: { ...exam.answers, [question.id]: next } });
  };
  const toggleFlag = () => {
    onChange({
      ...exam,
      flagged: flagged.has(question.id) ? exam.flagged.filter((id) => id !== question.id) : [...exam.flagged, question.id],
    });
  };

  return (
    <div className="exam-runner">
      <div className="exam-bar not-prose">
        <p className="exam-timer" role="timer" aria-label="Time left" {...(isRunningLow(remaining) ? hook(MOCK_EXAM.low) : {})}>
          <span aria-hidden="true">Time left </span>
          <strong>{clockText(remaining)}</strong>
        </p>
        <p className="exam-progress">
          {answered} of {questions.length} answered{flagged.size > 0 ? ` · ${flagged.size} flagged` : ''}
        </p>
        <button type="button" className="action-button secondary" {...hook(MOCK_EXAM.finish)} onClick={askToFinish}>
          Finish…
        </button>
        <progress className="exam-progress-bar" max={questions.length} value={answered} aria-label="Questions answered" />
      </div>
      {notice ? <p className="exam-notice">{notice}</p> : null}
      <section className="exam-question" aria-labelledby="exam-question-title" {...hook(MOCK_EXAM.question, question.id)}>
        <h2 id="exam-question-title" ref={title} tabIndex={-1}>
          {`Question ${exam.current + 1} of ${questions.length}`}
          {flagged.has(question.id) ? <span className="exam-flag-note"> · flagged for review</span> : null}
        </h2>
        <p className="exam-scenario">
          <InlineText text={question.scenario} />
        </p>
        <fieldset className="exam-options">
          <legend>
            {question.choose === 2 ? 'Choose two answers' : 'Choose one answer'}
            {question.choose === 2 && chosen.length > 0 ? ` (${chosen.length} chosen)` : ''}
          </legend>
          <ol className="not-prose">
            {question.options.map((option, index) => (
              <li key={index}>
                <label className="option-choice">
                  <input
                    type={question.choose === 2 ? 'checkbox' : 'radio'}
                    name={`exam-${question.id}`}
                    value={index}
                    checked={chosen.includes(index)}
                    onChange={(event) => choose(index, event.target.checked)}
                  />
                  <OptionText index={index} text={option.text} />
                </label>
              </li>
            ))}
          </ol>
        </fieldset>
        <div className="exam-buttons">
          <button
            type="button"
            className="action-button secondary"
            {...hook(MOCK_EXAM.previous)}
            disabled={exam.current === 0}
            onClick={() => go(exam.current - 1)}
          >
            Previous
          </button>
          <button
            type="button"
            className="action-button secondary exam-flag"
            {...hook(MOCK_EXAM.flag)}
            aria-pressed={flagged.has(question.id)}
            onClick={toggleFlag}
          >
            Flag for review
          </button>
          {last ? (
            <button type="button" className="action-button" onClick={askToFinish}>
              Finish…
            </button>
          ) : (
            <button type="button" className="action-button" {...hook(MOCK_EXAM.next)} onClick={() => go(exam.current + 1)}>
              Next
            </button>
          )}
        </div>
      </section>
      <nav className="exam-navigator not-prose" aria-label="Questions" {...hook(MOCK_EXAM.navigator)}>
        <h3 className="exam-navigator-title">All questions</h3>
        <ol>
          {questions.map((entry, index) => (
            <li key={entry.id}>
              <button
                type="button"
                aria-current={index === exam.current ? 'step' : undefined}
                aria-label={`Question ${index + 1}, ${STATE_NAMES[states[index]]}${flagged.has(entry.id) ? ', flagged' : ''}`}
                {...hook(MOCK_EXAM.answerState, states[index])}
                {...(flagged.has(entry.id) ? hook(MOCK_EXAM.flagged) : {})}
                onClick={() => go(index)}
              >
                {index + 1}
              </button>
            </li>
          ))}
        </ol>
        <p className="exam-legend">
          <span className="exam-legend-item" {...hook(MOCK_EXAM.answerState, 'answered')}>
            answered
          </span>
          <span className="exam-legend-item" {...hook(MOCK_EXAM.answerState, 'unanswered')}>
            not answered
          </span>
          <span className="exam-legend-item" {...hook(MOCK_EXAM.answerState, 'unanswered')} {...hook(MOCK_EXAM.flagged)}>
            flagged
          </span>
        </p>
      </nav>
      <FinishDialog
        ref={finishDialog}
        total={questions.length}
        answered={answered}
        flagged={flagged.size}
        onFinish={() => onFinish(exam, 'finished')}
      />
    </div>
  );
}
