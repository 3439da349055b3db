import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (injected with evaluate, so the page's CSP does not block it), on the whole
 * document or on the part a CSS selector names.
 */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, context }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document | string,
              options: object,
            ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
    },
    { tags: WCAG_TAGS, context: selector },
  );
}

/** Heading outline problems: not exactly one h1, or a level skipped on the way down. */
export async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter(
      (heading) => !heading.closest('[hidden], dialog'),
    );
    const problems: string[] = [];
    const ones = headings.filter((heading) => heading.tagName === 'H1').length;
    if (ones !== 1) problems.push(`${ones} h1 elements`);
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.tagName[1]);
      if (previous && level > previous + 1) problems.push(`h${previous} → h${level} at "${heading.textContent?.slice(0, 40)}"`);
      previous = level;
    }
    return problems;
  });
}

/** Pages listed in the export's sitemap, as paths. */
export function sitemapPaths(outDir: string): string[] {
  const xml = readFileSync(`${outDir}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}
