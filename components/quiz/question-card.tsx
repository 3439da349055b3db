import { asMarkdown } from 'fumadocs-core/server';
import type { Question } from '@/lib/data/questions/types';
import { blocks } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';
import { AnchorLink } from '@/components/ui/anchor-link';
import { QuestionCardView } from './question-card-view';
import { serviceName } from './service-name';
import { OPTION_LETTERS } from './inline-text';

interface QuestionCardProps {
  question: Question;
  number: number;
}

/** The question as a reader without JavaScript meets it: scenario and options, then the answer and why. */
function questionMarkdown(question: Question, number: number): string {
  const correct = question.options.flatMap((option, index) => (option.correct ? [OPTION_LETTERS[index]] : []));
  return blocks(
    `### Question ${number} (${serviceName(question)})`,
    question.scenario,
    question.choose === 2 ? 'Choose two answers.' : 'Choose one answer.',
    question.options.map((option, index) => `- **${OPTION_LETTERS[index]}.** ${option.text}`).join('\n'),
    `**Answer:** ${correct.join(' and ')}`,
    question.options
      .map((option, index) => `- **${OPTION_LETTERS[index]}: ${option.correct ? 'Correct.' : 'Wrong.'}** ${option.explanation}`)
      .join('\n'),
    `Learn it: <${absoluteUrl(question.learnMore)}> · Source: <${question.source}>`,
  );
}

/**
 * One practice question, complete in the HTML: without JavaScript the answer and every explanation are behind a
 * <details>. The quiz script adds checking, feedback and progress. In Markdown: the question, the answer and why.
 */
export function QuestionCard({ question, number }: QuestionCardProps) {
  if (asMarkdown()) return questionMarkdown(question, number);
  return (
    <QuestionCardView
      question={question}
      number={number}
      anchorLink={<AnchorLink anchor={question.id} label={`Copy link to question ${number}`} />}
    />
  );
}
