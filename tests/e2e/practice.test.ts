import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, recordScripts, useBrowser } from './browser';
import { QUESTIONS } from '@/lib/data/questions';

const baseUrl = inject('baseUrl');
const PAGE = `${baseUrl}/docs/ecs/task-networking/`;
const chromium = useBrowser();

/** The first single-answer question on the page, and its right and wrong options. */
async function firstQuestion(page: Page) {
  await page.locator('[data-quiz][data-enhanced]').first().waitFor({ state: 'attached' });
  const question = page.locator('[data-question][data-choose="1"]:visible').first();
  return {
    question,
    right: question.locator('input[data-correct="true"]').first(),
    wrong: question.locator('input[data-correct="false"]').first(),
    id: await question.getAttribute('id'),
  };
}

describe('practice questions', () => {
  it('say right or wrong, show every explanation, keep a score and survive a reload', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.goto(PAGE);
    const questions = page.locator('[data-question][data-choose="1"]');
    const first = questions.nth(0);
    const second = questions.nth(1);
    await page.locator('[data-quiz][data-enhanced]').waitFor({ state: 'attached' });

    // Right answer, chosen with the keyboard.
    await first.locator('input[data-correct="true"]').first().check();
    await first.locator('[data-check]').press('Enter');
    await expect(first.locator('[data-feedback]').textContent()).resolves.toMatch(/^Correct/);
    await expect(first.locator('details').evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(first.locator('details li').count()).resolves.toBe(4);

    // Wrong answer.
    await second.locator('input[data-correct="false"]').first().check();
    await second.locator('[data-check]').click();
    await expect(second.locator('[data-feedback]').textContent()).resolves.toMatch(/^Not quite/);
    await expect(second.locator('label[data-answer="chosen-wrong"]').count()).resolves.toBe(1);
    await expect(second.locator('label[data-answer="correct"]').count()).resolves.toBe(1);

    const score = page.locator('[data-score]').first();
    await expect(score.textContent()).resolves.toMatch(/^1 of 2 answered correctly/);
    await page.reload();
    await page.locator('[data-quiz][data-enhanced]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('[data-score]').first().textContent()).toMatch(/^1 of 2 answered correctly/);
    await expect(page.locator('[data-question][data-choose="1"]').nth(1).getAttribute('data-result')).resolves.toBe('incorrect');

    await page.locator('[data-reset]').first().click();
    await expect(page.locator('[data-score]').first().textContent()).resolves.toMatch(/none answered yet/);
    await page.reload();
    await page.locator('[data-quiz][data-enhanced]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('[data-score]').first().textContent()).toMatch(/none answered yet/);
    expect(pageErrors).toEqual([]);
  });

  it('ignore corrupted or foreign saved progress', async () => {
    for (const value of ['{not json', '"a string"', '{"q-x":{"correct":"yes"}}', '{"__proto__":{"polluted":true}}', '[1,2,3]']) {
      const { page, pageErrors } = await openPage(chromium.browser);
      await page.addInitScript((saved) => localStorage.setItem('field-guide-practice-v1', saved), value);
      await page.goto(PAGE);
      const { question, right } = await firstQuestion(page);
      await right.check();
      await question.locator('[data-check]').click();
      await expect(question.locator('[data-feedback]').textContent()).resolves.toMatch(/^Correct/);
      expect(pageErrors).toEqual([]);
    }
  });

  it('are readable and revealable without JavaScript', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    await page.goto(PAGE);
    const question = page.locator('[data-question]').first();
    await expect(question.locator('.question-scenario').textContent()).resolves.not.toBe('');
    await expect(question.locator('[data-check]').isVisible()).resolves.toBe(false);
    await question.locator('summary').click();
    await expect(question.locator('details li').first().isVisible()).resolves.toBe(true);
  });

  it('filter by topic and service on the Practice page, and review the ones I missed', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/practice/`);
    const filters = page.locator('[data-practice-filters]');
    await page.locator('[data-quiz][data-enhanced]').waitFor({ state: 'attached' });
    const visible = () => page.locator('[data-question]:visible').count();
    const all = await visible();
    expect(all).toBeGreaterThanOrEqual(45);

    await filters.locator('select[name="service"]').selectOption('EKS');
    const eks = await visible();
    expect(eks).toBeLessThan(all);
    const services = await page.locator('[data-question]:visible').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-service')))]);
    expect(services.every((service) => service === 'EKS' || service === 'both')).toBe(true);

    await filters.locator('select[name="service"]').selectOption('');
    await filters.locator('select[name="topic"]').selectOption('/docs/ecs/task-networking/');
    const onTopic = QUESTIONS.filter((q) => q.page === '/docs/ecs/task-networking/').length;
    expect(onTopic).toBeGreaterThan(1);
    await expect.poll(visible).toBe(onTopic);

    const { question, wrong } = await firstQuestion(page);
    await wrong.check();
    await question.locator('[data-check]').click();
    await filters.locator('select[name="topic"]').selectOption('');
    await filters.locator('input[name="missed"]').check();
    await expect.poll(visible).toBe(1);
    await expect(page.locator('[data-question]:visible').getAttribute('id')).resolves.toBe(await question.getAttribute('id'));
  });

  it('load the quiz script only on pages with questions', async () => {
    const { page } = await openPage(chromium.browser);
    const scripts = recordScripts(page);
    await page.goto(`${baseUrl}/docs/what-changed/`);
    await page.waitForLoadState('networkidle');
    const withoutQuestions = new Set(scripts);
    scripts.length = 0;
    await page.goto(PAGE);
    await page.locator('[data-quiz][data-enhanced]').waitFor({ state: 'attached' });
    const extra = scripts.filter((url) => !withoutQuestions.has(url));
    expect(extra.length).toBeGreaterThan(0);
    const html = await (await fetch(PAGE)).text();
    for (const url of extra) expect(html).not.toContain(new URL(url).pathname);
  });
});
