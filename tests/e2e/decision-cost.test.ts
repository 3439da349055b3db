import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, recordScripts, useBrowser, type WatchedPage } from './browser';
import { axeViolations } from './audit';
import { DECISION } from '@/components/decision/hooks';
import { COST } from '@/components/cost/hooks';
import { decisionTable } from '@/lib/decision/table';
import { WORKED_EXAMPLE, WORKED_EXAMPLE_TOTALS } from '@/lib/cost/example';

const baseUrl = inject('baseUrl');
const CHOOSING = `${baseUrl}/docs/choosing/`;
const PRICING = `${baseUrl}/docs/pricing/`;
const chromium = useBrowser();

function expectNoErrors(watched: WatchedPage) {
  expect(watched.pageErrors).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.failedResponses).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
}

/** The question the guide is asking now, or null when it shows a verdict. */
async function currentQuestion(page: Page): Promise<string | null> {
  const step = page.locator(`[${DECISION.wizard}] [${DECISION.step}]`);
  return (await step.count()) > 0 ? step.getAttribute(DECISION.step) : null;
}

async function answer(page: Page, question: string, value: 'yes' | 'no') {
  await expect.poll(() => currentQuestion(page)).toBe(question);
  await page.locator(`[${DECISION.step}="${question}"] button[${DECISION.answer}="${value}"]`).click();
}

/** axe-core (WCAG 2.2 A/AA, colour contrast included) on part of the page. */
async function accessibilityViolations(page: Page, selector: string): Promise<string[]> {
  return (await axeViolations(page, selector)).map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}

async function fillWorkedExample(page: Page) {
  const fields: Record<string, string> = {
    tasks: WORKED_EXAMPLE.tasks,
    vcpu: WORKED_EXAMPLE.vcpu,
    mem: WORKED_EXAMPLE.memory,
    hours: WORKED_EXAMPLE.hours,
    fcpu: WORKED_EXAMPLE.fargateVcpuPrice,
    fgb: WORKED_EXAMPLE.fargateGbPrice,
    ec2: WORKED_EXAMPLE.ec2Price,
    per: WORKED_EXAMPLE.tasksPerInstance,
  };
  for (const [key, value] of Object.entries(fields)) await page.locator(`#cost-${key}`).fill(value);
}

const total = (page: Page, option: string) => page.locator(`[${COST.option}="${option}"] [${COST.total}]`).textContent();

describe('decision guide', () => {
  it('a path of clicks gives the expected recommendation, and its URL restores it in a new page', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    await page.goto(CHOOSING);
    await page.locator(`[${DECISION.wizard}]`).waitFor();
    // The no-JavaScript note gives way to the guide; the table stays.
    await expect.poll(() => page.locator(`[${DECISION.fallback}]`).count()).toBe(0);

    await answer(page, 'k8s', 'yes');
    await answer(page, 'servers', 'no');
    await answer(page, 'gpu', 'yes');
    await answer(page, 'windows', 'no');
    await answer(page, 'daemon', 'no');
    await answer(page, 'onprem', 'no');
    await answer(page, 'spot', 'yes');

    const verdict = page.locator(`[${DECISION.verdict}]`);
    await expect.poll(() => verdict.getAttribute(DECISION.recommendation)).toBe('eks-auto-mode+eks-spot');
    await expect(verdict.locator('h3').textContent()).resolves.toContain('EKS with Auto Mode + Spot nodes');
    // GPUs rule out EKS on Fargate, and EKS has no Fargate Spot; each reason links to its section.
    await expect
      .poll(() => verdict.locator(`[${DECISION.ruledOut}="eks-fargate"] a`).first().getAttribute('href'))
      .toBe('/docs/compute-options/#gpu');
    await expect.poll(() => verdict.locator(`[${DECISION.ruledOut}="fargate-spot"]`).count()).toBe(1);
    // Focus follows the reader to the result, and the live region says what it is.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('decision-verdict-title');
    await expect(page.locator(`[${DECISION.wizard}] [role="status"]`).textContent()).resolves.toContain(
      'Recommendation: EKS with Auto Mode + Spot nodes',
    );

    const shared = page.url();
    expect(new URL(shared).search).toBe('?k8s=yes&servers=no&gpu=yes&windows=no&daemon=no&onprem=no&spot=yes');
    expect(new URL(shared).hash).toBe('#decision-guide');
    expectNoErrors(watched);

    const reopened = await openPage(chromium.browser);
    await reopened.page.goto(shared);
    await expect
      .poll(() => reopened.page.locator(`[${DECISION.verdict}]`).getAttribute(DECISION.recommendation))
      .toBe('eks-auto-mode+eks-spot');
    expectNoErrors(reopened);
  });

  it('works from the keyboard: focus moves to each new question and Enter answers it', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    await page.goto(CHOOSING);
    await page.locator(`[${DECISION.step}="k8s"]`).waitFor();
    await page.locator(`[${DECISION.step}="k8s"] button`).first().focus();
    const path = [
      ['k8s', 'no'],
      ['servers', 'no'],
      ['gpu', 'no'],
      ['windows', 'yes'],
      ['daemon', 'no'],
      ['onprem', 'no'],
      ['spot', 'no'],
    ] as const;
    for (const [question, value] of path) {
      // Focus lands on the first answer of each new question without the reader doing anything.
      await expect
        .poll(() => page.evaluate((step) => document.activeElement?.closest(`[${step}]`)?.getAttribute(step), DECISION.step))
        .toBe(question);
      const focused = await page.evaluate((answer) => document.activeElement?.getAttribute(answer), DECISION.answer);
      if (focused !== value) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    }
    // Serverless Windows containers without Kubernetes: ECS on Fargate.
    await expect.poll(() => page.locator(`[${DECISION.verdict}]`).getAttribute(DECISION.recommendation)).toBe('ecs-fargate');
    expect(new URL(page.url()).search).toBe('?k8s=no&servers=no&gpu=no&windows=yes&daemon=no&onprem=no&spot=no');
    expectNoErrors(watched);
  });

  it('Back steps back through the questions without reloading, and Forward returns', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    await page.goto(CHOOSING);
    await page.locator(`[${DECISION.wizard}]`).waitFor();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await answer(page, 'k8s', 'no');
    await answer(page, 'servers', 'yes');
    await answer(page, 'gpu', 'no');
    await expect.poll(() => currentQuestion(page)).toBe('windows');

    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe('gpu');
    expect(new URL(page.url()).search).toBe('?k8s=no&servers=yes');
    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe('servers');
    await expect.poll(() => page.locator(`[${DECISION.answered}]`).count()).toBe(1);
    await page.goForward();
    await expect.poll(() => currentQuestion(page)).toBe('gpu');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe('k8s');
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    // "Change" on an earlier answer goes back to that question; "Start again" clears everything.
    await answer(page, 'k8s', 'yes');
    await answer(page, 'servers', 'no');
    await page.locator(`[${DECISION.answered}="k8s"] a`).click();
    await expect.poll(() => currentQuestion(page)).toBe('k8s');
    expectNoErrors(watched);
  });

  it('ignores invalid and hostile query values', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    await page.goto(
      `${CHOOSING}?k8s=%3Cscript%3Ealert(1)%3C/script%3E&servers=no&gpu=maybe&__proto__=yes&windows=yes&windows=no#decision-guide`,
    );
    await expect.poll(() => currentQuestion(page)).toBe('k8s');
    await expect(
      page
        .locator(`[${DECISION.answered}]`)
        .evaluateAll((items, answered) => items.map((item) => item.getAttribute(answered)), DECISION.answered),
    ).resolves.toEqual(['servers']);
    await expect(
      page.locator('script:not([src])').evaluateAll((scripts) => scripts.some((script) => script.textContent?.includes('alert(1)'))),
    ).resolves.toBe(false);
    expectNoErrors(watched);
  });

  it('without JavaScript shows the full decision table', async () => {
    const { page } = await openPage(chromium.browser, { javaScriptEnabled: false });
    await page.goto(CHOOSING);
    const rows = page.locator(`[${DECISION.table}] tbody tr`);
    await expect.poll(() => rows.count()).toBe(decisionTable().length);
    await expect(page.locator(`[${DECISION.table}] [${DECISION.rule}="gpu-rules-out-fargate"]`).textContent()).resolves.toContain(
      'Rules out ECS on Fargate, EKS on Fargate and Fargate Spot',
    );
    await expect.poll(() => page.locator(`[${DECISION.fallback}]`).isVisible()).toBe(true);
    await expect.poll(() => page.locator(`[${DECISION.wizard}]`).count()).toBe(0);
    // The existing comparison table is still there.
    await expect.poll(() => page.locator('#ecs-or-eks table').count()).toBe(1);
  });
});

describe('cost what-if', () => {
  it('shows the documented totals for the worked example, and its URL restores the comparison in a new page', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    await page.goto(PRICING);
    await page.locator(`[${COST.form}]`).waitFor();
    await fillWorkedExample(page);

    await expect.poll(() => total(page, 'fargate')).toBe(WORKED_EXAMPLE_TOTALS.ecs.fargate);
    await expect.poll(() => total(page, 'spot')).toBe(WORKED_EXAMPLE_TOTALS.ecs.spot);
    await expect.poll(() => total(page, 'ec2')).toBe(WORKED_EXAMPLE_TOTALS.ecs.ec2);
    await expect(page.locator(`[${COST.summary}]`).textContent()).resolves.toContain(
      `Fargate on-demand ${WORKED_EXAMPLE_TOTALS.ecs.fargate}`,
    );
    await expect.poll(() => page.locator(`[${COST.option}="fargate"] [${COST.controlPlane}]`).textContent()).toBe('$0.00');
    await expect(page.locator(`[${COST.workings}="fargate"]`).textContent()).resolves.toContain('10 tasks × $0.06 × 730 hours = $438.00');

    // On EKS the control plane is added and Fargate Spot is not available.
    await page.locator('input[name="cost-on"][value="eks"]').check();
    await expect.poll(() => total(page, 'fargate')).toBe(WORKED_EXAMPLE_TOTALS.eksStandard.fargate);
    await expect
      .poll(() => page.locator(`[${COST.option}="fargate"] [${COST.controlPlane}]`).textContent())
      .toBe(WORKED_EXAMPLE_TOTALS.eksStandard.controlPlane);
    await expect.poll(() => total(page, 'ec2')).toBe(WORKED_EXAMPLE_TOTALS.eksStandard.ec2);
    await expect.poll(() => page.locator(`[${COST.option}="spot"]`).getAttribute(COST.status)).toBe('unavailable');
    await page.locator('input[name="cost-support"][value="extended"]').check();
    await expect.poll(() => total(page, 'fargate')).toBe(WORKED_EXAMPLE_TOTALS.eksExtended.fargate);

    const shared = page.url();
    expect(shared).toContain('on=eks');
    expect(shared).toContain('support=extended');
    expect(new URL(shared).hash).toBe('#cost-what-if');
    expectNoErrors(watched);

    const reopened = await openPage(chromium.browser);
    await reopened.page.goto(shared);
    await expect.poll(() => total(reopened.page, 'fargate')).toBe(WORKED_EXAMPLE_TOTALS.eksExtended.fargate);
    await expect.poll(() => reopened.page.locator('#cost-fcpu').inputValue()).toBe(WORKED_EXAMPLE.fargateVcpuPrice);
    expectNoErrors(reopened);
  });

  it('rejects a negative or non-numeric input with a message next to the field', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    await page.goto(PRICING);
    await page.locator(`[${COST.fillExample}]`).click();
    await expect.poll(() => total(page, 'fargate')).toBe(WORKED_EXAMPLE_TOTALS.ecs.fargate);

    const tasks = page.locator('#cost-tasks');
    await tasks.fill('-3');
    await expect.poll(() => tasks.getAttribute('aria-invalid')).toBe('true');
    await expect(tasks.getAttribute('aria-describedby')).resolves.toContain('cost-tasks-error');
    await expect.poll(() => page.locator('#cost-tasks-error').textContent()).toBe('Must not be negative.');
    await expect(page.locator(`[${COST.summary}]`).textContent()).resolves.toContain('fix the marked fields');
    await expect.poll(() => page.locator(`[${COST.option}="fargate"] [${COST.total}]`).count()).toBe(0);
    expect(page.url()).not.toContain('tasks=-3');

    await page.locator('#cost-fcpu').fill('cheap');
    await expect.poll(() => page.locator('#cost-fcpu-error').textContent()).toMatch(/^Enter a number/);
    await page.locator('#cost-hours').fill('100000');
    await expect.poll(() => page.locator('#cost-hours-error').textContent()).toMatch(/at most 744/);

    await tasks.fill('10');
    await page.locator('#cost-fcpu').fill('0.05');
    await page.locator('#cost-hours').fill('730');
    await expect(tasks.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect.poll(() => total(page, 'fargate')).toBe(WORKED_EXAMPLE_TOTALS.ecs.fargate);
    expectNoErrors(watched);
  });

  it('prices Fargate Spot for ARM (Graviton) tasks, and refuses it for Windows tasks', async () => {
    const watched = await openPage(chromium.browser);
    const { page } = watched;
    await page.goto(PRICING);
    await page.locator(`[${COST.fillExample}]`).click();
    await expect.poll(() => total(page, 'spot')).toBe(WORKED_EXAMPLE_TOTALS.ecs.spot);

    await page.locator('input[name="cost-arch"][value="arm"]').check();
    await expect.poll(() => page.url()).toContain('arch=arm');
    await expect.poll(() => total(page, 'spot')).toBe(WORKED_EXAMPLE_TOTALS.ecs.spot);

    await page.locator('input[name="cost-os"][value="windows"]').check();
    await expect.poll(() => page.locator(`[${COST.option}="spot"]`).getAttribute(COST.status)).toBe('unavailable');
    await expect
      .poll(() => page.locator(`[${COST.option}="spot"] [${COST.message}]`).textContent())
      .toBe('Not available: Fargate Spot does not run Windows tasks.');
    await expect.poll(() => total(page, 'fargate')).toBe(WORKED_EXAMPLE_TOTALS.ecs.fargate);
    expectNoErrors(watched);
  });

  it('shows "prices as of" with the date and Region, and the assumptions, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await openPage(chromium.browser, { javaScriptEnabled });
      await page.goto(PRICING);
      // The caption's own text, without its copy-link control.
      const caption = (await page.locator(`[${COST.sourcedPrices}] figcaption`).textContent())?.replace(/#$/, '');
      expect(caption).toBe('Prices as of 29 November 2026 for no named Region (AWS quotes a single rate)');
      await expect(page.locator(`[${COST.sourcedPrices}] [${COST.price}="eksExtendedSupport"]`).textContent()).resolves.toContain(
        '$0.60 per cluster-hour',
      );
      await expect(page.locator(`[${COST.assumptions}] li`).count()).resolves.toBeGreaterThan(4);
      if (!javaScriptEnabled) await expect.poll(() => page.locator(`[${COST.fallback}]`).isVisible()).toBe(true);
    }
  });
});

describe('both tools', () => {
  it('load their code only on their own pages, after the page is interactive', async () => {
    const { page } = await openPage(chromium.browser);
    const scripts = recordScripts(page);
    await page.goto(`${baseUrl}/docs/what-changed/`);
    await page.waitForLoadState('networkidle');
    const elsewhere = new Set(scripts);
    for (const [url, ready] of [
      [CHOOSING, `[${DECISION.wizard}]`],
      [PRICING, `[${COST.form}]`],
    ] as const) {
      scripts.length = 0;
      await page.goto(url);
      await page.locator(ready).waitFor();
      await page.waitForLoadState('networkidle');
      const extra = scripts.filter((script) => !elsewhere.has(script));
      expect(extra.length, url).toBeGreaterThan(0);
      const html = await (await fetch(url)).text();
      for (const script of extra) expect(html).not.toContain(new URL(script).pathname);
    }
  });

  it('never scroll sideways at 375 px', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true });
    for (const url of [
      `${CHOOSING}?k8s=yes&servers=no&gpu=no&windows=yes&daemon=yes&onprem=yes&spot=yes#decision-guide`,
      `${PRICING}?on=eks&tasks=10&fcpu=0.05&fgb=0.005&ec2=0.1&per=4&type=m7g.large&region=eu-west-1`,
    ]) {
      await page.goto(url);
      await page.locator(`[${DECISION.verdict}], [${COST.results}]`).first().waitFor();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(widths.page, url).toBeLessThanOrEqual(widths.viewport);
    }
  });

  it('pass axe-core (WCAG 2 A/AA, colour contrast included) in the light and the dark theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const watched = await openPage(chromium.browser, { colorScheme });
      const { page } = watched;
      await page.goto(`${CHOOSING}?k8s=yes&servers=yes&gpu=yes&windows=yes&daemon=no&onprem=yes&spot=yes#decision-guide`);
      await page.locator(`[${DECISION.verdict}]`).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
      expect(await accessibilityViolations(page, `[${DECISION.root}]`), colorScheme).toEqual([]);
      await page.goto(CHOOSING);
      await page.locator(`[${DECISION.step}="k8s"]`).waitFor();
      expect(await accessibilityViolations(page, `[${DECISION.root}]`), colorScheme).toEqual([]);

      await page.goto(PRICING);
      await page.locator(`[${COST.fillExample}]`).click();
      await page.locator('#cost-tasks').fill('-1');
      await page.locator('#cost-tasks-error').waitFor();
      expect(await accessibilityViolations(page, `[${COST.root}]`), colorScheme).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
    }
  });
});
