import { asMarkdown } from 'fumadocs-core/server';
import { formatLongDate } from '@/lib/dates';
import { titleSentence, type PageSource } from '@/lib/citations/citations';
import { blocks } from '@/lib/markdown';
import { ExternalLink } from '@/components/ui/external-link';

/**
 * The page's sources at its foot, numbered as the text cites them, each with the date it was checked.
 * In Markdown they are the footnotes the citations point to.
 */
export function PageSources({ sources, order }: { sources: readonly PageSource[]; order: readonly string[] }) {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const numbered = [...sources].sort((a, b) => rank(a.id) - rank(b.id));
  if (asMarkdown()) {
    return blocks(
      '## Sources',
      ...numbered.map(
        (source, index) => `[^${index + 1}]: ${titleSentence(source.title)} <${source.url}>. Checked ${formatLongDate(source.checked)}.`,
      ),
    );
  }
  return (
    <section className="page-sources" aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <ol>
        {numbered.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <cite>{titleSentence(source.title)}</cite>{' '}
            <ExternalLink href={source.url}>{source.url.replace(/^https:\/\//, '')}</ExternalLink>. Checked{' '}
            <time dateTime={source.checked}>{formatLongDate(source.checked)}</time>.
          </li>
        ))}
      </ol>
    </section>
  );
}
