import Link from 'next/link';
import { asMarkdown } from 'fumadocs-core/server';
import { PRACTICE_QUESTIONS } from '@/lib/data/questions';
import { hook } from '@/lib/dom-hooks';
import { blocks, markdownLink } from '@/lib/markdown';
import { EXAM_LENGTHS } from '@/lib/quiz/exam-lengths';
import { PRACTICE_AREAS, PRACTICE_INDEX_URL, areaUrl } from '@/lib/quiz/practice-areas';
import { absoluteUrl } from '@/lib/site';
import { textOf } from '@/lib/react-text';
import { pageUrl, source } from '@/lib/source';
import { MockExamLoader, type ExamLabels } from './mock-exam-loader';
import { MOCK_EXAM } from './hooks';

/**
 * The names the exam's report needs and only the server knows: each topic page's title and each studied section's
 * heading. The questions themselves load in the browser when an exam starts, never with the page.
 */
function examLabels(): ExamLabels {
  const pages = new Map(source.getPages().map((page) => [pageUrl(page), page]));
  const topics: Record<string, string> = {};
  const sections: Record<string, string> = {};
  for (const question of PRACTICE_QUESTIONS) {
    const page = pages.get(question.page);
    if (page) topics[question.page] = page.data.title;
    const [url, anchor] = question.learnMore.split('#');
    const target = pages.get(url);
    const heading = target?.data.toc.find((item) => item.url === `#${anchor}`);
    if (target) sections[question.learnMore] = heading ? textOf(heading.title) : target.data.title;
  }
  return { topics, sections };
}

const lengths = EXAM_LENGTHS.map((length) => `${length.questions} questions in ${length.minutes} minutes`).join(', ');

/**
 * The mock exam. It runs only in the browser (drawing, clock, scoring), so the page carries a short message for
 * readers without JavaScript and a loader that fetches the exam's code once the page is interactive.
 */
export function MockExam() {
  if (asMarkdown()) {
    return blocks(
      `The mock exam runs in the browser: choose a length (${lengths}), answer without feedback, then read a report per topic and every explanation. The same questions, each with its answer and explanations, are on the practice pages:`,
      PRACTICE_AREAS.map((area) => `- ${markdownLink(absoluteUrl(areaUrl(area)), area.title)}`).join('\n'),
    );
  }
  return (
    <div className="mock-exam" {...hook(MOCK_EXAM.root)}>
      <div className="tool-fallback mock-exam-noscript" {...hook(MOCK_EXAM.noScript)}>
        <p>
          <strong>The mock exam needs JavaScript</strong>: it draws the questions, runs the clock and scores your answers in this browser.
          Every question is also on the{' '}
          <Link href={PRACTICE_INDEX_URL} prefetch={false}>
            practice pages
          </Link>
          , where each one shows its answer and explanations without JavaScript:
        </p>
        <ul>
          {PRACTICE_AREAS.map((area) => (
            <li key={area.id}>
              <Link href={areaUrl(area)} prefetch={false}>
                {area.title}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <MockExamLoader labels={examLabels()} />
    </div>
  );
}
