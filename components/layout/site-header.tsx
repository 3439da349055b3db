import Link from 'next/link';
import { siteName } from '@/lib/site';
import { navSections } from '@/lib/source';
import { SidebarNav } from './sidebar-nav';
import { SearchButton } from './search-button';
import { ThemeToggle } from './theme-toggle';

const HEADER_LINKS = [
  { url: '/docs/', title: 'Guide' },
  { url: '/docs/exam-tips/', title: 'Exam tips' },
] as const;

/** The sticky top bar: site name, main links, search, theme, and the mobile menu (a <details>, so it works without JavaScript). */
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
        </div>
        {/* Keyed by page so the menu closes after client-side navigation. */}
        <details className="mobile-menu" key={currentUrl ?? 'none'}>
          <summary aria-label="Menu">
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M4 6h16M4 12h16M4 18h16" />
            </svg>
          </summary>
          <div className="mobile-menu-panel">
            <SidebarNav sections={navSections()} currentUrl={currentUrl} label="Guide pages (menu)" />
          </div>
        </details>
      </div>
    </header>
  );
}
