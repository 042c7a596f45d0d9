// Labelled inputs: a text or password input with its label (and hint), alone or boxed in an inline form.
import { type InputHTMLAttributes, type ReactNode, useId } from 'react';

/** In an inline form each field sits in a box; a `grow` box takes the spare width. */
export interface Boxing {
  inline?: boolean;
  grow?: boolean;
}

export function Box({ inline, grow, children }: Boxing & { children: ReactNode }) {
  return inline || grow ? <div className={grow ? 'grow' : undefined}>{children}</div> : children;
}

export type InputFieldProps = Boxing & {
  label: string;
  value: string;
  onValue(value: string): void;
  /** A line under the input that describes it. */
  hint?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

export function InputField({ label, value, onValue, hint, inline, grow, ...input }: InputFieldProps) {
  const id = useId();
  return (
    <Box inline={inline} grow={grow}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </Box>
  );
}

/** What a password field is for, which tells a password manager to fill it in or to offer a new one. */
const PASSWORD_PURPOSES = {
  current: { name: 'password', autoComplete: 'current-password' },
  new: { name: 'new-password', autoComplete: 'new-password' },
  repeat: { name: 'repeat-password', autoComplete: 'new-password' },
};

/** A required password input. */
export function PasswordField({
  purpose,
  ...field
}: { purpose: keyof typeof PASSWORD_PURPOSES } & Omit<InputFieldProps, 'type' | 'name' | 'autoComplete'>) {
  return <InputField type="password" {...PASSWORD_PURPOSES[purpose]} required {...field} />;
}
