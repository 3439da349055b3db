import { asMarkdown } from 'fumadocs-core/server';

interface CiteProps {
  /** The source's id in the page's frontmatter; its entry in the Sources list has the id `source-<id>`. */
  source: string;
  /** The source's number on this page (order of first citation). */
  number: string;
  title: string;
}

/**
 * A numbered reference beside a claim, linking to the page's Sources list; in Markdown, a footnote reference.
 * Authors write `[@id]`; the build turns it into this component.
 */
export function Cite({ source, number, title }: CiteProps) {
  if (asMarkdown()) return `[^${number}]`;
  return (
    <sup className="cite" data-slot="cite">
      <a href={`#source-${source}`} aria-label={`Source ${number}: ${title}`}>
        [{number}]
      </a>
    </sup>
  );
}
