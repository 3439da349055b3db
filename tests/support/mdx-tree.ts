import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/**
 * An MDX page parsed as the content collection parses it (GFM and MDX syntax), before any remark plugin ran, so a
 * test can hand the tree to one plugin or tamper with it first.
 */
export function parseMdx(source: string, { path = 'page.mdx', frontmatter }: { path?: string; frontmatter?: unknown } = {}) {
  const file = new VFile({ value: source, path, data: frontmatter === undefined ? {} : { frontmatter } });
  const tree = remark().use(remarkMdx).use(remarkGfm).parse(file);
  return { tree, file };
}

/** Gives the page's headings, in order, the ids a heading plugin would have assigned. */
export function setHeadingIds(tree: Root, ids: readonly string[]) {
  let at = 0;
  visit(tree, 'heading', (heading: Heading) => {
    const id = ids[at++];
    if (id !== undefined) heading.data = { ...heading.data, hProperties: { id } };
  });
}
