import { validateFiles, type ValidateError } from 'next-validate-link';
import type { Nodes } from 'mdast';
import { frontmatter } from 'fumadocs-core/content/md/frontmatter';

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

function hrefsOf(node: Nodes): string[] {
  if (node.type === 'link' || node.type === 'definition') return [node.url];
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
  return node.attributes.flatMap((attr) =>
    attr.type === 'mdxJsxAttribute' && LINK_PROPS.has(attr.name) && typeof attr.value === 'string' ? [attr.value] : [],
  );
}

/** The body without its frontmatter, on the same lines, so errors name the line in the file. */
function body(content: string): string {
  const { matter } = frontmatter(content);
  return '\n'.repeat(matter.split('\n').length - 1) + content.slice(matter.length);
}

function reasonFor(href: string, error: ValidateError, knownUrls: ReadonlySet<string>): string {
  const [path, fragment] = href.split('#', 2);
  if (error.reason instanceof Error) return error.reason.message;
  if (error.reason === 'invalid-fragment')
    return path === '' ? `no element with id "${fragment}" on this page` : `${path} has no element with id "${fragment}"`;
  if (!href.startsWith('/') && !href.startsWith('#')) return 'relative links are not allowed; use an absolute /docs/…/ URL';
  return knownUrls.has(`${path}/`) ? `missing trailing slash (the site's URL style is ${path}/)` : `no page at ${path}`;
}

type KnownUrls = Map<string, { hashes: string[] }>;

function knownUrlsOf(pages: readonly LinkTargetPage[], extraUrls: Iterable<string> = []): KnownUrls {
  const entries: [string, { hashes: string[] }][] = [
    ...pages.map((page) => [page.url, { hashes: [...page.anchors] }] as [string, { hashes: string[] }]),
    ...[...extraUrls].map((url) => [url, { hashes: [] }] as [string, { hashes: string[] }]),
  ];
  return new Map(entries);
}

async function linkErrors(page: LinkTargetPage, urls: KnownUrls): Promise<LinkError[]> {
  // A same-page #fragment is checked against the page itself; the validator would skip it.
  const asWritten = new Map<string, string>();
  const [result] = await validateFiles([{ path: page.file, content: body(page.content), url: page.url }], {
    scanned: { urls, fallbackUrls: [] },
    // Every path is a site URL: a relative one fails, and the reason says so.
    determinatePathname: () => 'url',
    markdown: {
      onNode: (node) => ({
        hrefs: hrefsOf(node).map((href) => {
          const checked = href.startsWith('#') ? `${page.url}${href}` : href;
          asWritten.set(checked, href);
          return checked;
        }),
      }),
    },
  });
  const known = new Set(urls.keys());
  return (result?.errors ?? []).map((error) => {
    const target = asWritten.get(error.url) ?? error.url;
    return { file: page.file, line: error.line, target, reason: reasonFor(target, error, known) };
  });
}

/**
 * Every internal link in every page's MDX (Markdown links and link props of components), checked by
 * next-validate-link against the pages, their anchors and the other URLs the export has.
 */
export async function validateLinks(pages: readonly LinkTargetPage[], extraUrls: Iterable<string> = []): Promise<LinkError[]> {
  const urls = knownUrlsOf(pages, extraUrls);
  const errors = await Promise.all(pages.map((page) => linkErrors(page, urls)));
  return errors.flat().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Links kept in data (questions, trigger phrases, decision rules), each checked like a link in a page. */
export async function validateDataLinks(
  entries: readonly { label: string; href: string }[],
  pages: readonly LinkTargetPage[],
): Promise<string[]> {
  const data: LinkTargetPage = {
    file: 'data.md',
    url: '/data/',
    content: entries.map((entry) => `[link](${entry.href})`).join('\n\n'),
    anchors: new Set(),
  };
  const errors = await linkErrors(data, knownUrlsOf(pages));
  return errors.map((error) => `${entries[(error.line - 1) / 2].label}: ${error.target} (${error.reason})`);
}

export function formatLinkErrors(errors: readonly LinkError[]): string {
  return errors.map((error) => `${error.file}:${error.line}: broken link ${error.target} (${error.reason})`).join('\n');
}
