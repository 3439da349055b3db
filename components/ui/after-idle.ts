/**
 * Runs `work` once the browser has a quiet moment (at the latest after `timeoutMs`), so enhancing the page after
 * hydration is a task of its own instead of lengthening the one that hydrates. Returns a cancel function.
 */
export function afterIdle(work: () => void, timeoutMs = 1500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 1);
  return () => window.clearTimeout(id);
}
