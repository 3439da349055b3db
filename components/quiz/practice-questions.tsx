import { QUESTIONS } from '@/lib/data/questions';
import { source } from '@/lib/source';
import { pagesInNavigationOrder } from '@/lib/navigation';
import { canonicalPath } from '@/lib/site';
import { slugify } from '@/lib/slug';
import { QuestionCard } from './question-card';
import { QuizScore } from './quiz-score';
import { QuizLoader } from './quiz-loader';
import { AnchorLink } from '@/components/ui/anchor-link';

/** The Practice page: every question, grouped by topic in guide order, with filters (enabled by the quiz script). */
export function PracticeQuestions() {
  const topics = pagesInNavigationOrder(source)
    .map((page) => ({ url: canonicalPath(page.url), title: page.data.title }))
    .map((topic) => ({ ...topic, questions: QUESTIONS.filter((question) => question.page === topic.url) }))
    .filter((topic) => topic.questions.length > 0);
  return (
    <div className="practice" data-quiz="">
      <form className="practice-filters" data-quiz-controls="" data-practice-filters="" aria-label="Filter questions">
        <label>
          Topic{' '}
          <select name="topic" defaultValue="">
            <option value="">All topics</option>
            {topics.map((topic) => (
              <option key={topic.url} value={topic.url}>
                {topic.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Service{' '}
          <select name="service" defaultValue="">
            <option value="">ECS and EKS</option>
            <option value="ECS">ECS</option>
            <option value="EKS">EKS</option>
          </select>
        </label>
        <label className="practice-missed">
          <input type="checkbox" name="missed" /> Only the ones I missed
        </label>
      </form>
      <QuizScore />
      <p hidden data-no-questions="">
        No questions match these filters.
      </p>
      {topics.map((topic) => (
        <section key={topic.url} data-topic-group="" aria-labelledby={`topic-${slugify(topic.url)}`}>
          <h2 id={`topic-${slugify(topic.url)}`} className="heading">
            <a href={topic.url}>{topic.title}</a>
            <AnchorLink anchor={`topic-${slugify(topic.url)}`} label={`Copy link to section: ${topic.title}`} />
          </h2>
          {topic.questions.map((question, index) => (
            <QuestionCard key={question.id} question={question} number={index + 1} topic={topic.title} />
          ))}
        </section>
      ))}
      <QuizLoader />
    </div>
  );
}
