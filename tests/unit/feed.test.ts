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
