import type { ReactNode } from 'react';

interface NoteProps {
  /** "info" for background, "warn" for a caution that is not an exam point. */
  type?: 'info' | 'warn';
  title?: string;
  children: ReactNode;
}

/** An ordinary note, deliberately plainer than the exam callouts. */
export function Note({ type = 'info', title, children }: NoteProps) {
  return (
    <aside className={`note note-${type}`} role="note" aria-label={title ?? (type === 'warn' ? 'Caution' : 'Note')} data-slot="note">
      {title ? <p className="note-title">{title}</p> : null}
      {children}
    </aside>
  );
}
