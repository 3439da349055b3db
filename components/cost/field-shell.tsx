import type { ReactNode } from 'react';
import { hook } from '@/lib/dom-hooks';
import { COST } from './hooks';

interface FieldShellProps {
  id: string;
  fieldKey: string;
  label: string;
  help: string;
  /** The message for a value that does not pass its check; shown next to the field and read with it. */
  error?: string;
  children: ReactNode;
}

/** The ids an input should name in aria-describedby: its error (when there is one), then its help. */
export function describedBy(id: string, error?: string): string {
  return error ? `${id}-error ${id}-help` : `${id}-help`;
}

/** Label, error and help around one calculator input, the same for every field. */
export function FieldShell({ id, fieldKey, label, help, error, children }: FieldShellProps) {
  return (
    <div className="cost-field" {...hook(COST.field, fieldKey)}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="cost-error" {...hook(COST.error, fieldKey)}>
          {error}
        </p>
      ) : null}
      <p id={`${id}-help`} className="cost-help">
        {help}
      </p>
    </div>
  );
}
