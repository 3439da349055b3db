import { hook } from '@/lib/dom-hooks';
import { QUIZ } from './hooks';

/** Running score and reset, filled in by the quiz script (hidden by CSS when scripting is off). */
export function QuizScore() {
  return (
    <div className="quiz-score" {...hook(QUIZ.controls)}>
      <p aria-live="polite" {...hook(QUIZ.score)}>
        No questions answered yet.
      </p>
      <button type="button" className="action-button secondary" {...hook(QUIZ.reset)}>
        Reset my answers
      </button>
    </div>
  );
}
