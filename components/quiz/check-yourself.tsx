import type { Question } from '@/lib/data/questions/types';
import { AnchorLink } from '@/components/ui/anchor-link';
import { QuestionCard } from './question-card';
import { QuizScore } from './quiz-score';
import { QuizLoader } from './quiz-loader';

/** "Check yourself": the page's practice questions, at the end of a topic page. */
export function CheckYourself({ questions }: { questions: readonly Question[] }) {
  if (questions.length === 0) return null;
  return (
    <section className="check-yourself" aria-labelledby="check-yourself" data-quiz="">
      <h2 id="check-yourself" className="heading">
        Check yourself
        <AnchorLink anchor="check-yourself" label="Copy link to section: Check yourself" />
      </h2>
      <p>
        {questions.length} exam-style questions on this page. Pick an answer, then check it; every option comes with the
        reason it is right or wrong. More on the <a href="/docs/practice/">Practice page</a>.
      </p>
      <QuizScore />
      {questions.map((question, index) => (
        <QuestionCard key={question.id} question={question} number={index + 1} />
      ))}
      <QuizLoader />
    </section>
  );
}
