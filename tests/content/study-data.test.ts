import { describe, expect, it } from 'vitest';
import { validateDataLinks } from '../support/links';
import { linkTargetPages } from '../support/content-pages';
import { TRIGGER_PHRASES } from '@/lib/data/trigger-phrases';
import { PRACTICE_QUESTIONS, questionsForPage } from '@/lib/data/questions';
import { pageUrl, source } from '@/lib/source';
import { PRACTICE_INDEX_URL } from '@/lib/quiz/practice-areas';
import { MOCK_EXAM_URL } from '@/lib/quiz/exam-lengths';

const pages = linkTargetPages();
const known = new Map(pages.map((page) => [page.url, page.anchors]));
// Cross-cloud equivalents are not AWS exam material, so that page carries no practice questions; the practice pages
// and the mock exam gather the topics' questions rather than having their own.
const NOT_TOPICS = new Set(['/docs/exam-tips/', '/docs/what-changed/', '/docs/cross-cloud/', MOCK_EXAM_URL]);
const isTopic = (url: string) => !NOT_TOPICS.has(url) && !url.startsWith(PRACTICE_INDEX_URL);

describe('study data links', () => {
  it('every trigger phrase links to a section that exists', async () => {
    expect(await validateDataLinks(TRIGGER_PHRASES.map((entry) => ({ label: entry.phrase, href: entry.link })), pages)).toEqual([]);
  });

  it('every question links to a section that exists and sits on a real page', async () => {
    expect(await validateDataLinks(PRACTICE_QUESTIONS.map((question) => ({ label: question.id, href: question.learnMore })), pages)).toEqual([]);
    expect(PRACTICE_QUESTIONS.filter((question) => !known.has(question.page)).map((question) => `${question.id}: page ${question.page} does not exist`)).toEqual([]);
  });
});

describe('practice coverage', () => {
  const topics = source.getPages().map(pageUrl).filter(isTopic);

  it('every topic page has at least three questions', () => {
    const short = topics.filter((url) => questionsForPage(url).length < 3).map((url) => `${url}: ${questionsForPage(url).length}`);
    expect(short).toEqual([]);
  });

  it('there are at least 45 questions in all', () => {
    expect(PRACTICE_QUESTIONS.length).toBeGreaterThanOrEqual(45);
  });
});
