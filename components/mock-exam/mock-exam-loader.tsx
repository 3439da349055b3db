'use client';
import { useEffect, useState, type ComponentType } from 'react';
import { hook } from '@/lib/dom-hooks';
import { MOCK_EXAM } from './hooks';

/** Names for the report that only the server knows: topic page titles and section headings, by URL. */
export interface ExamLabels {
  topics: Record<string, string>;
  sections: Record<string, string>;
}

type Status = { kind: 'loading' } | { kind: 'ready'; App: ComponentType<{ labels: ExamLabels }> } | { kind: 'failed' };

/**
 * Loads the exam's code once the page is interactive, so it is never part of any page's first-load JavaScript.
 * Until then a short note holds its place (hidden when scripting is off, where the page's own message shows).
 */
export function MockExamLoader({ labels }: { labels: ExamLabels }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    import('./exam-app')
      .then((module) => {
        if (!cancelled) setStatus({ kind: 'ready', App: module.ExamApp });
      })
      .catch(() => {
        if (!cancelled) setStatus({ kind: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  if (status.kind === 'ready') return <status.App labels={labels} />;
  return (
    <p className="tool-fallback mock-exam-loading" {...hook(MOCK_EXAM.loading)} role={status.kind === 'failed' ? 'alert' : undefined}>
      {status.kind === 'failed'
        ? 'The mock exam could not load. Check your connection and reload the page; the practice pages work meanwhile.'
        : 'Loading the mock exam…'}
    </p>
  );
}
