import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { parseTimeline, renderRss } from '@/lib/feed';

const TIMELINE = `---
title: What changed
---

Intro paragraph, not an entry.

<ComparisonTable id="t" caption="c">

| a | b |
| - | - |
| x | <Changed since="May 2021">y</Changed> |

</ComparisonTable>

## 2026 [#year-2026]

### September 2026: App Mesh end of support [#2026-09-app-mesh-end-of-support]

AWS App Mesh reached end of support; use [Service Connect](/docs/integrations/) & \`VPC Lattice\`.

- **Older notes say:** App Mesh.

## 2021 [#year-2021]

### May 2021: ECS Anywhere [#2021-05-ecs-anywhere]

ECS Anywhere became generally available on servers.

## Changes without a confirmed date [#undated-changes]

### Not an entry

Text.
`;

describe('the "What changed" feed', () => {
  it('reads every dated entry with its anchor, month and first paragraph', () => {
    expect(parseTimeline(TIMELINE)).toEqual([
      {
        id: '2026-09-app-mesh-end-of-support',
        title: 'September 2026: App Mesh end of support',
        date: '2026-09-01',
        summary: 'AWS App Mesh reached end of support; use Service Connect & VPC Lattice.',
      },
      {
        id: '2021-05-ecs-anywhere',
        title: 'May 2021: ECS Anywhere',
        date: '2021-05-01',
        summary: 'ECS Anywhere became generally available on servers.',
      },
    ]);
  });

  it('refuses an entry heading that does not follow "Month YYYY: title [#id]"', () => {
    expect(() => parseTimeline(TIMELINE.replace('### May 2021:', '### Spring 2021:'))).toThrow(/must read "Month YYYY: title \[#id\]"/);
    expect(() => parseTimeline(TIMELINE.replace('### May 2021:', '### May 2020:'))).toThrow(/under the year 2021/);
  });

  it('writes well-formed RSS 2.0 with one item per entry', () => {
    const entries = parseTimeline(TIMELINE);
    const xml = renderRss({
      title: 'Guide: what changed',
      description: 'Changes <newest first> & more',
      pageUrl: 'https://guide.example/docs/what-changed/',
      feedUrl: 'https://guide.example/feed.xml',
      updated: '2026-11-26',
      entries,
    });
    const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.tagName).toBe('rss');
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(doc.querySelector('channel > description')?.textContent).toBe('Changes <newest first> & more');
    expect(doc.querySelector('channel > lastBuildDate')?.textContent).toBe('Thu, 26 Nov 2026 00:00:00 GMT');
    const items = [...doc.querySelectorAll('item')];
    expect(items.map((item) => item.querySelector('link')?.textContent)).toEqual([
      'https://guide.example/docs/what-changed/#2026-09-app-mesh-end-of-support',
      'https://guide.example/docs/what-changed/#2021-05-ecs-anywhere',
    ]);
    expect(items[0].querySelector('pubDate')?.textContent).toBe('Tue, 01 Sep 2026 00:00:00 GMT');
    expect(items[0].querySelector('description')?.textContent).toContain('Service Connect & VPC Lattice');
  });
});

/** One year with the given entry section, for the rules about a single entry. */
const yearWith = (body: string) => `## 2021 [#year-2021]\n\n${body}\n`;
const ENTRY = '### May 2021: ECS Anywhere [#2021-05-ecs-anywhere]';

describe('timeline entries', () => {
  it('need a summary paragraph before the next entry, the next year or the end of the page, and name the entry that lacks one', () => {
    const missing = /Timeline entry "May 2021: ECS Anywhere" has no summary paragraph/;
    expect(() => parseTimeline(yearWith(`${ENTRY}\n\n### June 2021: Next [#2021-06-next]\n\nText.`))).toThrow(missing);
    expect(() => parseTimeline(yearWith(`${ENTRY}\n\n## 2020 [#year-2020]\n\nA paragraph about the year.`))).toThrow(missing);
    expect(() => parseTimeline(yearWith(ENTRY))).toThrow(missing);
  });

  it('take the first paragraph under the heading as summary, past lists and deeper headings', () => {
    const [entry] = parseTimeline(
      yearWith(`${ENTRY}\n\n#### Details\n\n- a list item\n\nThe   summary\nover two lines.\n\nA second paragraph.`),
    );
    expect(entry.summary).toBe('The summary over two lines.');
  });

  it('drop citation markers from a summary, which a feed reader could not number', () => {
    const [entry] = parseTimeline(
      yearWith(`${ENTRY}\n\nGenerally available on servers [@ga-post; @docs]. Current facts: [ECS Anywhere](/docs/x/).`),
    );
    expect(entry.summary).toBe('Generally available on servers. Current facts: ECS Anywhere.');
  });

  it('read year and entry headings, and summaries, that begin or end in whitespace', () => {
    const entries = parseTimeline(`## 2021 [#year-2021]&#32;\n\n${ENTRY}&#32;\n\n&#32;Summary.&#32;\n`);
    expect(entries.map((entry) => [entry.id, entry.summary])).toEqual([['2021-05-ecs-anywhere', 'Summary.']]);
  });
});

describe('the RSS document', () => {
  const entry = { id: 'quotes', title: `"Quoted" & 'apostrophe' <tag>`, date: '2026-09-01', summary: 'Summary.' };
  const render = () => {
    const xml = renderRss({
      title: `Guide's "changes"`,
      description: 'Changes',
      pageUrl: 'https://guide.example/docs/what-changed/?a=1&b=2',
      feedUrl: 'https://guide.example/feed.xml?"x"',
      updated: '2026-11-26',
      entries: [entry],
    });
    return { xml, doc: new new Window().DOMParser().parseFromString(xml, 'application/xml') };
  };

  it('declares itself as UTF-8 XML and ends with a newline', () => {
    const { xml } = render();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss ')).toBe(true);
    expect(xml.endsWith('</rss>\n')).toBe(true);
  });

  it('names the channel, its page, its language and its own address', () => {
    const { doc } = render();
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('channel > title')?.textContent).toBe(`Guide's "changes"`);
    expect(doc.querySelector('channel > link')?.textContent).toBe('https://guide.example/docs/what-changed/?a=1&b=2');
    expect(doc.querySelector('channel > language')?.textContent).toBe('en');
    const self = [...doc.querySelector('channel')!.children].find((child) => child.tagName === 'atom:link');
    expect(self?.getAttribute('href')).toBe('https://guide.example/feed.xml?"x"');
    expect(self?.getAttribute('rel')).toBe('self');
  });

  it('gives each item its title, escaped quotes and all, and its link as a permanent guid', () => {
    const { xml, doc } = render();
    const item = doc.querySelector('item')!;
    expect(item.querySelector('title')?.textContent).toBe(entry.title);
    expect(item.querySelector('guid')?.textContent).toBe('https://guide.example/docs/what-changed/?a=1&b=2#quotes');
    expect(item.querySelector('guid')?.getAttribute('isPermaLink')).toBe('true');
    expect(xml).toContain('&quot;Quoted&quot; &amp; &apos;apostrophe&apos; &lt;tag&gt;');
  });

  it('puts every element on its own line, so the published file reads and diffs line by line', () => {
    const { xml } = render();
    const lines = xml.split('\n');
    expect(lines).toContain('    <item>');
    expect(lines).toContain('    </item>');
    expect(lines.filter((line) => line.trim().startsWith('<title>'))).toHaveLength(2);
  });
});
