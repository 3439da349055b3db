import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createElement, Fragment } from 'react';
import { Window } from 'happy-dom';
import { slugify } from '@/lib/slug';
import { formatLongDate } from '@/lib/dates';
import { textOf } from '@/lib/react-text';
import { cn } from '@/lib/cn';
import { hook } from '@/lib/dom-hooks';
import { absoluteUrl, canonicalPath, markdownPath, ogImagePath, siteUrl } from '@/lib/site';
import { socialMetadata } from '@/lib/social-metadata';
import { anchorRedirectScript, redirectsOnPage } from '@/lib/anchor-redirects';
import { THEME_BOOT_SCRIPT, THEME_STORAGE_KEY } from '@/lib/theme';

describe('slugs for derived anchors', () => {
  it('lower-case the text, drop accents, join words with single hyphens and trim them from the ends', () => {
    expect(slugify('  Fargate Spot — Médium (2 vCPU)!  ')).toBe('fargate-spot-medium-2-vcpu');
    expect(slugify('--ECS--')).toBe('ecs');
    expect(slugify('Ünïcödé')).toBe('unicode');
  });
});

describe('review dates', () => {
  it('print an ISO date as day, month name and year, whatever the local time zone', () => {
    expect(formatLongDate('2026-11-26')).toBe('26 November 2026');
    expect(formatLongDate('2026-01-01')).toBe('1 January 2026');
  });
});

describe('text of rendered children', () => {
  it('joins strings and numbers through elements, fragments and arrays, and skips empty values', () => {
    const tree = createElement(
      'p',
      null,
      'Run ',
      2,
      createElement(Fragment, null, [createElement('b', { key: 'b' }, 'tasks'), null, false, true, undefined]),
    );
    expect(textOf(tree)).toBe('Run 2tasks');
    expect(textOf(null)).toBe('');
    expect(textOf(0)).toBe('0');
    expect(textOf(createElement('br'))).toBe('');
  });
});

describe('class names and DOM hooks', () => {
  it('join the given class names and leave out falsy ones', () => {
    expect(cn('a', false, null, undefined, '', 'b')).toBe('a b');
    expect(cn()).toBe('');
  });

  it('spell a data-* hook as a JSX prop, empty unless given a value', () => {
    expect(hook('data-quiz')).toEqual({ 'data-quiz': '' });
    expect(hook('data-step', 3)).toEqual({ 'data-step': 3 });
  });
});

describe('site URLs', () => {
  it('make absolute URLs from the configured site URL', () => {
    expect(absoluteUrl('/docs/')).toBe(`${siteUrl}/docs/`);
  });

  it('add the trailing slash to page paths only, keeping query and fragment', () => {
    expect(canonicalPath('/docs/ecs')).toBe('/docs/ecs/');
    expect(canonicalPath('/docs/ecs#awsvpc')).toBe('/docs/ecs/#awsvpc');
    expect(canonicalPath('/docs/ecs?x=1#y')).toBe('/docs/ecs/?x=1#y');
    expect(canonicalPath('/docs/ecs/')).toBe('/docs/ecs/');
    expect(canonicalPath('/feed.xml')).toBe('/feed.xml');
    expect(canonicalPath('#top')).toBe('#top');
    expect(canonicalPath('')).toBe('');
  });

  it('add the slash to a page whose slug has a dot inside, but not to a file', () => {
    expect(canonicalPath('/docs/node.js-on-ecs')).toBe('/docs/node.js-on-ecs/');
    expect(canonicalPath('/docs/v1.2/page?x=1')).toBe('/docs/v1.2/page/?x=1');
    expect(canonicalPath('/og/home.PNG#x')).toBe('/og/home.PNG#x');
  });

  it('puts the slash before the query or fragment even when they hold a line break', () => {
    expect(canonicalPath('/docs/a?x\ny')).toBe('/docs/a/?x\ny');
    expect(canonicalPath('/docs/a#x\ny')).toBe('/docs/a/#x\ny');
    expect(canonicalPath('/docs/a\nb')).toBe('/docs/a\nb/');
  });

  it('place Markdown and card images by slug, the front page as index', () => {
    expect(markdownPath(['ecs', 'task-networking'])).toBe('/md/ecs/task-networking.md');
    expect(markdownPath([])).toBe('/md/index.md');
    expect(ogImagePath(['pricing'])).toBe('/og/docs/pricing.png');
    expect(ogImagePath([])).toBe('/og/docs/index.png');
    expect(ogImagePath('home')).toBe('/og/home.png');
  });
});

describe('site identity and build settings', () => {
  const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

  // Read through a fresh import: these are evaluated once, when the module loads.
  it('names the site as the README does, and its feed after it', async () => {
    const site = await siteWith({});
    expect(read('README.md').split('\n')[0]).toBe(`# ${site.siteName}`);
    expect(site.feedTitle).toBe(`${site.siteName}: what changed`);
  });

  it('has a description search engines show whole', async () => {
    const { siteDescription: description } = await siteWith({});
    expect(description.length).toBeGreaterThan(50);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it('points the docs and the feed at the routes that serve them', async () => {
    const site = await siteWith({});
    expect(site.docsRoute).toMatch(/^\/[a-z]+$/);
    expect(existsSync(new URL(`../../app${site.docsRoute}`, import.meta.url))).toBe(true);
    expect(site.feedPath).toMatch(/^\/[a-z]+\.xml$/);
    expect(existsSync(new URL(`../../app${site.feedPath}/route.ts`, import.meta.url))).toBe(true);
  });

  async function siteWith(env: { NEXT_PUBLIC_BASE_PATH?: string; NEXT_PUBLIC_SITE_URL?: string }) {
    vi.resetModules();
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', env.NEXT_PUBLIC_BASE_PATH);
    vi.stubEnv('NEXT_PUBLIC_SITE_URL', env.NEXT_PUBLIC_SITE_URL);
    try {
      return await import('@/lib/site');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  }

  it('serves from the domain root of localhost:3000 when the build sets nothing', async () => {
    const site = await siteWith({});
    expect(site.basePath).toBe('');
    expect(site.siteUrl).toBe('http://localhost:3000');
    expect(site.absoluteUrl('/docs/')).toBe('http://localhost:3000/docs/');
  });

  it('drops trailing slashes from the configured site URL and base path', async () => {
    const site = await siteWith({ NEXT_PUBLIC_BASE_PATH: '/guide//', NEXT_PUBLIC_SITE_URL: 'https://guide.example//' });
    expect(site.basePath).toBe('/guide');
    expect(site.siteUrl).toBe('https://guide.example');
    expect(site.absoluteUrl('/docs/')).toBe('https://guide.example/guide/docs/');
  });
});

describe('social metadata', () => {
  const input = { title: 'Pricing', description: 'What ECS and EKS cost.', path: '/docs/pricing/', image: '/og/docs/pricing.png' };

  it('gives an article with its Markdown alternate and review date absolute URLs', () => {
    const meta = socialMetadata({ ...input, markdown: '/md/pricing.md', modified: '2026-11-01' });
    expect(meta.alternates).toEqual({
      canonical: absoluteUrl('/docs/pricing/'),
      types: { 'text/markdown': absoluteUrl('/md/pricing.md') },
    });
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      modifiedTime: '2026-11-01',
      url: absoluteUrl('/docs/pricing/'),
      locale: 'en_GB',
      title: 'Pricing',
    });
    expect(meta.openGraph?.images).toEqual([{ url: absoluteUrl('/og/docs/pricing.png'), width: 1200, height: 630, alt: 'Pricing' }]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'Pricing', description: 'What ECS and EKS cost.' });
  });

  it('gives a website without Markdown when neither is given', () => {
    const meta = socialMetadata(input);
    expect(meta.alternates).toEqual({ canonical: absoluteUrl('/docs/pricing/') });
    expect(meta.openGraph).toMatchObject({ type: 'website' });
    expect(meta.openGraph).not.toHaveProperty('modifiedTime');
  });
});

/** Runs an inline script in a fresh window at `url` with the given ids on the page; returns where it sent the reader. */
function runScript(script: string, url: string, ids: string[] = [], storage: Record<string, string> = {}, dark = false) {
  const window = new Window({ url });
  window.document.body.innerHTML = ids.map((id) => `<h2 id="${id}">x</h2>`).join('');
  for (const [key, value] of Object.entries(storage)) window.localStorage.setItem(key, value);
  let replacedWith: string | null = null;
  Object.defineProperty(window.location, 'replace', { value: (to: string) => (replacedWith = to) });
  window.matchMedia = ((query: string) => ({ matches: dark && query.includes('dark') })) as unknown as typeof window.matchMedia;
  window.eval(script);
  return { window, replacedWith: () => replacedWith };
}

describe('anchor redirects', () => {
  const redirects = [
    { page: '/docs/a/', from: 'old', to: 'new' },
    { page: '/docs/a/', from: 'gone', to: '/docs/b/#there' },
    { page: '/docs/b/', from: 'x', to: 'y' },
  ];

  it("gather one page's redirects as old id → new place", () => {
    expect(redirectsOnPage('/docs/a/', redirects)).toEqual({ old: 'new', gone: '/docs/b/#there' });
    expect(redirectsOnPage('/docs/c/', redirects)).toEqual({});
  });

  it('forward an old id on the page, a moved one under the base path, and leave ids that exist or are unknown', () => {
    const script = anchorRedirectScript('/guide/docs/a/', redirectsOnPage('/docs/a/', redirects), '/guide');
    expect(runScript(script, 'http://site.test/guide/docs/a/#old').replacedWith()).toBe('#new');
    expect(runScript(script, 'http://site.test/guide/docs/a/#gone').replacedWith()).toBe('/guide/docs/b/#there');
    expect(runScript(script, 'http://site.test/guide/docs/a/#old', ['old']).replacedWith()).toBeNull();
    expect(runScript(script, 'http://site.test/guide/docs/a/#toString').replacedWith()).toBeNull();
    expect(runScript(script, 'http://site.test/guide/docs/a/#%E0%A4%A').replacedWith()).toBeNull();
    expect(runScript(script, 'http://site.test/guide/docs/a/').replacedWith()).toBeNull();
    expect(runScript(script, 'http://site.test/guide/docs/other/#old').replacedWith()).toBeNull();
  });

  it('forward a moved id to its page at the domain root when no base path is given', () => {
    const script = anchorRedirectScript('/docs/a/', redirectsOnPage('/docs/a/', redirects));
    expect(runScript(script, 'http://site.test/docs/a/#gone').replacedWith()).toBe('/docs/b/#there');
  });
});

describe('the theme boot script', () => {
  it('uses a saved light or dark theme, else the system preference, and removes anything else saved', () => {
    const dark = runScript(THEME_BOOT_SCRIPT, 'http://site.test/', [], { [THEME_STORAGE_KEY]: 'dark' }).window;
    expect(dark.document.documentElement.classList.contains('dark')).toBe(true);
    expect(dark.document.documentElement.style.colorScheme).toBe('dark');
    const light = runScript(THEME_BOOT_SCRIPT, 'http://site.test/', [], { [THEME_STORAGE_KEY]: 'light' }, true).window;
    expect(light.document.documentElement.classList.contains('dark')).toBe(false);
    const system = runScript(THEME_BOOT_SCRIPT, 'http://site.test/', [], { [THEME_STORAGE_KEY]: 'purple' }, true).window;
    expect(system.document.documentElement.classList.contains('dark')).toBe(true);
    expect(system.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    const none = runScript(THEME_BOOT_SCRIPT, 'http://site.test/', [], {}, false).window;
    expect(none.document.documentElement.style.colorScheme).toBe('light');
  });
});
