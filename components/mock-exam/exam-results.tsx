import { useState } from 'react';
import Link from 'next/link';
import type { Question } from '@/lib/data/questions/types';
import { hook } from '@/lib/dom-hooks';
import { answerState, isRight, scoreExam } from '@/lib/quiz/exam-score';
import type { ExamAttempt } from '@/lib/quiz/exam-storage';
import { clockText } from '@/lib/quiz/exam-timer';
import { InlineText, OPTION_LETTERS } from '@/components/quiz/inline-text';
import { ExternalLink } from '@/components/ui/external-link';
import type { Bank } from './exam-app';
import type { ExamLabels } from './mock-exam-loader';
import { useFocusOnMount } from './focus';
import { MOCK_EXAM } from './hooks';

interface ExamResultsProps {
  attempt: ExamAttempt;
  bank: Bank;
  labels: ExamLabels;
  notice: string | null;
  focusHeading: boolean;
  onRetake: () => void;
  onNewExam: () => void;
}

type Outcome = 'right' | 'wrong' | 'unanswered';
const OUTCOME_TEXT: Record<Outcome, string> = { right: 'Right', wrong: 'Wrong', unanswered: 'Not answered' };

function outcomeOf(question: Question, chosen: readonly number[] | undefined): Outcome {
  if (answerState(question, chosen) === 'unanswered') return 'unanswered';
  return isRight(question, chosen) ? 'right' : 'wrong';
}

function ReviewedQuestion({
  question,
  number,
  chosen,
  flagged,
  labels,
}: {
  question: Question;
  number: number;
  chosen: readonly number[];
  flagged: boolean;
  labels: ExamLabels;
}) {
  const outcome = outcomeOf(question, chosen);
  return (
    <li className="exam-review" {...hook(MOCK_EXAM.review, question.id)} {...hook(MOCK_EXAM.outcome, outcome)}>
      <h4>
        {`Question ${number}: `}
        <span className="exam-outcome">{OUTCOME_TEXT[outcome]}</span>
        <span className="exam-review-topic">{` · ${labels.topics[question.page] ?? question.page}${flagged ? ' · you flagged it' : ''}`}</span>
      </h4>
      <p>
        <InlineText text={question.scenario} />
      </p>
      <ol className="exam-review-options">
        {question.options.map((option, index) => (
          <li key={index} {...(chosen.includes(index) ? hook(MOCK_EXAM.chosen) : {})} {...(option.correct ? hook(MOCK_EXAM.correct) : {})}>
            <p className="exam-review-option">
              <span className="option-letter">{OPTION_LETTERS[index]}.</span> <InlineText text={option.text} />
              {chosen.includes(index) ? <span className="exam-tag exam-tag-chosen">Your answer</span> : null}
              {option.correct ? <span className="exam-tag exam-tag-correct">Correct answer</span> : null}
            </p>
            <p className="exam-explanation">
              <InlineText text={option.explanation} />
            </p>
          </li>
        ))}
      </ol>
      <p className="question-links">
        <Link href={question.learnMore} prefetch={false}>
          Learn it: {labels.sections[question.learnMore] ?? 'the section that teaches this'}
        </Link>
        {' · '}
        <ExternalLink href={question.source}>Source</ExternalLink>
      </p>
    </li>
  );
}

/** The result: score, a breakdown per topic with the sections to study, and every question with its explanations. */
export function ExamResults({ attempt, bank, labels, notice, focusHeading, onRetake, onNewExam }: ExamResultsProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>(focusHeading);
  const [onlyMissed, setOnlyMissed] = useState(false);
  const questions = attempt.questionIds.flatMap((id) => bank.get(id) ?? []);
  const score = scoreExam(questions, attempt.answers);
  const missing = attempt.questionIds.length - questions.length;
  const flagged = new Set(attempt.flagged);
  const used = clockText(attempt.finishedAt - attempt.startedAt);
  const share = attempt.weighted
    ? null
    : `${window.location.origin}${window.location.pathname}?seed=${attempt.seed}&length=${attempt.questionIds.length}`;
  const shown = questions
    .map((question, index) => ({ question, number: index + 1 }))
    .filter(({ question }) => !onlyMissed || !isRight(question, attempt.answers[question.id]));

  return (
    <section className="exam-results" aria-labelledby="exam-results-title">
      <h2 id="exam-results-title" ref={heading} tabIndex={-1}>
        Your result
      </h2>
      {notice ? <p className="exam-notice">{notice}</p> : null}
      <p className="exam-score" {...hook(MOCK_EXAM.result, `${score.right}/${score.total}`)}>
        <strong>
          {score.right} of {score.total} right
        </strong>{' '}
        ({score.percent}%)
      </p>
      <p>
        {attempt.ending === 'timeout' ? `Time ran out after ${used}.` : `You finished after ${used} of ${clockText(attempt.durationMs)}.`} A
        percentage is not the real exam&rsquo;s scaled score: use it to see which topics need another pass.
        {missing > 0 ? ` ${missing} of the attempt's questions are no longer in the question bank and are left out.` : ''}
      </p>

      <h3 id="exam-results-topics">By topic, weakest first</h3>
      <div className="table-scroll exam-topics">
        <table>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Right</th>
              <th scope="col">Study next</th>
            </tr>
          </thead>
          <tbody>
            {score.topics.map((topic) => (
              <tr key={topic.page} {...hook(MOCK_EXAM.topic, topic.page)}>
                <th scope="row">
                  <Link href={topic.page} prefetch={false}>
                    {labels.topics[topic.page] ?? topic.page}
                  </Link>
                </th>
                <td>
                  {topic.right} of {topic.total}
                </td>
                <td>
                  {topic.study.length === 0 ? (
                    'All right'
                  ) : (
                    <ul>
                      {topic.study.map((section) => (
                        <li key={section}>
                          <Link href={section} prefetch={false}>
                            {labels.sections[section] ?? section}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="exam-results-questions">Every question, with every explanation</h3>
      <label className="exam-filter">
        <input type="checkbox" checked={onlyMissed} onChange={(event) => setOnlyMissed(event.target.checked)} /> Only the ones I got wrong
        or left unanswered
      </label>
      {shown.length === 0 ? <p>None: every answer was right.</p> : null}
      <ol className="exam-review-list not-prose">
        {shown.map(({ question, number }) => (
          <ReviewedQuestion
            key={question.id}
            question={question}
            number={number}
            chosen={attempt.answers[question.id] ?? []}
            flagged={flagged.has(question.id)}
            labels={labels}
          />
        ))}
      </ol>

      <div className="exam-buttons">
        <button type="button" className="action-button" {...hook(MOCK_EXAM.retake)} onClick={onRetake}>
          Retake these questions
        </button>
        <button type="button" className="action-button secondary" {...hook(MOCK_EXAM.newExam)} onClick={onNewExam}>
          Start a new exam
        </button>
      </div>
      {share ? (
        <p className="exam-share">
          Share this set:{' '}
          <a href={share} {...hook(MOCK_EXAM.shareLink)}>
            {share}
          </a>{' '}
          draws the same questions in the same order for anyone.
        </p>
      ) : (
        <p className="exam-share">
          This set was weighted towards the questions you missed, so it is yours alone; an even set can be shared by link.
        </p>
      )}
    </section>
  );
}
