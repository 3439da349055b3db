import { navSections } from '@/lib/source';
import { SidebarNav } from './sidebar-nav';

const SITE_MENU_ID = 'site-menu';

/**
 * The guide's page list, once per page. Beside a docs page on a wide screen it is the sidebar column; on a phone it is a
 * popover under the header that the Menu button opens, which the browser runs without any script (light dismiss and
 * Escape included).
 */
export function SiteMenu({ currentUrl }: { currentUrl?: string }) {
  // Keyed by page, so the popover is closed again after a client-side navigation.
  return (
    <div id={SITE_MENU_ID} popover="auto" className="site-menu" key={currentUrl ?? 'none'}>
      <SidebarNav sections={navSections()} currentUrl={currentUrl} label="Guide pages" />
    </div>
  );
}

/** The header's Menu button, shown on phones only. */
export function SiteMenuButton() {
  return (
    <button type="button" className="icon-button menu-button" popoverTarget={SITE_MENU_ID} aria-label="Menu">
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M4 6h16M4 12h16M4 18h16" />
      </svg>
    </button>
  );
}
