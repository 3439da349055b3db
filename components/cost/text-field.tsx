import { TEXT_FIELDS, type TextKey } from '@/lib/cost/inputs';

interface TextFieldProps {
  name: TextKey;
  value: string;
  error?: string;
  onChange: (name: TextKey, value: string) => void;
}

/** A labelled free-text note (instance type, Region) that travels with a shared comparison. */
export function TextField({ name, value, error, onChange }: TextFieldProps) {
  const spec = TEXT_FIELDS[name];
  const id = `cost-${spec.key}`;
  return (
    <div className="cost-field" data-field={spec.key}>
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        name={spec.key}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={spec.maxLength * 2}
        value={value}
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
