'use client';
import { useEffect } from 'react';

const STATUS_ID = 'copy-link-status';

/** Copies the full URL of a clicked anchor link (data-copy-link) and announces it. One listener for the whole page. */
export function CopyLinkScript() {
  useEffect(() => {
    async function onClick(event: MouseEvent) {
      if (!(event.target instanceof Element)) return;
      const link = event.target.closest<HTMLAnchorElement>('a[data-copy-link]');
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      const url = new URL(link.href, window.location.href).href;
      history.replaceState(history.state, '', url);
      document.getElementById(decodeURIComponent(new URL(url).hash.slice(1)))?.scrollIntoView();
      const status = document.getElementById(STATUS_ID);
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = 'Link copied to clipboard';
      } catch {
        if (status) status.textContent = 'Could not copy; the link is now in the address bar';
      }
      link.dataset.copied = 'true';
      window.setTimeout(() => delete link.dataset.copied, 1500);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return <div id={STATUS_ID} role="status" aria-live="polite" className="sr-only" />;
}
