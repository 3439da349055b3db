import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, recordScripts, useBrowser } from './browser';
import { QUIZ } from '@/components/quiz/hooks';
import { PROGRESS_KEY } from '@/lib/quiz/progress';
import { questionsForPage } from '@/lib/data/questions';
import {
  MOVED_TOPICS,
  PRACTICE_AREAS,
  PRACTICE_INDEX_URL,
  areaOfTopic,
  areaQuestions,
  areaUrl,
  topicAnchor,
} from '@/lib/quiz/practice-areas';
import { DECISION } from '@/components/decision/hooks';

const baseUrl = inject('baseUrl');
const PAGE = `${baseUrl}/docs/ecs/task-networking/`;
const chromium = useBrowser();
// No hyphen or slash in it: the browser may break a line at those without any help from the styles.
const LONG_CODE_WORD = 'AmazonECSTaskExecutionRoleWithSecretsManagerAndParameterStoreReadAccess';
const ACROSS_BOTH = PRACTICE_AREAS.find((area) => area.id === 'across-both')!;

const ENHANCED = `[${QUIZ.root}][${QUIZ.enhanced}]`;
const QUESTION = `[${QUIZ.question}]`;
const SINGLE = `${QUESTION}[${QUIZ.choose}="1"]`;
const RIGHT = `input[${QUIZ.correct}="true"]`;
const WRONG = `input[${QUIZ.correct}="false"]`;
const CHECK = `[${QUIZ.check}]`;
const FEEDBACK = `[${QUIZ.feedback}]`;
const SCORE = `[${QUIZ.score}]`;

/** The first single-answer question on the page, and its right and wrong options. */
async function firstQuestion(page: Page) {
  await page.locator(ENHANCED).first().waitFor({ state: 'attached' });
  const question = page.locator(`${SINGLE}:visible`).first();
  return {
    question,
    right: question.locator(RIGHT).first(),
    wrong: question.locator(WRONG).first(),
    id: await question.getAttribute('id'),
  };
}

describe('practice questions', () => {
  it('say right or wrong, show every explanation, keep a score and survive a reload', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.goto(PAGE);
    const questions = page.locator(SINGLE);
    const first = questions.nth(0);
    const second = questions.nth(1);
    await page.locator(ENHANCED).waitFor({ state: 'attached' });

    // Right answer, chosen with the keyboard.
    await first.locator(RIGHT).first().check();
    await first.locator(CHECK).press('Enter');
    await expect.poll(() => first.locator(FEEDBACK).textContent()).toMatch(/^Correct/);
    await expect.poll(() => first.locator('details').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => first.locator('details li').count()).toBe(4);

    // Wrong answer.
    await second.locator(WRONG).first().check();
    await second.locator(CHECK).click();
    await expect.poll(() => second.locator(FEEDBACK).textContent()).toMatch(/^Not quite/);
    await expect.poll(() => second.locator(`label[${QUIZ.answer}="chosen-wrong"]`).count()).toBe(1);
    await expect.poll(() => second.locator(`label[${QUIZ.answer}="correct"]`).count()).toBe(1);

    const score = page.locator(SCORE).first();
    await expect.poll(() => score.textContent()).toMatch(/^1 of 2 answered correctly/);
    await page.reload();
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator(SCORE).first().textContent()).toMatch(/^1 of 2 answered correctly/);
    await expect.poll(() => page.locator(SINGLE).nth(1).getAttribute(QUIZ.result)).toBe('incorrect');

    await page.locator(`[${QUIZ.reset}]`).first().click();
    await expect.poll(() => page.locator(SCORE).first().textContent()).toMatch(/none answered yet/);
    await page.reload();
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator(SCORE).first().textContent()).toMatch(/none answered yet/);
    expect(pageErrors).toEqual([]);
  });

  it('ignore corrupted or foreign saved progress', async () => {
    for (const value of ['{not json', '"a string"', '{"q-x":{"correct":"yes"}}', '{"__proto__":{"polluted":true}}', '[1,2,3]']) {
      const { page, pageErrors } = await openPage(chromium.browser);
      await page.addInitScript(([key, saved]) => localStorage.setItem(key, saved), [PROGRESS_KEY, value] as const);
      await page.goto(PAGE);
      const { question, right } = await firstQuestion(page);
      await right.check();
      await question.locator(CHECK).click();
      await expect.poll(() => question.locator(FEEDBACK).textContent()).toMatch(/^Correct/);
      expect(pageErrors).toEqual([]);
    }
  });

  it('are readable and revealable without JavaScript', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    await page.goto(PAGE);
    const question = page.locator(QUESTION).first();
    await expect(question.locator('.question-scenario').textContent()).resolves.not.toBe('');
    await expect.poll(() => question.locator(CHECK).isVisible()).toBe(false);
    await question.locator('summary').click();
    await expect.poll(() => question.locator('details li').first().isVisible()).toBe(true);
  });

  it('filter by topic and service on a practice page, review the ones I missed, and carry service and "missed" to the next practice page', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}${areaUrl(ACROSS_BOTH)}`);
    const filters = page.locator(`[${QUIZ.filters}]`);
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    const visible = () => page.locator(`${QUESTION}:visible`).count();
    const all = await visible();
    expect(all).toBe(areaQuestions(ACROSS_BOTH).length);

    await filters.locator('select[name="service"]').selectOption('EKS');
    const eks = await visible();
    expect(eks).toBeLessThan(all);
    const services = await page
      .locator(`${QUESTION}:visible`)
      .evaluateAll((els, service) => [...new Set(els.map((el) => el.getAttribute(service)))], QUIZ.service);
    expect(services.every((service) => service === 'EKS' || service === 'both')).toBe(true);

    await filters.locator('select[name="service"]').selectOption('');
    const topic = ACROSS_BOTH.topics.find((url) => questionsForPage(url).length > 1)!;
    await filters.locator('select[name="topic"]').selectOption(topic);
    await expect.poll(visible).toBe(questionsForPage(topic).length);

    const { question, wrong } = await firstQuestion(page);
    await wrong.check();
    await question.locator(CHECK).click();
    await filters.locator('select[name="topic"]').selectOption('');
    await filters.locator('input[name="missed"]').check();
    await expect.poll(visible).toBe(1);
    await expect.poll(() => page.locator(`${QUESTION}:visible`).getAttribute('id')).toBe(await question.getAttribute('id'));

    // On another practice page the "missed" filter holds: none missed there yet.
    await page.goto(`${baseUrl}${areaUrl(PRACTICE_AREAS[0])}`);
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator(`[${QUIZ.filters}] input[name="missed"]`).isChecked()).toBe(true);
    await expect.poll(visible).toBe(0);
    await expect.poll(() => page.locator(`[${QUIZ.noMatches}]`).isVisible()).toBe(true);
  });

  it("on the practice index, show every area with this browser's progress in it", async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    const area = PRACTICE_AREAS[1];
    const [one, two] = areaQuestions(area);
    const saved = JSON.stringify({ [one.id]: { correct: true }, [two.id]: { correct: false } });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, saved] as const);
    await page.goto(`${baseUrl}/docs/practice/`);
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    const links = await page.locator('.practice-area-title').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(PRACTICE_AREAS.map((entry) => areaUrl(entry)));
    const progress = page.locator(`[${QUIZ.areaProgress}]`);
    await expect.poll(() => progress.nth(1).textContent()).toBe(' · 2 answered, 1 right');
    await expect.poll(() => progress.nth(0).textContent()).toBe(' · none answered yet');
    await expect.poll(() => page.locator(`[${QUIZ.areaTotal}]`).textContent()).toBe(' · 2 answered, 1 right');
    await expect(page.locator('a[href="/docs/mock-exam/"]').count()).resolves.toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('forward old links into the single practice page to the practice page that holds the question or topic now', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    const area = PRACTICE_AREAS[3];
    const question = areaQuestions(area)[0];
    await page.goto(`${baseUrl}/docs/practice/#${question.id}`);
    await page.waitForURL(`${baseUrl}${areaUrl(area)}#${question.id}`);
    await expect.poll(() => page.locator(`[id="${question.id}"]`).count()).toBe(1);
    const topic = topicAnchor(area.topics[0]);
    await page.goto(`${baseUrl}/docs/practice/#${topic}`);
    await page.waitForURL(`${baseUrl}${areaUrl(area)}#${topic}`);
    await expect.poll(() => page.locator(`[id="${topic}"]`).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('forward links into an area page for a topic it no longer gathers to the page that gathers it now', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    const [formerId, topics] = Object.entries(MOVED_TOPICS)[0];
    const former = `${baseUrl}${PRACTICE_INDEX_URL}${formerId}/`;
    const now = areaUrl(areaOfTopic(topics[0])!);
    const question = questionsForPage(topics[0])[0];
    await page.goto(`${former}#${question.id}`);
    await page.waitForURL(`${baseUrl}${now}#${question.id}`);
    await expect.poll(() => page.locator(`[id="${question.id}"]`).count()).toBe(1);
    await page.goto(`${former}#${topicAnchor(topics[0])}`);
    await page.waitForURL(`${baseUrl}${now}#${topicAnchor(topics[0])}`);
    // A question the old page still holds stays where it is.
    const staying = areaQuestions(PRACTICE_AREAS.find((area) => area.id === formerId)!)[0];
    await page.goto(`${former}#${staying.id}`);
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(`${former}#${staying.id}`);
    expect(pageErrors).toEqual([]);
  });

  it('at 375 px, no practice page scrolls sideways, long code words in options included', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true });
    const overflowing: Record<string, number> = {};
    for (const url of [PRACTICE_INDEX_URL, ...PRACTICE_AREAS.map((area) => areaUrl(area))]) {
      await page.goto(`${baseUrl}${url}`);
      // Open every answer too, so the explanations are measured as well, and give the first option and explanation a
      // code word longer than any in the bank today, so the check holds for the next long one.
      await page.evaluate((word) => {
        document.querySelectorAll('details').forEach((details) => (details.open = true));
        for (const text of [document.querySelector('.option-text'), document.querySelector('.question-answer li')]) {
          const code = document.createElement('code');
          code.textContent = word;
          text?.append(' ', code);
        }
      }, LONG_CODE_WORD);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing[url] = overflow;
    }
    expect(overflowing).toEqual({});
  });

  it('load the quiz script only on pages with questions', async () => {
    const { page } = await openPage(chromium.browser);
    const scripts = recordScripts(page);
    await page.goto(`${baseUrl}/docs/what-changed/`);
    await page.waitForLoadState('networkidle');
    const withoutQuestions = new Set(scripts);
    scripts.length = 0;
    await page.goto(PAGE);
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    const extra = scripts.filter((url) => !withoutQuestions.has(url));
    expect(extra.length).toBeGreaterThan(0);
    const html = await (await fetch(PAGE)).text();
    for (const url of extra) expect(html).not.toContain(new URL(url).pathname);
  });

  it('on a page that also holds the decision guide, count and check only the quiz questions', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/choosing/`);
    // Both features ready: the guide shows a question of its own while the quiz is interactive.
    await page.locator(`[${DECISION.wizard}] [${DECISION.step}]`).waitFor();
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    const quizQuestions = questionsForPage('/docs/choosing/').length;
    expect(quizQuestions).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`${ENHANCED} ${QUESTION}`).count()).toBe(quizQuestions);
    await expect.poll(() => page.locator(SCORE).textContent()).toBe(`${quizQuestions} questions, none answered yet.`);

    // Answering the guide leaves the quiz alone, and checking a quiz question leaves the guide alone.
    await page.locator(`[${DECISION.step}="k8s"] button[${DECISION.answer}="yes"]`).click();
    await page.locator(`[${DECISION.step}="servers"]`).waitFor();
    await expect.poll(() => page.locator(SCORE).textContent()).toBe(`${quizQuestions} questions, none answered yet.`);
    const first = page.locator(SINGLE).first();
    await first.locator(RIGHT).first().check();
    await first.locator(CHECK).click();
    await expect.poll(() => page.locator(SCORE).textContent()).toBe(`1 of 1 answered correctly (${quizQuestions} questions).`);
    await expect.poll(() => page.locator(`[${DECISION.answered}]`).count()).toBe(1);
    await expect.poll(() => page.locator(`[${DECISION.step}="servers"]`).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
