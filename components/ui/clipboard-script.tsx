'use client';
import { useEffect } from 'react';

const STATUS_ID = 'clipboard-status';

function announce(text: string) {
  const status = document.getElementById(STATUS_ID);
  if (status) status.textContent = text;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function flash(element: HTMLElement) {
  element.dataset.copied = 'true';
  window.setTimeout(() => delete element.dataset.copied, 1500);
}

/**
 * One delegated listener for the whole page: anchor links (data-copy-link) copy their full URL,
 * code-block buttons (data-copy-code) copy their code. Results are announced to screen readers.
 */
export function ClipboardScript() {
  useEffect(() => {
    async function onClick(event: MouseEvent) {
      if (!(event.target instanceof Element) || event.button !== 0) return;
      const link = event.target.closest<HTMLAnchorElement>('a[data-copy-link]');
      if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
        event.preventDefault();
        const url = new URL(link.href, window.location.href);
        history.replaceState(history.state, '', url.href);
        document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        announce((await copy(url.href)) ? 'Link copied to clipboard' : 'The link is in the address bar');
        flash(link);
        return;
      }
      const button = event.target.closest<HTMLButtonElement>('button[data-copy-code]');
      const code = button?.parentElement?.querySelector('pre')?.textContent;
      if (button && code != null) {
        announce((await copy(code)) ? 'Code copied to clipboard' : 'Could not copy the code');
        flash(button);
      }
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return <div id={STATUS_ID} role="status" aria-live="polite" className="sr-only" />;
}
