import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import type { Question } from '@/lib/data/questions/types';
import { blocks } from '@/lib/markdown';
import { AnchorLink } from '@/components/ui/anchor-link';
import { QuestionCard } from './question-card';
import { QuizScore } from './quiz-score';
import { QuizRoot } from './quiz-root';
import { PRACTICE_INDEX_URL, areaOfTopic, areaUrl } from '@/lib/quiz/practice-areas';
import { MOCK_EXAM_URL } from '@/lib/quiz/exam-lengths';

/** The id of the "Check yourself" section: a public anchor on every page that has questions. */
export const CHECK_YOURSELF_ID = 'check-yourself';

/** "Check yourself": the page's practice questions, at the end of a topic page. */
export function CheckYourself({ questions }: { questions: readonly Question[] }) {
  // Asked first: a page without questions has nothing to say in either form.
  const markdown = asMarkdown();
  if (questions.length === 0) return null;
  const area = areaOfTopic(questions[0].page);
  const cards = questions.map((question, index) => <QuestionCard key={question.id} question={question} number={index + 1} />);
  if (markdown) {
    const count = `${questions.length} exam-style ${questions.length === 1 ? 'question' : 'questions'}`;
    return (
      <>
        {blocks('## Check yourself', `${count} on this page, each with the reason every option is right or wrong.`)}
        {cards}
      </>
    );
  }
  return (
    <QuizRoot as="section" className="check-yourself" aria-labelledby={CHECK_YOURSELF_ID}>
      <h2 id={CHECK_YOURSELF_ID} className="heading">
        Check yourself
        <AnchorLink anchor={CHECK_YOURSELF_ID} label="Copy link to section: Check yourself" />
      </h2>
      <p>
        {questions.length} exam-style questions on this page. Pick an answer, then check it; every option comes with the reason it is right
        or wrong. More like these on the practice page{' '}
        <Link href={area ? areaUrl(area) : PRACTICE_INDEX_URL} prefetch={false}>
          {area ? area.label : 'index'}
        </Link>
        , or against the clock in the{' '}
        <Link href={MOCK_EXAM_URL} prefetch={false}>
          mock exam
        </Link>
        .
      </p>
      <QuizScore />
      {cards}
    </QuizRoot>
  );
}
