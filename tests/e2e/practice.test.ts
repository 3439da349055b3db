import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, recordScripts, useBrowser } from './browser';
import { QUIZ } from '@/components/quiz/hooks';
import { PROGRESS_KEY } from '@/lib/quiz/progress';
import { questionsForPage } from '@/lib/data/questions';
import { DECISION } from '@/components/decision/hooks';

const baseUrl = inject('baseUrl');
const PAGE = `${baseUrl}/docs/ecs/task-networking/`;
const chromium = useBrowser();

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
    await expect(first.locator(FEEDBACK).textContent()).resolves.toMatch(/^Correct/);
    await expect(first.locator('details').evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(first.locator('details li').count()).resolves.toBe(4);

    // Wrong answer.
    await second.locator(WRONG).first().check();
    await second.locator(CHECK).click();
    await expect(second.locator(FEEDBACK).textContent()).resolves.toMatch(/^Not quite/);
    await expect(second.locator(`label[${QUIZ.answer}="chosen-wrong"]`).count()).resolves.toBe(1);
    await expect(second.locator(`label[${QUIZ.answer}="correct"]`).count()).resolves.toBe(1);

    const score = page.locator(SCORE).first();
    await expect(score.textContent()).resolves.toMatch(/^1 of 2 answered correctly/);
    await page.reload();
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    await expect.poll(() => page.locator(SCORE).first().textContent()).toMatch(/^1 of 2 answered correctly/);
    await expect(page.locator(SINGLE).nth(1).getAttribute(QUIZ.result)).resolves.toBe('incorrect');

    await page.locator(`[${QUIZ.reset}]`).first().click();
    await expect(page.locator(SCORE).first().textContent()).resolves.toMatch(/none answered yet/);
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
      await expect(question.locator(FEEDBACK).textContent()).resolves.toMatch(/^Correct/);
      expect(pageErrors).toEqual([]);
    }
  });

  it('are readable and revealable without JavaScript', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    await page.goto(PAGE);
    const question = page.locator(QUESTION).first();
    await expect(question.locator('.question-scenario').textContent()).resolves.not.toBe('');
    await expect(question.locator(CHECK).isVisible()).resolves.toBe(false);
    await question.locator('summary').click();
    await expect(question.locator('details li').first().isVisible()).resolves.toBe(true);
  });

  it('filter by topic and service on the Practice page, and review the ones I missed', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/practice/`);
    const filters = page.locator(`[${QUIZ.filters}]`);
    await page.locator(ENHANCED).waitFor({ state: 'attached' });
    const visible = () => page.locator(`${QUESTION}:visible`).count();
    const all = await visible();
    expect(all).toBeGreaterThanOrEqual(45);

    await filters.locator('select[name="service"]').selectOption('EKS');
    const eks = await visible();
    expect(eks).toBeLessThan(all);
    const services = await page.locator(`${QUESTION}:visible`).evaluateAll((els, service) => [...new Set(els.map((el) => el.getAttribute(service)))], QUIZ.service);
    expect(services.every((service) => service === 'EKS' || service === 'both')).toBe(true);

    await filters.locator('select[name="service"]').selectOption('');
    await filters.locator('select[name="topic"]').selectOption('/docs/ecs/task-networking/');
    const onTopic = questionsForPage('/docs/ecs/task-networking/').length;
    expect(onTopic).toBeGreaterThan(1);
    await expect.poll(visible).toBe(onTopic);

    const { question, wrong } = await firstQuestion(page);
    await wrong.check();
    await question.locator(CHECK).click();
    await filters.locator('select[name="topic"]').selectOption('');
    await filters.locator('input[name="missed"]').check();
    await expect.poll(visible).toBe(1);
    await expect(page.locator(`${QUESTION}:visible`).getAttribute('id')).resolves.toBe(await question.getAttribute('id'));
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
    await expect(page.locator(`${ENHANCED} ${QUESTION}`).count()).resolves.toBe(quizQuestions);
    await expect.poll(() => page.locator(SCORE).textContent()).toBe(`${quizQuestions} questions, none answered yet.`);

    // Answering the guide leaves the quiz alone, and checking a quiz question leaves the guide alone.
    await page.locator(`[${DECISION.step}="k8s"] button[${DECISION.answer}="yes"]`).click();
    await page.locator(`[${DECISION.step}="servers"]`).waitFor();
    await expect(page.locator(SCORE).textContent()).resolves.toBe(`${quizQuestions} questions, none answered yet.`);
    const first = page.locator(SINGLE).first();
    await first.locator(RIGHT).first().check();
    await first.locator(CHECK).click();
    await expect.poll(() => page.locator(SCORE).textContent()).toBe(`1 of 1 answered correctly (${quizQuestions} questions).`);
    await expect(page.locator(`[${DECISION.answered}]`).count()).resolves.toBe(1);
    await expect(page.locator(`[${DECISION.step}="servers"]`).count()).resolves.toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
