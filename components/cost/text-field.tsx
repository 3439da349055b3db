import { TEXT_FIELDS, type TextKey } from '@/lib/cost/inputs';
import { FieldShell, describedBy } from './field-shell';

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
    <FieldShell id={id} fieldKey={spec.key} label={spec.label} help={spec.help} error={error}>
      <input
        id={id}
        name={spec.key}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={spec.maxLength * 2}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error)}
        onChange={(event) => onChange(name, event.target.value)}
      />
    </FieldShell>
  );
}
