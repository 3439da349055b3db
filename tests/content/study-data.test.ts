import { describe, expect, it } from 'vitest';
import { checkHref } from '@/lib/links/validate';
import { linkTargetPages } from '@/lib/content-pages';
import { TRIGGER_PHRASES } from '@/lib/data/trigger-phrases';
import { QUESTIONS, questionsForPage } from '@/lib/data/questions';
import { source } from '@/lib/source';
import { canonicalPath } from '@/lib/site';

const pages = linkTargetPages();
const known = new Map(pages.map((page) => [page.url, page.anchors]));
// Cross-cloud equivalents are not AWS exam material, so that page carries no practice questions.
const NOT_TOPICS = new Set(['/docs/exam-tips/', '/docs/what-changed/', '/docs/practice/', '/docs/cross-cloud/']);

describe('study data links', () => {
  it('every trigger phrase links to a section that exists', () => {
    const broken = TRIGGER_PHRASES.map((entry) => [entry.phrase, checkHref(entry.link, { url: '', anchors: new Set() }, known)]).filter(([, reason]) => reason);
    expect(broken).toEqual([]);
  });

  it('every question links to a section that exists and sits on a real page', () => {
    const broken = QUESTIONS.flatMap((question) => {
      const reason = checkHref(question.learnMore, { url: '', anchors: new Set() }, known);
      const page = known.has(question.page) ? null : `page ${question.page} does not exist`;
      return [reason, page].filter(Boolean).map((problem) => `${question.id}: ${problem}`);
    });
    expect(broken).toEqual([]);
  });
});

describe('practice coverage', () => {
  const topics = source.getPages().map((page) => canonicalPath(page.url)).filter((url) => !NOT_TOPICS.has(url));

  it('every topic page has at least three questions', () => {
    const short = topics.filter((url) => questionsForPage(url).length < 3).map((url) => `${url}: ${questionsForPage(url).length}`);
    expect(short).toEqual([]);
  });

  it('there are at least 45 questions in all', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(45);
  });
});
