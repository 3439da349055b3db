'use client';
import { useEffect, useState, type ComponentType } from 'react';
import { hook } from '@/lib/dom-hooks';
import { COST } from './hooks';

/**
 * Loads the calculator only after the page is interactive, so its code is never part of the page's
 * first-load JavaScript. Until then (and without JavaScript) the note below points to the worked example.
 */
export function CostLoader() {
  const [Form, setForm] = useState<ComponentType | null>(null);
  useEffect(() => {
    let cancelled = false;
    import('./cost-form')
      .then((module) => {
        if (!cancelled) setForm(() => module.CostForm);
      })
      .catch(() => {
        // Offline or a stale deployment: the worked example still shows the arithmetic.
      });
    return () => {
      cancelled = true;
    };
  }, []);
  if (Form) return <Form />;
  return (
    <p className="tool-fallback" {...hook(COST.fallback)}>
      The calculator appears here when JavaScript runs. The worked example below shows the same arithmetic by hand.
    </p>
  );
}
