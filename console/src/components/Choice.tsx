// Labelled choices: a select with its label, boxed in an inline form, and the choices of a filter bar,
// where "any" is the empty choice.
import { useId } from 'react';
import { Box, type Boxing } from './Field.js';

export interface SelectFieldProps<T extends string> extends Boxing {
  label: string;
  value: T;
  options: readonly T[];
  onValue(value: NoInfer<T>): void;
  /** The text shown for an option, when not the option itself. */
  optionLabel?(option: T): string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onValue,
  optionLabel = (o) => o,
  inline,
  grow,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <Box inline={inline} grow={grow}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </Box>
  );
}

/** A filter bar's choice: the label wraps the select, whose first option, "any", filters nothing. */
export function FilterSelect({
  label,
  value,
  options,
  onValue,
}: {
  label: string;
  value: string;
  options: readonly string[];
  onValue(value: string): void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onValue(e.target.value)}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}
