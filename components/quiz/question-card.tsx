import Link from 'next/link';
import type { Question } from '@/lib/data/questions/types';
import { AnchorLink } from '@/components/ui/anchor-link';
import { ExternalLink } from '@/components/mdx/link';
import { InlineText } from './inline-text';

interface QuestionCardProps {
  question: Question;
  number: number;
  /** Page title shown on the Practice page, where questions from every topic sit together. */
  topic?: string;
}

const LETTERS = 'ABCDE';

/**
 * One practice question, complete in the HTML: without JavaScript the answer and every explanation
 * are behind a <details>. The quiz script (lib/quiz/enhance.ts) adds checking, feedback and progress.
 */
export function QuestionCard({ question, number, topic }: QuestionCardProps) {
  const name = `${question.id}-answer`;
  return (
    <section
      id={question.id}
      className="question"
      aria-labelledby={`${question.id}-title`}
      data-question=""
      data-service={question.service}
      data-topic={question.page}
      data-choose={question.choose}
    >
      <h3 id={`${question.id}-title`} className="question-title">
        Question {number}
        {topic ? <span className="question-topic"> · {topic}</span> : null}
        <span className="question-service"> · {question.service === 'both' ? 'ECS and EKS' : question.service}</span>
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
                <input
                  type={question.choose === 2 ? 'checkbox' : 'radio'}
                  name={name}
                  value={index}
                  data-correct={option.correct ? 'true' : 'false'}
                />
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
      <div className="question-actions" data-quiz-controls="">
        <button type="button" className="quiz-button" data-check="">
          Check answer
        </button>
        <p className="question-feedback" role="status" aria-live="polite" data-feedback="" />
      </div>
      <details className="question-answer">
        <summary>Show the answer and why each option is right or wrong</summary>
        <ol>
          {question.options.map((option, index) => (
            <li key={index} className={option.correct ? 'answer-correct' : 'answer-wrong'}>
              <strong>
                {LETTERS[index]}: {option.correct ? 'Correct.' : 'Wrong.'}
              </strong>{' '}
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
