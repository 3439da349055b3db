import type { AnswerValue } from '@/lib/decision/types';
import type { DECISION_QUESTIONS } from '@/lib/decision/rules';
import { hook } from '@/lib/dom-hooks';
import { DECISION } from './hooks';

interface QuestionStepProps {
  question: (typeof DECISION_QUESTIONS)[number];
  number: number;
  total: number;
  onAnswer: (value: AnswerValue) => void;
}

/** One question as a labelled group of answer buttons: a click or Enter answers and moves on. */
export function QuestionStep({ question, number, total, onAnswer }: QuestionStepProps) {
  const helpId = `decision-help-${question.id}`;
  return (
    <fieldset className="decision-step" {...hook(DECISION.step, question.id)} aria-describedby={helpId}>
      <legend>
        <span className="decision-progress">
          Question {number} of {total}
        </span>
        <span className="decision-question">{question.question}</span>
      </legend>
      <p id={helpId} className="decision-help">
        {question.help}
      </p>
      <div className="decision-choices">
        {question.choices.map((choice, index) => (
          <button
            key={choice.value}
            type="button"
            className="decision-choice"
            {...hook(DECISION.answer, choice.value)}
            {...(index === 0 ? hook(DECISION.focusFirst) : {})}
            onClick={() => onAnswer(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
