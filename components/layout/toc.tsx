import type { TOCItemType } from 'fumadocs-core/toc';
import { textOf } from '@/lib/react-text';
import { TocSpy } from './toc-spy';

/** "On this page", rendered on the server; a tiny script marks the section in view. */
export function Toc({ items }: { items: TOCItemType[] }) {
  if (items.length === 0) return null;
  return (
    <TocSpy>
      <p className="toc-title">On this page</p>
      <ul>
        {items.map((item) => (
          <li key={item.url} data-depth={item.depth}>
            <a href={item.url}>{textOf(item.title)}</a>
          </li>
        ))}
      </ul>
    </TocSpy>
  );
}
