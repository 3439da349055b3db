interface CiteProps {
  /** The source's id in the page's frontmatter; its entry in the Sources list has the id `source-<id>`. */
  source: string;
  /** The source's number on this page (order of first citation). */
  number: string;
  title: string;
}

/** A numbered reference beside a claim, linking to the page's Sources list. Written `[@id]` in MDX. */
export function Cite({ source, number, title }: CiteProps) {
  return (
    <sup className="cite" data-slot="cite">
      <a href={`#source-${source}`} aria-label={`Source ${number}: ${title}`}>
        [{number}]
      </a>
    </sup>
  );
}
