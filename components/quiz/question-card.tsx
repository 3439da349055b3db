import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import type { Question } from '@/lib/data/questions/types';
import { hook } from '@/lib/dom-hooks';
import { blocks } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';
import { AnchorLink } from '@/components/ui/anchor-link';
import { ExternalLink } from '@/components/ui/external-link';
import { InlineText } from './inline-text';
import { QUIZ } from './hooks';

interface QuestionCardProps {
  question: Question;
  number: number;
}

const LETTERS = 'ABCDE';

function serviceOf(question: Question): string {
  return question.service === 'both' ? 'ECS and EKS' : question.service;
}

/** The question as a reader without JavaScript meets it: scenario and options, then the answer and why. */
function questionMarkdown(question: Question, number: number): string {
  const correct = question.options.flatMap((option, index) => (option.correct ? [LETTERS[index]] : []));
  return blocks(
    `### Question ${number} (${serviceOf(question)})`,
    question.scenario,
    question.choose === 2 ? 'Choose two answers.' : 'Choose one answer.',
    question.options.map((option, index) => `- **${LETTERS[index]}.** ${option.text}`).join('\n'),
    `**Answer:** ${correct.join(' and ')}`,
    question.options.map((option, index) => `- **${LETTERS[index]}: ${option.correct ? 'Correct.' : 'Wrong.'}** ${option.explanation}`).join('\n'),
    `Learn it: <${absoluteUrl(question.learnMore)}> · Source: <${question.source}>`,
  );
}

/**
 * One practice question, complete in the HTML: without JavaScript the answer and every explanation are behind a
 * <details>. The quiz script adds checking, feedback and progress.
 */
export function QuestionCard({ question, number }: QuestionCardProps) {
  if (asMarkdown()) return questionMarkdown(question, number);
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
        <span className="question-service">{` · ${serviceOf(question)}`}</span>
        <AnchorLink anchor={question.id} label={`Copy link to question ${number}`} />
      </h3>
      <p className="question-scenario">
        <InlineText text={question.scenario} />
      </p>
      <fieldset className="question-options">
        <legend className="sr-only">{question.choose === 2 ? 'Choose two answers' : 'Choose one answer'}</legend>
        <ol>
          {question.options.map((option, index) => (
            <li key={index}>
              <label>
                <input type={question.choose === 2 ? 'checkbox' : 'radio'} name={name} value={index} {...hook(QUIZ.correct, String(option.correct))} />
                <span className="option-letter" aria-hidden="true">
                  {LETTERS[index]}
                </span>
                <span className="option-text">
                  <InlineText text={option.text} />
                </span>
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
              <strong>{`${LETTERS[index]}: ${option.correct ? 'Correct.' : 'Wrong.'}`}</strong>{' '}
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
