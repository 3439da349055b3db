import Link from 'next/link';
import type { NavSection } from '@/lib/source';

interface SidebarNavProps {
  sections: NavSection[];
  currentUrl?: string;
  label: string;
}

/** The guide's page list, rendered on the server with the current page marked. */
export function SidebarNav({ sections, currentUrl, label }: SidebarNavProps) {
  return (
    <nav aria-label={label} className="sidebar-nav">
      {sections.map((section) => (
        <div key={section.title ?? 'start'} className="sidebar-section">
          {section.title ? <p className="sidebar-section-title">{section.title}</p> : null}
          <ul>
            {section.links.map((link) => (
              <li key={link.url}>
                <Link href={link.url} prefetch={false} aria-current={link.url === currentUrl ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
