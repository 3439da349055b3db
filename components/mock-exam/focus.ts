import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes keyboard focus when it first appears, if `enabled`: a screen's heading after the reader
 * moved to that screen, so screen readers announce where they are and Tab carries on from there.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
    // Only on mount: later renders of the same screen keep focus where the reader put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
