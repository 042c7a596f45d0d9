// Adding an intel peer (admin): its TAXII API root, collection, the credentials we present (never shown
// back) and trust; optionally an account on our TAXII server for it, whose secret is shown once.
import { type FormEvent, useState } from 'react';
import { api } from '../api.js';
import type { IntelCollection, IntelPeer } from '../types.js';
import { useAction } from '../use-load.js';
import { SubmitButton } from './Buttons.js';
import { InputField } from './Field.js';
import { ShownOnce } from './ShownOnce.js';

const DEFAULT_TRUST = '80';

export function AddPeerForm({ ours, onAdded }: { ours: IntelCollection | undefined; onAdded(): void }) {
  const { busy, run } = useAction();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [collection, setCollection] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [trust, setTrust] = useState(DEFAULT_TRUST);
  const [mayRead, setMayRead] = useState(false);
  const [mayWrite, setMayWrite] = useState(false);
  const [account, setAccount] = useState<{ name: string; secret: string } | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = {
      name: name.trim(),
      url: url.trim(),
      collection: collection.trim(),
      trust: Number(trust),
    };
    if (username.trim()) body.username = username.trim();
    if (password) body.password = password;
    if (ours && (mayRead || mayWrite)) {
      body.read = mayRead ? [ours.id] : [];
      body.write = mayWrite ? [ours.id] : [];
    }
    const added = name.trim();
    const ok = await run(
      `Adding the peer ${added}`,
      async () => {
        const answer = await api.post<{ peer: IntelPeer; account?: { name: string; secret: string } }>(
          '/api/v1/intel/peers',
          body,
        );
        setAccount(answer.account ?? null);
      },
      `Added the peer ${added}.`,
    );
    if (ok) {
      setName('');
      setUrl('');
      setCollection('');
      setUsername('');
      setPassword('');
      setTrust(DEFAULT_TRUST);
      setMayRead(false);
      setMayWrite(false);
      onAdded();
    }
  };

  return (
    <>
      <form onSubmit={add} className="card inline-form" aria-label="Add a peer">
        <InputField label="Name" inline value={name} onValue={setName} maxLength={64} size={12} required />
        <InputField
          label="API root"
          grow
          type="url"
          value={url}
          onValue={setUrl}
          placeholder="https://taxii.example/taxii2/api/"
          maxLength={2048}
          required
        />
        <InputField
          label="Collection"
          grow
          value={collection}
          onValue={setCollection}
          maxLength={128}
          required
        />
        <InputField
          label="User name"
          inline
          value={username}
          onValue={setUsername}
          maxLength={256}
          size={12}
          autoComplete="off"
        />
        <InputField
          label="Password"
          inline
          type="password"
          value={password}
          onValue={setPassword}
          maxLength={1024}
          size={12}
          autoComplete="new-password"
          hint="Stored and presented to the peer; never shown again."
        />
        <InputField
          label="Trust"
          inline
          type="number"
          min={0}
          max={100}
          value={trust}
          onValue={setTrust}
          required
        />
        {ours && (
          <fieldset className="choices">
            <legend>Open an account on our TAXII server for this peer</legend>
            <label>
              <input type="checkbox" checked={mayRead} onChange={(e) => setMayRead(e.target.checked)} /> may
              read {ours.title}
            </label>{' '}
            <label>
              <input type="checkbox" checked={mayWrite} onChange={(e) => setMayWrite(e.target.checked)} /> may
              write to {ours.title}
            </label>
          </fieldset>
        )}
        <SubmitButton busy={busy}>Add peer</SubmitButton>
      </form>
      {account && (
        <ShownOnce label="New TAXII account" onDone={() => setAccount(null)}>
          Hand the peer its account on our TAXII server now; the secret is not shown again:
          <br />
          user name <code>{account.name}</code>, secret <code className="secret">{account.secret}</code>
        </ShownOnce>
      )}
    </>
  );
}
