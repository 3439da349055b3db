import { NUMBER_FIELDS, type NumberKey } from '@/lib/cost/inputs';

interface NumberFieldProps {
  name: NumberKey;
  value: string;
  /** The message for a value that does not pass its check; shown next to the field and read with it. */
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
    <div className="cost-field" data-field={spec.key}>
      <label htmlFor={id}>{spec.label}</label>
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
        aria-describedby={error ? `${id}-error ${id}-help` : `${id}-help`}
        onChange={(event) => onChange(name, event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="cost-error" data-error={spec.key}>
          {error}
        </p>
      ) : null}
      <p id={`${id}-help`} className="cost-help">
        {spec.help}
      </p>
    </div>
  );
}
