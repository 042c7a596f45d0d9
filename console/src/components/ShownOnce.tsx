// A secret shown once (a new token, a setup link): what to do with it, and a button to put it away.
import type { ReactNode } from 'react';

export function ShownOnce({
  label,
  onDone,
  children,
}: {
  label: string;
  onDone(): void;
  children: ReactNode;
}) {
  return (
    <section className="card notice" aria-label={label}>
      <p>{children}</p>
      <button type="button" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
