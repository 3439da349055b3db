import type { ReactNode } from 'react';
import { asMarkdown, md } from 'fumadocs-core/server';

interface NoteProps {
  /** "info" for background, "warn" for a caution that is not an exam point. */
  type?: 'info' | 'warn';
  title?: string;
  children: ReactNode;
}

const LABELS = { info: 'Note', warn: 'Caution' } as const;

/** An ordinary note, deliberately plainer than the exam callouts; in Markdown, a labelled blockquote. */
export function Note({ type = 'info', title, children }: NoteProps) {
  const label = title ?? LABELS[type];
  if (asMarkdown()) return md`${children}`.then((body) => md.linePrefix('> ')`**${label}:** ${body.trim()}`);
  return (
    <aside className={`note note-${type}`} role="note" aria-label={label} data-slot="note">
      {title ? <p className="note-title">{title}</p> : null}
      {children}
    </aside>
  );
}
