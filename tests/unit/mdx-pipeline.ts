import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { VFile } from 'vfile';
import { Window } from 'happy-dom';
import { remarkHeading } from 'fumadocs-core/mdx-plugins';
import { remarkFieldGuide } from '@/lib/mdx/remark-field-guide';
import { getMDXComponents } from '@/components/mdx-components';

/** Compiles MDX with the site's remark plugins and renders it with the real component map. */
export async function renderMdx(source: string, path = 'fixture.mdx', frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ value: source, path, data: { frontmatter } });
  const module = await evaluate(file, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkHeading, remarkFieldGuide],
  });
  const html = renderToStaticMarkup(createElement(module.default, { components: getMDXComponents() }));
  return { html, data: file.data };
}

/** A DOM over the rendered HTML (happy-dom), for semantic assertions. */
export function parseHtml(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}
