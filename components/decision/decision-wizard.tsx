import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { DECISION_QUESTIONS, type Answers } from '@/lib/decision/rules';
import { evaluate, isComplete, nextQuestion, verdictTitle } from '@/lib/decision/engine';
import { answersFromSearch, hrefForAnswers, searchFromAnswers } from '@/lib/decision/url';
import { QuestionStep } from './question-step';
import { AnswerSummary } from './answer-summary';
import { VerdictView } from './verdict-view';
import { hook } from '@/lib/dom-hooks';
import { DECISION } from './hooks';

/**
 * The step-by-step guide. Loaded lazily by DecisionLoader, so it only ever runs in the browser.
 * The answers live in the URL: each answer pushes a history entry (Back steps back a question), and
 * popstate restores whatever the URL holds. Unknown or hostile query values are ignored by answersFromSearch.
 */
export function DecisionWizard() {
  const [answers, setAnswers] = useState<Answers>(() => answersFromSearch(window.location.search));
  const [announcement, setAnnouncement] = useState('');
  const current = useRef(answers);
  const moveFocus = useRef(false);
  const stepRef = useRef<HTMLDivElement>(null);

  const show = useCallback((next: Answers) => {
    current.current = next;
    moveFocus.current = true;
    setAnswers(next);
    const question = nextQuestion(next);
    setAnnouncement(
      isComplete(next)
        ? `Recommendation: ${verdictTitle(evaluate(next))}.`
        : `Question ${DECISION_QUESTIONS.findIndex((entry) => entry.id === question?.id) + 1} of ${DECISION_QUESTIONS.length}: ${question?.question ?? ''}`,
    );
  }, []);

  const go = useCallback(
    (next: Answers) => {
      window.history.pushState({ decisionGuide: true }, '', hrefForAnswers(window.location.pathname, next));
      show(next);
    },
    [show],
  );

  useEffect(() => {
    const onPopState = () => {
      const restored = answersFromSearch(window.location.search);
      // A Back to a plain #anchor on the same page leaves the answers alone: nothing to redo.
      if (searchFromAnswers(restored) !== searchFromAnswers(current.current)) show(restored);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [show]);

  // After an answer or a Back, put keyboard focus on the new question (or the result) so the reader carries on there.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    stepRef.current?.querySelector<HTMLElement>(`[${DECISION.focusFirst}]`)?.focus();
  }, [answers]);

  const question = nextQuestion(answers);
  const onLink = (next: Answers) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(next);
  };

  return (
    <div className="decision-wizard" {...hook(DECISION.wizard)}>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <AnswerSummary answers={answers} onLink={onLink} />
      <div ref={stepRef}>
        {question ? (
          <QuestionStep
            key={question.id}
            question={question}
            number={DECISION_QUESTIONS.findIndex((entry) => entry.id === question.id) + 1}
            total={DECISION_QUESTIONS.length}
            onAnswer={(value) => go({ ...answers, [question.id]: value })}
          />
        ) : isComplete(answers) ? (
          <VerdictView verdict={evaluate(answers)} shareHref={hrefForAnswers(window.location.pathname, answers)} />
        ) : null}
      </div>
      {Object.keys(answers).length > 0 ? (
        <p className="decision-restart">
          <a href={hrefForAnswers(window.location.pathname, {})} onClick={onLink({})} {...hook(DECISION.restart)}>
            Start again
          </a>
        </p>
      ) : null}
    </div>
  );
}
