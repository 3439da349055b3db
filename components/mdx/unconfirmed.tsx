import type { ReactNode } from 'react';

/** Text that no source confirms; shown, but flagged, never stated as fact. */
export function Unconfirmed({ children }: { children: ReactNode }) {
  return (
    <span className="unconfirmed" data-slot="unconfirmed">
      {children} <span className="unconfirmed-badge">(unconfirmed)</span>
    </span>
  );
}
