import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Link } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** A page as the loader sees it: where it lives, its URL, its source and every id it exposes. */
export interface LinkTargetPage {
  file: string;
  url: string;
  content: string;
  anchors: ReadonlySet<string>;
}

export interface LinkError {
  file: string;
  line: number;
  target: string;
  reason: string;
}

/** JSX props that hold links (component props count as links too). */
const LINK_PROPS = new Set(['href', 'to', 'link', 'url']);

function linksOf(content: string): { href: string; line: number }[] {
  const tree = remark().use(remarkMdx).use(remarkGfm).parse(content.replace(/^---\n[\s\S]*?\n---\n/, (front) => '\n'.repeat(front.split('\n').length - 1)));
  const found: { href: string; line: number }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') {
      found.push({ href: (node as Link).url, line: node.position?.start.line ?? 0 });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
        if (attr.type === 'mdxJsxAttribute' && LINK_PROPS.has(attr.name) && typeof attr.value === 'string') {
          found.push({ href: attr.value, line: node.position?.start.line ?? 0 });
        }
      }
    }
  });
  return found;
}

/**
 * Checks one internal link against the known pages. Returns a reason when it does not resolve.
 * `knownUrls` maps every page URL (canonical, trailing slash) to its anchors; `extraUrls` are
 * non-content routes that exist (home, generated files).
 */
export function checkHref(
  href: string,
  from: { url: string; anchors: ReadonlySet<string> },
  knownUrls: ReadonlyMap<string, ReadonlySet<string>>,
  extraUrls: ReadonlySet<string> = new Set(),
): string | null {
  if (/^(https?:|mailto:)/.test(href)) return null;
  const [path, fragment] = href.split('#', 2) as [string, string | undefined];
  if (path === '') {
    return fragment && from.anchors.has(fragment) ? null : `no element with id "${fragment ?? ''}" on this page`;
  }
  if (!path.startsWith('/')) return 'relative links are not allowed; use an absolute /docs/…/ URL';
  if (extraUrls.has(path) && !fragment) return null;
  const anchors = knownUrls.get(path);
  if (!anchors) {
    const withSlash = knownUrls.has(`${path}/`);
    return withSlash ? `missing trailing slash (the site's URL style is ${path}/)` : `no page at ${path}`;
  }
  if (fragment !== undefined && !anchors.has(fragment)) return `${path} has no element with id "${fragment}"`;
  return null;
}

/** Every internal link in every page's MDX (Markdown links and link props of components). */
export function validateLinks(
  pages: readonly LinkTargetPage[],
  extraUrls: ReadonlySet<string> = new Set(),
): LinkError[] {
  const knownUrls = new Map(pages.map((page) => [page.url, page.anchors]));
  const errors: LinkError[] = [];
  for (const page of pages) {
    for (const { href, line } of linksOf(page.content)) {
      const reason = checkHref(href, page, knownUrls, extraUrls);
      if (reason) errors.push({ file: page.file, line, target: href, reason });
    }
  }
  return errors;
}

export function formatLinkErrors(errors: readonly LinkError[]): string {
  return errors.map((error) => `${error.file}:${error.line}: broken link ${error.target} (${error.reason})`).join('\n');
}
