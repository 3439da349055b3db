import { Fragment } from 'react';
import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import { hook } from '@/lib/dom-hooks';
import { blocks, markdownLink } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';
import { areaTopics, practiceArea, topicAnchor } from '@/lib/quiz/practice-areas';
import { AnchorLink } from '@/components/ui/anchor-link';
import { QuestionCard } from './question-card';
import { QuizScore } from './quiz-score';
import { QuizRoot } from './quiz-root';
import { PracticeAreaNav } from './practice-area-nav';
import { topicTitle } from './topic-title';
import { QUIZ } from './hooks';

/**
 * One practice page: the questions of one area of the guide, grouped by topic in reading order, with filters and a
 * running score (enabled by the quiz script; the filters' service and "missed" choices follow the reader to the
 * other practice pages).
 */
export function PracticeQuestions({ area: areaId }: { area: string }) {
  const area = practiceArea(areaId);
  const topics = areaTopics(area).map((topic) => ({ ...topic, title: topicTitle(topic.url) }));
  if (asMarkdown()) {
    return topics.map((topic) => (
      <Fragment key={topic.url}>
        {blocks(`## ${markdownLink(absoluteUrl(topic.url), topic.title)}`)}
        {topic.questions.map((question, index) => (
          <QuestionCard key={question.id} question={question} number={index + 1} />
        ))}
      </Fragment>
    ));
  }
  return (
    <QuizRoot as="div" className="practice">
      <PracticeAreaNav current={area.id} />
      <form className="practice-filters" {...hook(QUIZ.controls)} {...hook(QUIZ.filters)} aria-label="Filter questions">
        <label>
          Topic{' '}
          <select name="topic" defaultValue="">
            <option value="">All topics on this page</option>
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
      <p hidden {...hook(QUIZ.noMatches)}>
        No questions on this page match these filters. Try another practice area above.
      </p>
      {topics.map((topic) => (
        <section key={topic.url} {...hook(QUIZ.topicGroup)} aria-labelledby={topicAnchor(topic.url)}>
          <h2 id={topicAnchor(topic.url)} className="heading">
            <Link href={topic.url} prefetch={false}>
              {topic.title}
            </Link>
            <AnchorLink anchor={topicAnchor(topic.url)} label={`Copy link to section: ${topic.title}`} />
          </h2>
          {topic.questions.map((question, index) => (
            <QuestionCard key={question.id} question={question} number={index + 1} />
          ))}
        </section>
      ))}
    </QuizRoot>
  );
}

/** The ids a practice page adds: its topic groups and its questions. */
export function practiceQuestionAnchors(areaId: string): string[] {
  return areaTopics(practiceArea(areaId)).flatMap((topic) => [topicAnchor(topic.url), ...topic.questions.map((question) => question.id)]);
}
