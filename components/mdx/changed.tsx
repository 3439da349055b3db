import type { ReactNode } from 'react';

interface ChangedProps {
  /** When the fact changed, as readers say it: "January 2024". */
  since: string;
  children: ReactNode;
}

/** Marks a fact that changed recently, so readers with older material notice it at once. */
export function Changed({ since, children }: ChangedProps) {
  return (
    <span className="changed" data-slot="changed">
      <span className="changed-badge">Changed {since}:</span> {children}
    </span>
  );
}
