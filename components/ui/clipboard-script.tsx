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

const markdownRequests = new Map<string, Promise<string>>();

/** The page's Markdown, fetched once per URL (a failed request is forgotten so a retry can work). */
function fetchMarkdown(url: string): Promise<string> {
  let request = markdownRequests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      return response.text();
    });
    request.catch(() => markdownRequests.delete(url));
    markdownRequests.set(url, request);
  }
  return request;
}

async function copyMarkdown(url: string): Promise<boolean> {
  const markdown = fetchMarkdown(url);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      // Safari only lets a click write to the clipboard while it is handled: give it the pending text now.
      const blob = markdown.then((text) => new Blob([text], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return true;
    } catch {
      // Older engines refuse a promised ClipboardItem; writeText below still works there.
    }
  }
  try {
    return await copy(await markdown);
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
 * code-block buttons (data-copy-code) copy their code, and "Copy as Markdown" (data-copy-markdown)
 * fetches the page's Markdown from the URL it names and copies it. Results are announced to screen readers.
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
      const markdownButton = event.target.closest<HTMLButtonElement>('button[data-copy-markdown]');
      const markdownUrl = markdownButton?.dataset.copyMarkdown;
      if (markdownButton && markdownUrl) {
        if (markdownButton.getAttribute('aria-busy') === 'true') return;
        markdownButton.setAttribute('aria-busy', 'true');
        const copied = await copyMarkdown(markdownUrl);
        markdownButton.removeAttribute('aria-busy');
        announce(copied ? 'Markdown copied to clipboard' : 'Could not copy the Markdown');
        if (copied) flash(markdownButton);
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
