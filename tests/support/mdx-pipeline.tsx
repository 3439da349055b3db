import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { VFile } from 'vfile';
import { Window } from 'happy-dom';
import { remarkHeading } from 'fumadocs-core/mdx-plugins';
import { remarkLLMs } from 'fumadocs-core/mdx-plugins/remark-llms';
import { renderToMarkdown } from 'fumadocs-core/server';
import { remarkFieldGuide } from '@/lib/mdx/remark-field-guide';
import { MARKDOWN_FORM, type MarkdownFormProps } from '@/lib/mdx/markdown-form';
import { getMDXComponents } from '@/components/mdx-components';

/** The URL fixture pages pretend to live at; their Markdown resolves site links against it. */
export const FIXTURE_URL = 'https://guide.example/docs/fixture/';

/**
 * Compiles MDX with the site's remark plugins and Fumadocs' Markdown form, as the content collection does,
 * and renders both forms with the real component map.
 */
export async function renderMdx(
  source: string,
  path = 'fixture.mdx',
  frontmatter: Record<string, unknown> = {},
  extra: MDXComponents = {},
) {
  const file = new VFile({ value: source, path, data: { frontmatter } });
  const compiled = await evaluate(file, {
    ...runtime,
    baseUrl: import.meta.url,
    remarkPlugins: [remarkGfm, remarkHeading, remarkFieldGuide, [remarkLLMs, MARKDOWN_FORM]],
  });
  const components = getMDXComponents(extra);
  const html = renderToStaticMarkup(<compiled.default components={components} />);
  const Markdown = compiled._markdown as ComponentType<{ components: MDXComponents } & MarkdownFormProps>;
  const resolveHref = (href: string) => new URL(href, FIXTURE_URL).href;
  const markdown = await renderToMarkdown(<Markdown components={components} resolveHref={resolveHref} />);
  return { html, markdown, data: file.data };
}

/** A DOM over the rendered HTML (happy-dom), for semantic assertions. */
export function parseHtml(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}
