import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, inject, it } from 'vitest';
import { absoluteUrl, siteUrl, basePath } from '@/lib/site';
import { EXTENSIONLESS_FILES } from '../../scripts/url-mapping.mjs';
import { COPY_MARKDOWN } from '@/components/ui/clipboard-hooks';
import { htmlFiles } from '../../scripts/csp-meta.mjs';
import { contentPagePaths, docsUrlOf } from '../support/reading-order';

// Post-build checks on out/: llms.txt and the Markdown files, social cards and meta, the feed.
const OUT = path.resolve(import.meta.dirname, '../../out');
const baseUrl = inject('baseUrl');
const window = new Window();

const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8');

function parseHtml(file: string): Document {
  return new window.DOMParser().parseFromString(read(file), 'text/html') as unknown as Document;
}

/** An absolute URL of this site → its file in out/ (the page's index.html for a page URL). */
function fileOf(url: string): string {
  const prefix = `${siteUrl}${basePath}`;
  expect(url.startsWith(prefix), `${url} is on the configured site URL`).toBe(true);
  const sitePath = decodeURIComponent(new URL(url).pathname.slice(basePath.length));
  return sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}

const sitemapUrls = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
/** Every docs page the export has, from its sitemap (held equal to the content below). */
const docsUrls = sitemapUrls.filter((url) => url.includes('/docs/'));

function pngSize(file: string) {
  const bytes = readFileSync(path.join(OUT, file));
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function meta(doc: Document, key: string): string | null {
  return doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
}

describe('the sitemap in out/', () => {
  it('lists exactly the home page and every page written in content/docs, once each', () => {
    const expected = ['/', ...contentPagePaths().map(docsUrlOf)].map(absoluteUrl).sort();
    expect([...sitemapUrls].sort()).toEqual(expected);
  });
});

describe('llms.txt and Markdown in out/', () => {
  const index = read('llms.txt');

  it('the export has docs pages to check', () => {
    expect(docsUrls.length).toBeGreaterThan(20);
  });

  it.each(docsUrls)('llms.txt lists %s with a Markdown file that exists', (url) => {
    const doc = parseHtml(fileOf(url));
    const markdownUrl = doc.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
    expect(markdownUrl).toBeTruthy();
    const title = doc.querySelector('h1')?.textContent ?? '';
    // llms.txt lists a page by its sidebar label, the short navTitle where the page has one.
    const label = doc.querySelector('nav[aria-label="Guide pages"] a[aria-current="page"]')?.textContent ?? '';
    expect(index).toContain(`- [${label}](${markdownUrl}): `);
    const markdown = read(fileOf(markdownUrl!));
    expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
    // The page's sources, all of them, in the Markdown.
    const sources = [...doc.querySelectorAll('#sources + ol a[href]')].map((link) => link.getAttribute('href'));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(markdown).toContain(`<${source}>`);
    // The "Copy as Markdown" button fetches the same file.
    expect(doc.querySelector(`button[${COPY_MARKDOWN}]`)?.getAttribute(COPY_MARKDOWN)).toBe(`${basePath}${fileOf(markdownUrl!)}`);
  });

  it("a page's Markdown holds its comparison tables, row by row", () => {
    const doc = parseHtml('docs/compute-options/index.html');
    const markdown = read('md/compute-options.md');
    // The caption's own text, without its copy-link control.
    const captions = [...doc.querySelectorAll('figure[data-slot="comparison-table"] figcaption')].map((caption) =>
      caption.firstChild?.textContent?.trim(),
    );
    expect(captions.length).toBe(3);
    for (const caption of captions) expect(markdown).toContain(`**${caption}**\n\n| `);
    const rows = [...doc.querySelectorAll('figure[data-slot="comparison-table"] tbody th[scope="row"]')].map((cell) =>
      cell.textContent?.replace(/#$/, '').trim(),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(markdown).toMatch(new RegExp(`^\\| ${row!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`, 'm'));
    expect(markdown).toContain('> **Exam tip (SAA, SAP):** Serverless **Windows** containers');
  });

  it("every page's Markdown keeps the words of each dated change, citations and all", () => {
    /** The words a reader sees, without emphasis, code marks, link targets or footnote references. */
    const words = (text: string) =>
      text
        .replace(/\[\^\d+]/g, '')
        .replace(/\[([^\]]*)]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    let checked = 0;
    for (const url of docsUrls) {
      const doc = parseHtml(fileOf(url));
      const markdownUrl = doc.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
      const markdown = words(read(fileOf(markdownUrl!)));
      for (const marker of doc.querySelectorAll('article [data-slot="changed"]')) {
        const copy = marker.cloneNode(true) as Element;
        copy.querySelectorAll('.changed-badge, sup.cite').forEach((node) => node.remove());
        const text = words(copy.textContent ?? '');
        expect(markdown, `${url}: "${text}"`).toContain(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('no exported file shows a citation marker as authored: pages, Markdown, llms files, the feed and the search index', () => {
    const marker = /\[@[a-z0-9]+(?:-[a-z0-9]+)*(?:\s*;\s*@[a-z0-9]+(?:-[a-z0-9]+)*)*]/;
    const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|md|txt|xml|json)$/.test(name));
    expect(files.filter((name) => name.startsWith('search-index')).length).toBeGreaterThan(10);
    const leaks = files.filter((name) => marker.test(read(name))).map((name) => `${name}: ${marker.exec(read(name))?.[0]}`);
    expect(leaks).toEqual([]);
  });

  it("llms-full.txt holds every page's Markdown", () => {
    const full = read('llms-full.txt');
    for (const file of readdirSync(path.join(OUT, 'md'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'))) {
      expect(full).toContain(read(path.join('md', file)).trim());
    }
  });

  it('the static server sends Markdown as text/markdown', async () => {
    const response = await fetch(`${baseUrl}/md/ecs/task-networking.md`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
  });
});

describe('social cards and meta in out/', () => {
  const pages = ['/index.html', ...docsUrls.map(fileOf)];

  it.each(pages)('%s has an og:image that exists in out/, a large Twitter card and a canonical URL', (file) => {
    const doc = parseHtml(file);
    const image = meta(doc, 'og:image');
    expect(image).toBeTruthy();
    const imageFile = fileOf(image!);
    expect(existsSync(path.join(OUT, imageFile)), `${imageFile} exists`).toBe(true);
    expect(pngSize(imageFile)).toEqual({ width: 1200, height: 630 });
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'twitter:image')).toBe(image);
    expect(meta(doc, 'og:title')).toBeTruthy();
    expect(meta(doc, 'og:description')).toBeTruthy();
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(absoluteUrl(file.replace(/index\.html$/, '')));
    expect(meta(doc, 'og:url')).toBe(canonical);
  });

  it('every page has its own image: a different picture, not only a different file name', () => {
    const images = pages.map((file) => fileOf(meta(parseHtml(file), 'og:image')!));
    const pictures = images.map((image) =>
      createHash('sha256')
        .update(readFileSync(path.join(OUT, image)))
        .digest('hex'),
    );
    expect(new Set(images).size).toBe(pages.length);
    expect(new Set(pictures).size).toBe(pages.length);
  });
});

describe('the "What changed" feed in out/', () => {
  const xml = read('feed.xml');
  const feed = new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
  const timeline = parseHtml('docs/what-changed/index.html');
  const entryIds = [...timeline.querySelectorAll('h3[id]')].map((heading) => heading.id).filter((id) => /^\d{4}-\d{2}-/.test(id));

  it('is well-formed RSS 2.0', () => {
    expect(feed.querySelector('parsererror')).toBeNull();
    expect(feed.documentElement.tagName).toBe('rss');
    expect(feed.documentElement.getAttribute('version')).toBe('2.0');
    for (const field of ['title', 'link', 'description']) expect(feed.querySelector(`channel > ${field}`)?.textContent).toBeTruthy();
  });

  it('has one item per dated timeline entry, each linking to its anchor, with a date and summary', () => {
    expect(entryIds.length).toBeGreaterThan(10);
    const items = [...feed.querySelectorAll('channel > item')];
    expect(items.map((item) => item.querySelector('link')?.textContent)).toEqual(
      entryIds.map((id) => absoluteUrl(`/docs/what-changed/#${id}`)),
    );
    for (const item of items) {
      expect(item.querySelector('title')?.textContent).toMatch(/^[A-Z][a-z]+ \d{4}: /);
      expect(Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? ''))).toBe(false);
      expect(item.querySelector('description')?.textContent?.length).toBeGreaterThan(20);
    }
  });

  it('is linked from every page', () => {
    const files = htmlFiles([OUT]).map((file) => path.relative(OUT, file));
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', ...docsUrls.map(fileOf).map((file) => file.slice(1))]));
    const unlinked = files.filter(
      (file) =>
        parseHtml(file).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href') !==
        absoluteUrl('/feed.xml'),
    );
    expect(unlinked).toEqual([]);
  });
});

describe('the export and the URL rule', () => {
  it('lists every extensionless file in EXTENSIONLESS_FILES, so the CloudFront Function serves it as a file', () => {
    const extensionless = (readdirSync(OUT, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => !path.basename(file).includes('.') && statSync(path.join(OUT, file)).isFile())
      .map((file) => `/${file.split(path.sep).join('/')}`);
    expect(extensionless.sort()).toEqual([...EXTENSIONLESS_FILES].sort());
  });
});
