'use client';
import { useEffect, useState, type ComponentType } from 'react';
import { hook } from '@/lib/dom-hooks';
import { DECISION } from './hooks';

/**
 * Loads the interactive guide only after the page is interactive, so its code is never part of the page's
 * first-load JavaScript. Until then (and without JavaScript) the note below points to the table.
 */
export function DecisionLoader() {
  const [Wizard, setWizard] = useState<ComponentType | null>(null);
  useEffect(() => {
    let cancelled = false;
    import('./decision-wizard')
      .then((module) => {
        if (!cancelled) setWizard(() => module.DecisionWizard);
      })
      .catch(() => {
        // Offline or a stale deployment: the table below still answers every question.
      });
    return () => {
      cancelled = true;
    };
  }, []);
  if (Wizard) return <Wizard />;
  return (
    <p className="tool-fallback" {...hook(DECISION.fallback)}>
      The step-by-step guide appears here when JavaScript runs. The table below holds every rule it applies.
    </p>
  );
}
