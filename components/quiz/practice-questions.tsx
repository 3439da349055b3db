import { Fragment } from 'react';
import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import { questionsForPage } from '@/lib/data/questions';
import { hook } from '@/lib/dom-hooks';
import { blocks, markdownLink } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';
import { guidePages, pageUrl } from '@/lib/source';
import { slugify } from '@/lib/slug';
import { AnchorLink } from '@/components/ui/anchor-link';
import { QuestionCard } from './question-card';
import { QuizScore } from './quiz-score';
import { QuizRoot } from './quiz-root';
import { QUIZ } from './hooks';

/** The anchor of a topic's group on the Practice page. */
export function topicAnchor(url: string): string {
  return `topic-${slugify(url)}`;
}

/** The Practice page: every question, grouped by topic in guide order, with filters (enabled by the quiz script). */
export function PracticeQuestions() {
  const topics = guidePages()
    .map((page) => ({ url: pageUrl(page), title: page.data.title }))
    .map((topic) => ({ ...topic, questions: questionsForPage(topic.url) }))
    .filter((topic) => topic.questions.length > 0);
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
      <form className="practice-filters" {...hook(QUIZ.controls)} {...hook(QUIZ.filters)} aria-label="Filter questions">
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
      <p hidden {...hook(QUIZ.noMatches)}>
        No questions match these filters.
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
            <QuestionCard key={question.id} question={question} number={index + 1} topic={topic.title} />
          ))}
        </section>
      ))}
    </QuizRoot>
  );
}
