import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './browser';
import { sectionTextInPage } from '../../scripts/section-text.mjs';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

const input = (page: Page) => page.getByRole('combobox', { name: 'Search terms' });

async function searchFor(page: Page, query: string) {
  await input(page).fill(query);
  await page.locator(`[role="listbox"][data-query="${query.replace(/"/g, '\\"')}"]`).waitFor({ state: 'attached' });
}

async function landOnFirstResult(page: Page, query: string) {
  await searchFor(page, query);
  const before = page.url();
  await input(page).press('Enter');
  await page.waitForURL((url) => url.href !== before);
  await page.waitForTimeout(300);
  const hash = new URL(page.url()).hash;
  const id = decodeURIComponent(hash.slice(1)) || 'main-content';
  const visible = await page.evaluate((targetId) => {
    const box = document.getElementById(targetId)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return box.top >= header.bottom - 1 && box.top < window.innerHeight;
  }, id);
  return { url: page.url(), id, visible, section: await page.evaluate(sectionTextInPage, hash) };
}

describe('search', () => {
  it('loads nothing for search until the reader asks for it', async () => {
    const { page } = await openPage(chromium.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${baseUrl}/docs/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/api/search'))).toEqual([]);
    await page.keyboard.press('Control+k');
    await input(page).waitFor();
    await expect.poll(() => requests.filter((url) => url.includes('/api/search')).length).toBe(1);
  });

  it('opens with Ctrl+K, and "awsvpc" + Enter lands on the awsvpc networking section, in view', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await page.keyboard.press('Control+k');
    await expect(input(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const landed = await landOnFirstResult(page, 'awsvpc');
    expect(landed.url).toContain('/docs/ecs/task-networking/#');
    expect(landed.section).toContain('ENI');
    expect(landed.visible).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('opens with "/" and from the button; Esc closes and returns focus; Tab stays inside', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await page.locator('body').press('/');
    await input(page).waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);

    // Esc closes at once even when text is typed.
    await page.keyboard.press('Control+k');
    await input(page).fill('fargate');
    await input(page).press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);

    const button = page.locator('[data-search-button]');
    await button.focus();
    await button.press('Enter');
    await input(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('shows section results with page title, heading and a highlighted snippet; arrows move the selection', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await page.keyboard.press('Control+k');
    await searchFor(page, 'Fargate Spot');
    const first = page.locator('[role="option"]').first();
    await expect(first.locator('.search-result-page').textContent()).resolves.not.toBe('');
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await input(page).press('ArrowDown');
    await expect(page.locator('[role="option"]').nth(1).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('finds a word that appears only inside a table row, landing on the section holding the table', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await page.keyboard.press('Control+k');
    const landed = await landOnFirstResult(page, 'timetable');
    expect(landed.url).toContain('/docs/ecs/scaling-capacity/');
    expect(landed.section.toLowerCase()).toContain('timetable');
  });

  it('understands an acronym and forgives a typo', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await page.keyboard.press('Control+k');
    const acronym = await landOnFirstResult(page, 'IRSA');
    expect(acronym.section.toLowerCase()).toContain('service account');
    await page.keyboard.press('Control+k');
    const typo = await landOnFirstResult(page, 'kubernets upgrade');
    expect(typo.section).toMatch(/Kubernetes/);
    expect(typo.section.toLowerCase()).toContain('upgrade');
  });

  it('stays calm on hostile input', async () => {
    const { page, pageErrors, consoleErrors } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/`);
    await page.keyboard.press('Control+k');
    for (const query of ['(.*)+[', 'x'.repeat(10_000), '🚀🐳🐳', 'مرحبا بالعالم', '      ', '<img src=x onerror=alert(1)>']) {
      await input(page).fill(query);
      await page.waitForTimeout(50);
    }
    await expect(page.locator('.search-status').textContent()).resolves.toMatch(/No results|result/);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
