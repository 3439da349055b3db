import Link from 'next/link';
import { siteName } from '@/lib/site';
import { SiteMenuButton } from './site-menu';
import { SearchButton } from './search-button';
import { ThemeToggle } from './theme-toggle';

const HEADER_LINKS = [
  { url: '/docs/', title: 'Guide' },
  { url: '/docs/exam-tips/', title: 'Exam tips' },
] as const;

/** The sticky top bar: site name, main links, search, theme, and on phones the button that opens the page list. */
export function SiteHeader({ currentUrl }: { currentUrl?: string }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-title" prefetch={false}>
          <svg aria-hidden="true" width="22" height="22" viewBox="0 0 32 32">
            <rect x="3" y="9" width="12" height="12" rx="2" fill="currentColor" opacity="0.55" />
            <rect x="17" y="9" width="12" height="12" rx="2" fill="currentColor" />
          </svg>
          <span>{siteName}</span>
        </Link>
        <nav aria-label="Main" className="header-links">
          <ul>
            {HEADER_LINKS.map((link) => (
              <li key={link.url}>
                <Link href={link.url} prefetch={false} aria-current={link.url === currentUrl ? 'page' : undefined}>
                  {link.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-actions">
          <SearchButton />
          <ThemeToggle />
          <SiteMenuButton />
        </div>
      </div>
    </header>
  );
}
