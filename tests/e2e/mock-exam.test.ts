import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, recordScripts, useBrowser } from './browser';
import { axeViolations } from './audit';
import { MOCK_EXAM } from '@/components/mock-exam/hooks';
import { PRACTICE_QUESTIONS } from '@/lib/data/questions';
import { drawQuestions } from '@/lib/quiz/draw';
import { ACTIVE_EXAM_KEY, EXAM_HISTORY_KEY } from '@/lib/quiz/exam-storage';
import { PROGRESS_KEY } from '@/lib/quiz/progress';
import { seededRandom } from '@/lib/quiz/seeded-random';

const baseUrl = inject('baseUrl');
const PAGE = `${baseUrl}/docs/mock-exam/`;
const OUT = path.resolve(import.meta.dirname, '../../out');
const chromium = useBrowser();
const BANK = new Map(PRACTICE_QUESTIONS.map((question) => [question.id, question]));

const on = (name: string, value?: string) => (value === undefined ? `[${name}]` : `[${name}="${value}"]`);
const SCREEN = (kind: string) => on(MOCK_EXAM.screen, kind);
const QUESTION = on(MOCK_EXAM.question);
const NAVIGATOR_BUTTONS = `${on(MOCK_EXAM.navigator)} button`;

/** The setup screen with the shortest length chosen (10 questions in 20 minutes). */
async function openSetup(page: Page, url = PAGE) {
  await page.goto(url);
  await page.locator(SCREEN('setup')).waitFor();
}

async function startShortExam(page: Page) {
  await page.getByRole('radio', { name: /^10 questions/ }).check();
  await page.locator(on(MOCK_EXAM.start)).click();
  await page.locator(QUESTION).waitFor();
}

async function currentQuestion(page: Page) {
  const id = await page.locator(QUESTION).getAttribute(MOCK_EXAM.question);
  const question = id ? BANK.get(id) : undefined;
  if (!question) throw new Error(`The exam shows a question the bank does not hold: ${id}`);
  return question;
}

/** Chooses the right option(s) of the question on screen, or a wrong one. */
async function answer(page: Page, correctly: boolean) {
  const question = await currentQuestion(page);
  const indexes = question.options.flatMap((option, index) => (option.correct === correctly ? [index] : []));
  for (const index of correctly ? indexes : indexes.slice(0, question.choose)) {
    await page.locator(`${QUESTION} input[value="${index}"]`).check();
  }
  return question;
}

/** The ids of the set, in order, read by walking the question list. */
async function setOnScreen(page: Page): Promise<string[]> {
  const ids: string[] = [];
  const buttons = page.locator(NAVIGATOR_BUTTONS);
  const count = await buttons.count();
  for (let index = 0; index < count; index++) {
    await buttons.nth(index).click();
    await expect.poll(() => page.locator('#exam-question-title').textContent()).toMatch(new RegExp(`^Question ${index + 1} of`));
    ids.push((await currentQuestion(page)).id);
  }
  return ids;
}

async function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);
}

/** Presses Tab until the element `selector` names has focus (a keyboard user's way there), failing after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('mock exam', () => {
  it('starts, keeps answers without feedback, flags, moves back, and finishes early only after confirming', async () => {
    const { page, pageErrors, consoleErrors } = await openPage(chromium.browser);
    await openSetup(page);
    await startShortExam(page);
    await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/(19:5\d|20:00)/);
    await expect.poll(() => page.locator(NAVIGATOR_BUTTONS).count()).toBe(10);

    const first = await answer(page, true);
    // No feedback while the exam runs: nothing says right or wrong.
    await expect(page.locator('.exam-runner').textContent()).resolves.not.toMatch(/Correct|Wrong|Not quite/);
    await page.locator(on(MOCK_EXAM.next)).click();
    const second = await answer(page, false);
    await page.locator(on(MOCK_EXAM.flag)).click();
    await expect.poll(() => page.locator(on(MOCK_EXAM.flag)).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator(`${NAVIGATOR_BUTTONS}${on(MOCK_EXAM.flagged)}`).count()).toBe(1);
    await expect.poll(() => page.locator(`${NAVIGATOR_BUTTONS}${on(MOCK_EXAM.answerState, 'answered')}`).count()).toBe(2);

    // Back to the first question: the answer given is still chosen.
    await page.locator(on(MOCK_EXAM.previous)).click();
    await expect.poll(() => page.locator(QUESTION).getAttribute(MOCK_EXAM.question)).toBe(first.id);
    const chosenOnFirst = await page
      .locator(`${QUESTION} input:checked`)
      .evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
    expect(chosenOnFirst).toEqual(first.options.flatMap((option, index) => (option.correct ? [index] : [])));

    // Finishing asks first; "Keep going" leaves the exam running.
    const dialog = page.locator(on(MOCK_EXAM.confirm));
    await page.locator(on(MOCK_EXAM.finish)).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.textContent()).toMatch(/answered 2 of 10.*8 unanswered questions count as wrong.*1 question is flagged/);
    await page.locator(on(MOCK_EXAM.keepGoing)).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.locator(SCREEN('running')).count()).toBe(1);

    await page.locator(on(MOCK_EXAM.finish)).click();
    await page.locator(on(MOCK_EXAM.confirmFinish)).click();
    await page.locator(SCREEN('results')).waitFor();
    await expect.poll(() => page.locator(on(MOCK_EXAM.result)).getAttribute(MOCK_EXAM.result)).toBe('1/10');
    await expect.poll(() => page.locator(`${on(MOCK_EXAM.review, first.id)}`).getAttribute(MOCK_EXAM.outcome)).toBe('right');
    const missed = page.locator(on(MOCK_EXAM.review, second.id));
    await expect.poll(() => missed.getAttribute(MOCK_EXAM.outcome)).toBe('wrong');
    await expect(missed.textContent()).resolves.toContain('you flagged it');
    // Every option of a reviewed question is explained, with the reader's answer and the right one marked.
    await expect.poll(() => missed.locator('.exam-explanation').count()).toBe(second.options.length);
    await expect.poll(() => missed.locator(on(MOCK_EXAM.correct)).count()).toBe(second.options.filter((option) => option.correct).length);
    await expect.poll(() => missed.locator(on(MOCK_EXAM.chosen)).count()).toBe(second.choose);
    await expect.poll(() => page.locator(on(MOCK_EXAM.review)).count()).toBe(10);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('finishes by itself when the time runs out, counting unanswered questions as wrong', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.clock.install();
    await openSetup(page);
    await startShortExam(page);
    const answered = await answer(page, true);
    await page.clock.fastForward('19:00');
    await expect.poll(() => page.locator(`[role="timer"]${on(MOCK_EXAM.low)}`).count()).toBe(1);
    await expect.poll(() => page.locator(SCREEN('running')).count()).toBe(1);
    await page.clock.fastForward('01:01');
    await page.locator(SCREEN('results')).waitFor();
    await expect.poll(() => page.locator('.exam-results').textContent()).toMatch(/Time ran out/);
    await expect.poll(() => page.locator(on(MOCK_EXAM.result)).getAttribute(MOCK_EXAM.result)).toBe('1/10');
    await expect.poll(() => page.locator(on(MOCK_EXAM.review, answered.id)).getAttribute(MOCK_EXAM.outcome)).toBe('right');
    await expect.poll(() => page.locator(`${on(MOCK_EXAM.review)}${on(MOCK_EXAM.outcome, 'unanswered')}`).count()).toBe(9);
    expect(pageErrors).toEqual([]);
  });

  it('reports per topic, weakest first, with links to each topic page and the sections to study', async () => {
    const { page } = await openPage(chromium.browser);
    await openSetup(page);
    await startShortExam(page);
    const drawn = await setOnScreen(page);
    await page.locator(on(MOCK_EXAM.finish)).click();
    await page.locator(on(MOCK_EXAM.confirmFinish)).click();
    await page.locator(SCREEN('results')).waitFor();

    const questions = drawn.map((id) => BANK.get(id)!);
    const rows = page.locator(on(MOCK_EXAM.topic));
    const topics = await rows.evaluateAll((elements, name) => elements.map((element) => element.getAttribute(name)), MOCK_EXAM.topic);
    expect(new Set(topics)).toEqual(new Set(questions.map((question) => question.page)));
    for (const topic of new Set(topics)) {
      const row = page.locator(on(MOCK_EXAM.topic, topic!));
      await expect.poll(() => row.locator('th a').getAttribute('href')).toBe(topic);
      // Nothing was answered, so every question's section is on the list to study, and nothing else is.
      const studyLinks = await row.locator('td a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const expected = new Set(questions.filter((question) => question.page === topic).map((question) => question.learnMore));
      expect(new Set(studyLinks)).toEqual(expected);
    }
    // A study link lands on the section it names.
    const study = rows.first().locator('td a').first();
    const target = (await study.getAttribute('href'))!;
    await study.click();
    await page.waitForURL((url) => url.pathname === target.split('#')[0]);
    await expect.poll(() => page.locator(`[id="${target.split('#')[1]}"]`).count()).toBe(1);
  });

  it('keeps finished attempts after a reload, and ignores corrupted saved exams and history', async () => {
    const { page } = await openPage(chromium.browser);
    await openSetup(page);
    await startShortExam(page);
    await answer(page, true);
    await page.locator(on(MOCK_EXAM.finish)).click();
    await page.locator(on(MOCK_EXAM.confirmFinish)).click();
    await page.locator(SCREEN('results')).waitFor();
    await page.reload();
    await page.locator(SCREEN('setup')).waitFor();
    await expect.poll(() => page.locator(on(MOCK_EXAM.attempt)).getAttribute(MOCK_EXAM.attempt)).toBe('1/10');
    await page
      .locator(on(MOCK_EXAM.attempt))
      .getByRole('button', { name: /Review/ })
      .click();
    await page.locator(SCREEN('results')).waitFor();
    await expect.poll(() => page.locator(on(MOCK_EXAM.result)).getAttribute(MOCK_EXAM.result)).toBe('1/10');

    const corrupted = [
      ['{not json', '{not json'],
      ['"a string"', '{"a":1}'],
      ['{"questionIds":"x"}', '[{"right":"many"}, 3, null]'],
      ['{"__proto__":{"polluted":true}}', '{"__proto__":{"polluted":true}}'],
    ] as const;
    for (const [active, history] of corrupted) {
      const { page: fresh, pageErrors } = await openPage(chromium.browser);
      await fresh.addInitScript(
        ([keys, values]) => {
          localStorage.setItem(keys[0], values[0]);
          localStorage.setItem(keys[1], values[1]);
        },
        [
          [ACTIVE_EXAM_KEY, EXAM_HISTORY_KEY],
          [active, history],
        ] as const,
      );
      await openSetup(fresh);
      await expect.poll(() => fresh.locator(on(MOCK_EXAM.attempt)).count()).toBe(0);
      await startShortExam(fresh);
      await expect.poll(() => fresh.locator(NAVIGATOR_BUTTONS).count()).toBe(10);
      expect(pageErrors).toEqual([]);
      await fresh.context().close();
    }
  });

  it('draws the same set in the same order from a ?seed= link, in any browser, whatever that reader missed', async () => {
    const seed = 'share42';
    const expected = drawQuestions(PRACTICE_QUESTIONS, 10, seededRandom(seed)).map((question) => question.id);
    const sets: string[][] = [];
    for (const progress of ['{}', JSON.stringify(Object.fromEntries(expected.map((id) => [id, { correct: true }])))]) {
      const { page, pageErrors } = await openPage(chromium.browser);
      await page.addInitScript((saved) => localStorage.setItem(saved[0], saved[1]), [PROGRESS_KEY, progress] as const);
      await openSetup(page, `${PAGE}?seed=${seed}&length=10`);
      await expect.poll(() => page.locator(on(MOCK_EXAM.sharedSet)).getAttribute(MOCK_EXAM.sharedSet)).toBe(seed);
      await page.locator(on(MOCK_EXAM.start)).click();
      await page.locator(QUESTION).waitFor();
      sets.push(await setOnScreen(page));
      expect(pageErrors).toEqual([]);
      await page.context().close();
    }
    expect(sets).toEqual([expected, expected]);
    const other = drawQuestions(PRACTICE_QUESTIONS, 10, seededRandom('other7')).map((question) => question.id);
    expect(other).not.toEqual(expected);
  });

  it('runs from start to result with the keyboard alone', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await openSetup(page);
    await tabTo(page, 'input[name="length"]:checked');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByRole('radio', { name: /^10 questions/ }).isChecked()).toBe(true);
    await tabTo(page, on(MOCK_EXAM.start));
    await page.keyboard.press('Enter');
    await page.locator(QUESTION).waitFor();
    // The question's heading takes focus, so Tab carries on into its options.
    await expect.poll(() => focusedMatches(page, '#exam-question-title')).toBe(true);
    await tabTo(page, `${QUESTION} input`);
    await page.keyboard.press('Space');
    // The draw is random: a "choose two" question needs a second option before it counts as answered.
    if ((await page.locator(`${QUESTION} input`).first().getAttribute('type')) === 'checkbox') {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await expect.poll(() => page.locator(`${NAVIGATOR_BUTTONS}${on(MOCK_EXAM.answerState, 'answered')}`).count()).toBe(1);
    await tabTo(page, on(MOCK_EXAM.flag));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(on(MOCK_EXAM.flag)).getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, on(MOCK_EXAM.next));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#exam-question-title').textContent()).toMatch(/^Question 2 of 10/);
    await expect.poll(() => focusedMatches(page, '#exam-question-title')).toBe(true);

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, on(MOCK_EXAM.finish));
    await page.keyboard.press('Enter');
    // The dialog opens on "Keep going"; Escape closes it and the exam goes on.
    await expect.poll(() => focusedMatches(page, on(MOCK_EXAM.keepGoing))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(on(MOCK_EXAM.confirm)).isVisible()).toBe(false);
    await expect.poll(() => page.locator(SCREEN('running')).count()).toBe(1);
    await tabTo(page, on(MOCK_EXAM.finish));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedMatches(page, on(MOCK_EXAM.keepGoing))).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedMatches(page, on(MOCK_EXAM.confirmFinish))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator(SCREEN('results')).waitFor();
    await expect.poll(() => focusedMatches(page, '#exam-results-title')).toBe(true);
    await expect.poll(() => page.locator(on(MOCK_EXAM.result)).getAttribute(MOCK_EXAM.result)).toMatch(/^[01]\/10$/);
    expect(pageErrors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is axe-clean while running, asking to finish and reporting, in ${scheme} theme`, async () => {
      const { page, consoleErrors } = await openPage(chromium.browser, { colorScheme: scheme });
      await openSetup(page);
      await startShortExam(page);
      await answer(page, false);
      await page.locator(on(MOCK_EXAM.flag)).click();
      const found: Record<string, unknown> = {};
      found.running = await axeViolations(page);
      await page.locator(on(MOCK_EXAM.finish)).click();
      await page.locator(on(MOCK_EXAM.confirm)).waitFor();
      found.confirm = await axeViolations(page);
      await page.locator(on(MOCK_EXAM.confirmFinish)).click();
      await page.locator(SCREEN('results')).waitFor();
      found.results = await axeViolations(page);
      expect(found).toEqual({ running: [], confirm: [], results: [] });
      expect(consoleErrors).toEqual([]);
    });
  }

  it('at 375 px, neither the running exam nor the result scrolls sideways', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true });
    await openSetup(page);
    await startShortExam(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await page.locator(on(MOCK_EXAM.finish)).click();
    await page.locator(on(MOCK_EXAM.confirmFinish)).click();
    await page.locator(SCREEN('results')).waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
  });

  it('without JavaScript, says it needs JavaScript and links to every practice page', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    await page.goto(PAGE);
    const message = page.locator(on(MOCK_EXAM.noScript));
    await expect.poll(() => message.isVisible()).toBe(true);
    await expect.poll(() => message.textContent()).toMatch(/needs JavaScript/);
    const links = await message.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toContain('/docs/practice/');
    expect(links.filter((href) => href?.startsWith('/docs/practice/') && href !== '/docs/practice/').length).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.locator(on(MOCK_EXAM.loading)).isVisible()).toBe(false);
  });

  it("loads its code and the question bank only after the page is up, never in any page's first-load JavaScript", async () => {
    const chunks = path.join(OUT, '_next/static/chunks');
    const examChunks = readdirSync(chunks, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .filter((file) => {
        const code = readFileSync(path.join(chunks, file), 'utf8');
        return code.includes('Finish the exam now?') || code.includes(PRACTICE_QUESTIONS[0].scenario.slice(0, 60));
      })
      .map((file) => `/_next/static/chunks/${file.split(path.sep).join('/')}`);
    expect(examChunks.length).toBeGreaterThan(0);
    const htmlFiles = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const firstLoad = htmlFiles.filter((file) => examChunks.some((chunk) => readFileSync(path.join(OUT, file), 'utf8').includes(chunk)));
    expect(firstLoad).toEqual([]);

    // In the browser, the exam's code arrives after the page is interactive, and the bank only when an exam starts.
    const { page } = await openPage(chromium.browser);
    const scripts = recordScripts(page);
    await openSetup(page);
    const beforeStart = scripts.map((url) => new URL(url).pathname);
    expect(beforeStart.some((url) => examChunks.includes(url))).toBe(true);
    await startShortExam(page);
    const afterStart = scripts.map((url) => new URL(url).pathname).filter((url) => !beforeStart.includes(url));
    expect(afterStart.length).toBeGreaterThan(0);
  });
});
