import { ExternalLink } from './mdx/link';

/** The page's sources from frontmatter, at the foot of every docs page. */
export function PageSources({ sources }: { sources: readonly string[] }) {
  return (
    <section className="page-sources" aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <ol>
        {sources.map((url) => (
          <li key={url}>
            <ExternalLink href={url}>{url.replace(/^https:\/\//, '')}</ExternalLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
