'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import { loadSearchEngine, type SearchEngine, type SearchHit, type SearchResult } from '@/lib/search/client';
import { highlightParts } from '@/lib/search/highlight';
import { basePath } from '@/lib/site';

export interface SearchDialogProps {
  onClose: () => void;
}

type Status = 'loading' | 'ready' | 'error';

/**
 * Results painted together, once their sections have loaded: about what the dialog shows before the
 * reader scrolls. The next batch loads when the last result shown scrolls into view, so a search
 * downloads only the sections a reader sees.
 */
const BATCH = 6;

interface Shown {
  query: string;
  hits: SearchHit[];
  /** Results of the first hits, in order; the rest are not loaded yet. */
  results: SearchResult[];
}

const NOTHING_SHOWN: Shown = { query: '', hits: [], results: [] };

/**
 * Modal search over the static index. A native <dialog> opened with showModal() traps focus
 * and closes on Esc; arrows move through results, Enter opens one.
 */
export function SearchDialog({ onClose }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>('loading');
  const [shown, setShown] = useState<Shown>(NOTHING_SHOWN);
  const [failed, setFailed] = useState(false);
  const engine = useRef<SearchEngine | null>(null);
  const typedAt = useRef(0);

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

  // Each keystroke ranks at once over the shards already loaded (fetching the few it lacks); the
  // previous results stay until the new ones are ready, so the list never flashes empty.
  useEffect(() => {
    const current = engine.current;
    if (status !== 'ready' || !current) return;
    let cancelled = false;
    current
      .search(query)
      .then(async (hits) => {
        const results = await Promise.all(hits.slice(0, BATCH).map((hit) => current.result(hit)));
        if (cancelled) return;
        setFailed(false);
        setShown({ query, hits, results });
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [query, status]);

  // The next batch loads once the last result shown scrolls into the list's view.
  useEffect(() => {
    const root = list.current;
    const last = root?.lastElementChild;
    const current = engine.current;
    if (!root || !last || !current || shown.results.length >= shown.hits.length) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        const next = shown.hits.slice(shown.results.length, shown.results.length + BATCH);
        Promise.all(next.map((hit) => current.result(hit)))
          .then((more) => setShown((now) => (now === shown ? { ...now, results: [...now.results, ...more] } : now)))
          .catch(() => setFailed(true));
      },
      { root },
    );
    observer.observe(last);
    return () => observer.disconnect();
  }, [shown]);

  // Time from keystroke to painted results, exposed for the search benchmark and tests.
  useEffect(() => {
    if (status === 'ready' && list.current && shown !== NOTHING_SHOWN) {
      list.current.dataset.renderMs = typedAt.current ? (performance.now() - typedAt.current).toFixed(1) : '0';
      list.current.dataset.query = shown.query;
    }
  }, [shown, status]);

  useEffect(() => {
    list.current?.children.item(active)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function go(result: SearchResult | undefined) {
    if (!result) return;
    onClose();
    router.push(result.url);
  }

  const { hits, results } = shown;

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

  const trimmed = shown.query.trim();
  let message = '';
  if (status === 'loading') message = 'Loading the search index…';
  else if (status === 'error' || failed) message = 'Search could not load. Check your connection and try again.';
  else if (trimmed && hits.length === 0) message = `No results for “${trimmed.slice(0, 80)}”`;
  else if (trimmed) message = `${hits.length} result${hits.length === 1 ? '' : 's'}`;

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
