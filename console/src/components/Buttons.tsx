// The console's action buttons: a form's main submit button, and a button for an irreversible change.
import type { ReactNode } from 'react';

/** Submits its form; off while the form's action runs. */
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="primary" disabled={busy}>
      {children}
    </button>
  );
}

/** Removes or revokes something; `label` names what, for a row of like buttons. */
export function DangerButton({
  label,
  busy,
  onClick,
  children,
}: {
  label: string;
  busy: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="danger" disabled={busy} onClick={onClick} aria-label={label}>
      {children}
    </button>
  );
}
