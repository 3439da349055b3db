'use client';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import { loadSearchEngine, type SearchResult } from '@/lib/search/client';
import { highlightParts } from '@/lib/search/highlight';
import { basePath } from '@/lib/site';

export interface SearchDialogProps {
  onClose: () => void;
}

type Status = 'loading' | 'ready' | 'error';

/**
 * Modal search over the static index. A native <dialog> opened with showModal() traps focus
 * and closes on Esc; arrows move through results, Enter opens one.
 */
export function SearchDialog({ onClose }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>('loading');
  const engine = useRef<Awaited<ReturnType<typeof loadSearchEngine>> | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    let cancelled = false;
    loadSearchEngine()
      .then((loaded) => {
        if (cancelled) return;
        engine.current = loaded;
        setStatus('ready');
      })
      .catch(() => !cancelled && setStatus('error'));
    return () => {
      cancelled = true;
    };
  }, []);

  const typedAt = useRef(0);
  const list = useRef<HTMLUListElement>(null);
  // Searching is synchronous and fast (well under 50 ms), so results are derived during render.
  const results = useMemo<SearchResult[]>(
    () => (status === 'ready' && engine.current ? engine.current.search(query) : []),
    [query, status],
  );

  // Time from keystroke to rendered results, exposed for the search benchmark.
  useEffect(() => {
    if (status === 'ready' && list.current) {
      list.current.dataset.renderMs = typedAt.current ? (performance.now() - typedAt.current).toFixed(1) : '0';
      list.current.dataset.query = query;
    }
  }, [results, query, status]);

  function go(result: SearchResult | undefined) {
    if (!result) return;
    onClose();
    router.push(result.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + results.length) % results.length);
    } else if (event.key === 'Escape') {
      // Close at once, even with text typed (a search field would otherwise only clear it).
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(results[active]);
    }
  }

  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const trimmed = query.trim();
  let message = '';
  if (status === 'loading') message = 'Loading the search index…';
  else if (status === 'error') message = 'Search could not load. Check your connection and try again.';
  else if (trimmed && results.length === 0) message = `No results for “${trimmed.slice(0, 80)}”`;
  else if (trimmed) message = `${results.length} result${results.length === 1 ? '' : 's'}`;

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label="Search the guide"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="search-panel">
        <div className="search-input-row">
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" />
          </svg>
          <input
            autoFocus
            type="text"
            role="combobox"
            aria-label="Search terms"
            aria-expanded={results.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={results.length > 0 ? `${listId}-${active}` : undefined}
            placeholder="Search: awsvpc, IRSA, Fargate Spot…"
            value={query}
            maxLength={10_000}
            onChange={(event) => {
              typedAt.current = performance.now();
              setActive(0);
              setQuery(event.target.value);
            }}
            onKeyDown={onKeyDown}
            spellCheck={false}
            autoComplete="off"
          />
          <button type="button" className="search-close" onClick={onClose}>
            Esc
          </button>
        </div>
        <p className="search-status" role="status" aria-live="polite">
          {message}
        </p>
        <ul ref={list} id={listId} role="listbox" aria-label="Search results" className="search-results">
          {results.map((result, index) => (
            <li
              key={result.url}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="search-result"
              onMouseMove={() => setActive(index)}
            >
              <a
                href={`${basePath}${result.url}`}
                tabIndex={-1}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  go(result);
                }}
              >
              <span className="search-result-page">{result.pageTitle}</span>
              {result.heading ? <span className="search-result-heading">{result.heading}</span> : null}
              {result.snippet ? (
                <span className="search-result-snippet">
                  {highlightParts(result.snippet, result.terms).map((part, i) =>
                    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </span>
              ) : null}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
