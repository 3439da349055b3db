import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import { hook } from '@/lib/dom-hooks';
import { blocks, markdownLink } from '@/lib/markdown';
import { absoluteUrl } from '@/lib/site';
import { PRACTICE_AREAS, areaQuestions, areaTopics, areaUrl } from '@/lib/quiz/practice-areas';
import { QuizRoot } from './quiz-root';
import { topicTitle } from './topic-title';
import { QUIZ } from './hooks';

function questionCount(count: number): string {
  return `${count} ${count === 1 ? 'question' : 'questions'}`;
}

/**
 * The practice index: every practice page with the topics it covers and, once the quiz script runs, how far this
 * browser has got in each (the same saved progress the questions write).
 */
export function PracticeAreas() {
  const areas = PRACTICE_AREAS.map((area) => ({
    ...area,
    url: areaUrl(area),
    ids: areaQuestions(area).map((question) => question.id),
    topicTitles: areaTopics(area).map((topic) => topicTitle(topic.url)),
  }));
  const total = areas.reduce((sum, area) => sum + area.ids.length, 0);
  if (asMarkdown()) {
    return blocks(
      areas
        .map(
          (area) =>
            `- ${markdownLink(absoluteUrl(area.url), area.title)} (${questionCount(area.ids.length)}): ${area.topicTitles.join(', ')}.`,
        )
        .join('\n'),
      `${questionCount(total)} in all.`,
    );
  }
  return (
    <QuizRoot as="div" className="practice-areas">
      <ol className="practice-area-list">
        {areas.map((area) => (
          <li key={area.id} className="practice-area">
            <Link href={area.url} prefetch={false} className="practice-area-title">
              {area.title}
            </Link>
            <p className="practice-area-topics">{area.topicTitles.join(' · ')}</p>
            <p className="practice-area-count">
              {questionCount(area.ids.length)}
              <span {...hook(QUIZ.controls)} {...hook(QUIZ.areaProgress)} {...hook(QUIZ.questionIds, area.ids.join(' '))} />
            </p>
          </li>
        ))}
      </ol>
      <p className="practice-area-total">
        {questionCount(total)} in all.
        <span {...hook(QUIZ.controls)} {...hook(QUIZ.areaTotal)} />
      </p>
    </QuizRoot>
  );
}
