'use client';
import { useEffect } from 'react';

/**
 * Rendered only where questions are. Loads the quiz script after the page is interactive, so it is
 * never part of a page's first-load JavaScript; the questions work as plain HTML until then.
 */
export function QuizLoader() {
  useEffect(() => {
    let cleanup: (() => void) | undefined;
    let cancelled = false;
    void import('@/lib/quiz/enhance').then(({ enhanceQuizzes }) => {
      if (!cancelled) cleanup = enhanceQuizzes(document);
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, []);
  return null;
}
