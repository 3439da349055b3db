'use client';
import { useEffect } from 'react';
import { CLIPBOARD_STATUS_ID, CODE_BLOCK_SLOT, COPIED, COPY_CODE, COPY_LINK, COPY_MARKDOWN } from './clipboard-hooks';

function announce(text: string) {
  const status = document.getElementById(CLIPBOARD_STATUS_ID);
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
  element.setAttribute(COPIED, 'true');
  window.setTimeout(() => element.removeAttribute(COPIED), 1500);
}

async function copyLink(link: HTMLAnchorElement) {
  const url = new URL(link.href, window.location.href);
  // A real fragment navigation that replaces the history entry: the page scrolls, :target and the
  // table of contents follow, and Back does not fill up with anchors.
  window.location.replace(url.href);
  announce((await copy(url.href)) ? 'Link copied to clipboard' : 'The link is in the address bar');
  flash(link);
}

async function copyCode(button: HTMLButtonElement) {
  const code = button.closest(`[data-slot="${CODE_BLOCK_SLOT}"]`)?.querySelector('pre')?.textContent;
  if (code == null) return;
  announce((await copy(code)) ? 'Code copied to clipboard' : 'Could not copy the code');
  flash(button);
}

async function copyPageMarkdown(button: HTMLButtonElement, url: string) {
  if (button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  const copied = await copyMarkdown(url);
  button.removeAttribute('aria-busy');
  announce(copied ? 'Markdown copied to clipboard' : 'Could not copy the Markdown');
  if (copied) flash(button);
}

/**
 * One delegated listener for the page's copy controls: anchor links copy their full URL, code-block buttons
 * their code, and "Copy as Markdown" the page's Markdown. Results are announced to screen readers.
 */
export function ClipboardScript() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (!(event.target instanceof Element) || event.button !== 0) return;
      const link = event.target.closest<HTMLAnchorElement>(`a[${COPY_LINK}]`);
      if (link) {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        void copyLink(link);
        return;
      }
      const markdownButton = event.target.closest<HTMLButtonElement>(`button[${COPY_MARKDOWN}]`);
      const markdownUrl = markdownButton?.getAttribute(COPY_MARKDOWN);
      if (markdownButton && markdownUrl) {
        void copyPageMarkdown(markdownButton, markdownUrl);
        return;
      }
      const codeButton = event.target.closest<HTMLButtonElement>(`button[${COPY_CODE}]`);
      if (codeButton) void copyCode(codeButton);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return <div id={CLIPBOARD_STATUS_ID} role="status" aria-live="polite" className="sr-only" />;
}
