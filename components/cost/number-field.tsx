import { NUMBER_FIELDS, type NumberKey } from '@/lib/cost/inputs';
import { FieldShell, describedBy } from './field-shell';

interface NumberFieldProps {
  name: NumberKey;
  value: string;
  error?: string;
  onChange: (name: NumberKey, value: string) => void;
}

/**
 * A labelled number input. Plain text with a numeric keyboard (not type="number"), so whatever the reader
 * types reaches our own check and gets a clear message instead of being silently dropped by the browser.
 */
export function NumberField({ name, value, error, onChange }: NumberFieldProps) {
  const spec = NUMBER_FIELDS[name];
  const id = `cost-${spec.key}`;
  return (
    <FieldShell id={id} fieldKey={spec.key} label={spec.label} help={spec.help} error={error}>
      <input
        id={id}
        name={spec.key}
        type="text"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        required={spec.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error)}
        onChange={(event) => onChange(name, event.target.value)}
      />
    </FieldShell>
  );
}
