import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('the built site', () => {
  it('renders the home page heading and links to the guide', async () => {
    const { page, consoleErrors, pageErrors, foreignRequests, failedResponses } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('ECS/EKS Field Guide');
    await expect(page.locator('main a[href="/docs/"]').count()).resolves.toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(failedResponses).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('renders a docs page with its title, review date and sources', async () => {
    const { page, consoleErrors, pageErrors, foreignRequests } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/exam-tips/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Exam tips and traps');
    await expect(page.locator('time[datetime]').first().getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('#sources + ol a').count()).resolves.toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('navigates between pages from the sidebar', async () => {
    const { page, pageErrors } = await openPage(chromium.browser);
    await page.goto(`${baseUrl}/docs/exam-tips/`);
    const sidebar = page.getByRole('navigation', { name: 'Guide pages', exact: true });
    const link = sidebar.locator('a[href="/docs/core-concepts/"]').first();
    const title = (await link.textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(`${baseUrl}/docs/core-concepts/`);
    // The sidebar may show a short label (navTitle); the heading starts with it.
    await expect(page.locator('h1').textContent()).resolves.toMatch(new RegExp(`^${title}`));
    expect(pageErrors).toEqual([]);
  });

  it('switches the theme and keeps it after a reload', async () => {
    const { page } = await openPage(chromium.browser, { colorScheme: 'light' });
    await page.goto(`${baseUrl}/docs/exam-tips/`);
    const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
    const before = await isDark();
    await page.locator('[data-theme-toggle]').first().click();
    await expect.poll(isDark).toBe(!before);
    await page.reload();
    await expect.poll(isDark).toBe(!before);
  });

  it('opens the page list from the Menu button at 375 px, closes it after navigating, and with Escape', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await page.goto(`${baseUrl}/docs/exam-tips/`);
    const toggle = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(toggle.isVisible()).resolves.toBe(true);
    const menu = page.getByRole('navigation', { name: 'Guide pages', exact: true });
    await expect(menu.isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect.poll(() => menu.isVisible()).toBe(true);
    // The open list covers the page below the header (not squashed into the header bar).
    const panel = await page.locator('#site-menu').boundingBox();
    expect(panel?.height).toBeGreaterThan(600);
    expect(panel?.y).toBeGreaterThanOrEqual(40);
    await expect(page.evaluate(() => document.elementFromPoint(100, 200)?.closest('#site-menu') !== null)).resolves.toBe(true);
    await menu.locator('a[href="/docs/core-concepts/"]').click();
    await page.waitForURL(`${baseUrl}/docs/core-concepts/`);
    await expect.poll(() => page.getByRole('navigation', { name: 'Guide pages', exact: true }).isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);
  });

  it('opens the page list on a phone without JavaScript, on docs pages and on the home page', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 375, height: 800 }, isMobile: true, javaScriptEnabled: false });
    for (const path of ['/docs/exam-tips/', '/']) {
      await page.goto(`${baseUrl}${path}`);
      const menu = page.getByRole('navigation', { name: 'Guide pages', exact: true });
      await expect(menu.isVisible()).resolves.toBe(false);
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await expect.poll(() => menu.isVisible()).toBe(true);
      await expect(menu.locator('a').count()).resolves.toBeGreaterThan(20);
    }
  });

  it('renders the page list once: the sidebar on wide screens is the phone menu, shown', async () => {
    const { page } = await openPage(chromium.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/docs/exam-tips/`);
    await expect(page.locator('nav[aria-label^="Guide pages"]').count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'Guide pages', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Menu', exact: true }).isVisible()).resolves.toBe(false);
    const html = await (await fetch(`${baseUrl}/docs/exam-tips/`)).text();
    expect(html.match(/aria-label="Guide pages/g)).toHaveLength(1);
  });

  it('shows the 404 page for an unknown URL', async () => {
    const { page, consoleErrors } = await openPage(chromium.browser);
    const response = await page.goto(`${baseUrl}/docs/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.waitForLoadState('networkidle');
    // The browser itself logs the 404 status of the document; nothing else may error.
    expect(consoleErrors.filter((text) => !text.includes('404'))).toEqual([]);
  });
});
