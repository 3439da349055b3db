import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageMarkdown, llmsIndex } from '@/lib/llms';
import { absoluteUrl, markdownPath } from '@/lib/site';
import { pageUrl, source } from '@/lib/source';
import { PRACTICE_AREAS, PRACTICE_INDEX_URL, areaQuestions, areaUrl } from '@/lib/quiz/practice-areas';
import { MOCK_EXAM_URL } from '@/lib/quiz/exam-lengths';

const pages = new Map(source.getPages().map((page) => [pageUrl(page), page]));

function page(url: string) {
  const found = pages.get(url);
  if (!found) throw new Error(`${url} is not a page`);
  return found;
}

describe('the practice pages', () => {
  it('are one MDX page per area, each placing that area\'s questions, and no page names an unknown area', () => {
    for (const area of PRACTICE_AREAS) {
      const mdx = readFileSync(page(areaUrl(area)).absolutePath!, 'utf8');
      expect(mdx, areaUrl(area)).toContain(`<PracticeQuestions area="${area.id}" />`);
    }
    const named = [...pages.values()].flatMap((entry) => [...readFileSync(entry.absolutePath!, 'utf8').matchAll(/<PracticeQuestions\s+area="([^"]*)"/g)].map((match) => match[1]));
    expect(named.sort()).toEqual(PRACTICE_AREAS.map((area) => area.id).sort());
  });

  it('each hold their own questions in their Markdown, with answers and explanations, and none of another area', async () => {
    for (const area of PRACTICE_AREAS) {
      const markdown = await pageMarkdown(page(areaUrl(area)));
      const questions = areaQuestions(area);
      expect(markdown.match(/^\*\*Answer:\*\* /gm)?.length, area.id).toBe(questions.length);
      for (const question of questions) expect(markdown, question.id).toContain(question.options[0].explanation);
      const elsewhere = PRACTICE_AREAS.filter((other) => other !== area).flatMap((other) => areaQuestions(other));
      expect(elsewhere.filter((question) => markdown.includes(question.scenario)).map((question) => question.id), area.id).toEqual([]);
    }
  });

  it('start from an index whose Markdown links every practice page and the mock exam', async () => {
    const markdown = await pageMarkdown(page(PRACTICE_INDEX_URL));
    for (const area of PRACTICE_AREAS) expect(markdown).toContain(`](${absoluteUrl(areaUrl(area))})`);
    expect(markdown).toContain(`](${absoluteUrl(MOCK_EXAM_URL)})`);
    expect(markdown).not.toContain('**Answer:**');
  });

  it('and the mock exam are listed in llms.txt with their Markdown', () => {
    const index = llmsIndex();
    for (const url of [PRACTICE_INDEX_URL, ...PRACTICE_AREAS.map(areaUrl), MOCK_EXAM_URL]) {
      expect(index, url).toContain(absoluteUrl(markdownPath(page(url).slugs)));
    }
  });
});

describe('the mock exam page', () => {
  it('says in Markdown that it runs in the browser, and links every practice page', async () => {
    const markdown = await pageMarkdown(page(MOCK_EXAM_URL));
    expect(markdown).toMatch(/The mock exam runs in the browser/);
    for (const area of PRACTICE_AREAS) expect(markdown).toContain(`](${absoluteUrl(areaUrl(area))})`);
  });
});
