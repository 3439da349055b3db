import type { ReactNode } from 'react';
import { asMarkdown, md } from 'fumadocs-core/server';

/** Text that no source confirms; shown, but flagged, never stated as fact. */
export function Unconfirmed({ children }: { children: ReactNode }) {
  if (asMarkdown()) return md`${children}`.then((text) => `${text.trim()} (unconfirmed)`);
  return (
    <span className="unconfirmed" data-slot="unconfirmed">
      {children} <span className="unconfirmed-badge">(unconfirmed)</span>
    </span>
  );
}
