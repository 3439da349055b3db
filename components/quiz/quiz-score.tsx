/** Running score and reset, filled in by the quiz script (hidden by CSS when scripting is off). */
export function QuizScore() {
  return (
    <div className="quiz-score" data-quiz-controls="">
      <p data-score="" aria-live="polite">
        No questions answered yet.
      </p>
      <button type="button" className="quiz-button secondary" data-reset="">
        Reset my answers
      </button>
    </div>
  );
}
