import type { ReactNode } from 'react';
import { asMarkdown, md } from 'fumadocs-core/server';

interface ChangedProps {
  /** When the fact changed, as readers say it: "January 2024". */
  since: string;
  children: ReactNode;
}

/** Marks a fact that changed recently, so readers with older material notice it at once. */
export function Changed({ since, children }: ChangedProps) {
  const label = `Changed ${since}:`;
  if (asMarkdown()) return md`${children}`.then((text) => `_${label}_ ${text.trim()}`);
  return (
    <span className="changed" data-slot="changed">
      <span className="changed-badge">{label}</span> {children}
    </span>
  );
}
