import type { MouseEvent } from 'react';
import { DECISION_QUESTIONS, type Answers } from '@/lib/decision/rules';
import { answersBefore, hrefForAnswers } from '@/lib/decision/url';
import { hook } from '@/lib/dom-hooks';
import { DECISION } from './hooks';

interface AnswerSummaryProps {
  answers: Answers;
  /** Click handler for a link that shows `next` (keeps the page; plain links still work in a new tab). */
  onLink: (next: Answers) => (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** The answers so far, each with a link back to that question (dropping the answers after it). */
export function AnswerSummary({ answers, onLink }: AnswerSummaryProps) {
  const given = DECISION_QUESTIONS.flatMap((question) => {
    const value = answers[question.id];
    const choice = question.choices.find((entry) => entry.value === value);
    return choice ? [{ question, choice }] : [];
  });
  if (given.length === 0) return null;
  return (
    <div className="decision-answers">
      <p className="decision-answers-title" id="decision-answers-title">
        Your answers
      </p>
      <ol aria-labelledby="decision-answers-title">
        {given.map(({ question, choice }) => {
          const back = answersBefore(answers, question.id);
          return (
            <li key={question.id} {...hook(DECISION.answered, question.id)}>
              <span>{choice.phrase}</span>{' '}
              <a href={hrefForAnswers(window.location.pathname, back)} onClick={onLink(back)}>
                Change<span className="sr-only"> the answer to: {question.question}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
