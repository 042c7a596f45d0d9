// Asks for the second factor again when the control plane answers 403 `reauth_required`, then lets the
// refused request be sent again.
import { useEffect, useRef, useState } from 'react';
import { setReauthHandler } from '../api.js';
import { SecondFactorForm } from './SecondFactorForm.js';

export function ReauthDialog({ methods }: { methods: readonly string[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<((ok: boolean) => void) | null>(null);

  useEffect(() => {
    setReauthHandler(
      () =>
        new Promise<boolean>((resolve) => {
          setPending(() => resolve);
        }),
    );
    return () => setReauthHandler(null);
  }, []);

  useEffect(() => {
    if (pending) dialog.current?.showModal();
    else dialog.current?.close();
  }, [pending]);

  const finish = (ok: boolean) => {
    pending?.(ok);
    setPending(null);
  };

  return (
    <dialog ref={dialog} aria-labelledby="reauth-title" onCancel={() => finish(false)}>
      <h2 id="reauth-title">Confirm it is you</h2>
      <p>This change needs your second factor again.</p>
      {pending && <SecondFactorForm methods={methods} onVerified={() => finish(true)} />}
      <button type="button" onClick={() => finish(false)}>
        Cancel
      </button>
    </dialog>
  );
}
