import type { ReactNode } from 'react';
import { hook } from '@/lib/dom-hooks';
import { COST } from './hooks';

interface ChoiceGroupProps<T extends string> {
  /** Form name and id prefix. */
  name: string;
  legend: string;
  choices: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
  help?: ReactNode;
}

/** A radio group in a fieldset: one legend, one label per choice, arrow keys move between them. */
export function ChoiceGroup<T extends string>({ name, legend, choices, value, onChange, help }: ChoiceGroupProps<T>) {
  const helpId = help ? `cost-${name}-help` : undefined;
  return (
    <fieldset className="cost-choices" {...hook(COST.choice, name)} aria-describedby={helpId}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={`cost-${name}`}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />{' '}
          {choice.label}
        </label>
      ))}
      {help ? (
        <p id={helpId} className="cost-help">
          {help}
        </p>
      ) : null}
    </fieldset>
  );
}
