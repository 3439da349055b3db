'use client';
import type { ReactNode } from 'react';
import Link from 'next/link';
import type { Question } from '@/lib/data/questions/types';
import { hook } from '@/lib/dom-hooks';
import { ExternalLink } from '@/components/ui/external-link';
import { InlineText, OptionText, OPTION_LETTERS } from './inline-text';
import { serviceName } from './service-name';
import { QUIZ } from './hooks';

interface QuestionCardViewProps {
  question: Question;
  number: number;
  /** The copy-link control, rendered by the server. */
  anchorLink: ReactNode;
}

/**
 * A question's web form. A client component for one reason: the page's hydration data then carries each question
 * once, as its data, instead of as a rendered element tree, which about halves what a page full of questions weighs.
 * It holds no state; the quiz script adds checking, feedback and progress to the markup it renders.
 */
export function QuestionCardView({ question, number, anchorLink }: QuestionCardViewProps) {
  const name = `${question.id}-answer`;
  return (
    <section
      id={question.id}
      className="question"
      aria-labelledby={`${question.id}-title`}
      {...hook(QUIZ.question)}
      {...hook(QUIZ.service, question.service)}
      {...hook(QUIZ.topic, question.page)}
      {...hook(QUIZ.choose, question.choose)}
    >
      <h3 id={`${question.id}-title`} className="question-title">
        {`Question ${number}`}
        <span className="question-service">{` · ${serviceName(question)}`}</span>
        {anchorLink}
      </h3>
      <p className="question-scenario">
        <InlineText text={question.scenario} />
      </p>
      <fieldset className="question-options">
        <legend className="sr-only">{question.choose === 2 ? 'Choose two answers' : 'Choose one answer'}</legend>
        <ol>
          {question.options.map((option, index) => (
            <li key={index}>
              <label className="option-choice">
                <input
                  type={question.choose === 2 ? 'checkbox' : 'radio'}
                  name={name}
                  value={index}
                  {...hook(QUIZ.correct, String(option.correct))}
                />
                <OptionText index={index} text={option.text} />
              </label>
            </li>
          ))}
        </ol>
      </fieldset>
      <div className="question-actions" {...hook(QUIZ.controls)}>
        <button type="button" className="action-button" {...hook(QUIZ.check)}>
          Check answer
        </button>
        <p className="question-feedback" role="status" aria-live="polite" {...hook(QUIZ.feedback)} />
      </div>
      <details className="question-answer">
        <summary>Show the answer and why each option is right or wrong</summary>
        <ol>
          {question.options.map((option, index) => (
            <li key={index} className={option.correct ? 'answer-correct' : 'answer-wrong'}>
              <strong>{`${OPTION_LETTERS[index]}: ${option.correct ? 'Correct.' : 'Wrong.'}`}</strong>{' '}
              <InlineText text={option.explanation} />
            </li>
          ))}
        </ol>
        <p className="question-links">
          <Link href={question.learnMore} prefetch={false}>
            Learn it: the section that teaches this
          </Link>
          {' · '}
          <ExternalLink href={question.source}>Source</ExternalLink>
        </p>
      </details>
    </section>
  );
}
