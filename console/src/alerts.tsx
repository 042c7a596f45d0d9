// The alert region: every API error and confirmation is shown here and read out by screen readers,
// so nothing fails silently.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { ApiFailure } from './api.js';

interface Alert {
  id: number;
  tone: 'error' | 'info';
  text: string;
}

interface Alerts {
  /** Shows what went wrong; `doing` says what was being attempted ("Removing the decision"). */
  report(error: unknown, doing?: string): void;
  notify(text: string): void;
  clear(): void;
}

const AlertsContext = createContext<Alerts | null>(null);
let nextId = 1;

/** A sentence for a person, with the API's field and code when it gave them. */
export function describeError(error: unknown): string {
  if (error instanceof ApiFailure) {
    const fields = error.details.length
      ? error.details.map((d) => `${d.field} ${d.message}`).join('; ')
      : error.field
        ? `(${error.field})`
        : '';
    const message = fields && !error.message.includes(fields) ? `${error.message} ${fields}` : error.message;
    return error.status ? `${message} [${error.status} ${error.code}]` : message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

export function AlertsProvider({ children }: { children: ReactNode }) {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const dismiss = useCallback((id: number) => setAlerts((all) => all.filter((a) => a.id !== id)), []);
  const value = useMemo<Alerts>(
    () => ({
      report(error, doing) {
        const text = doing ? `${doing} failed: ${describeError(error)}` : describeError(error);
        setAlerts((all) => [...all.slice(-4), { id: nextId++, tone: 'error', text }]);
      },
      notify(text) {
        const id = nextId++;
        setAlerts((all) => [...all.slice(-4), { id, tone: 'info', text }]);
        setTimeout(() => dismiss(id), 6000);
      },
      clear() {
        setAlerts([]);
      },
    }),
    [dismiss],
  );
  const errors = alerts.filter((a) => a.tone === 'error');
  const infos = alerts.filter((a) => a.tone === 'info');
  return (
    <AlertsContext.Provider value={value}>
      <div className="alerts">
        <div role="alert" aria-live="assertive" className="alert-list">
          {errors.map((a) => (
            <p key={a.id} className="alert alert-error">
              <span>{a.text}</span>
              <button type="button" className="link" onClick={() => dismiss(a.id)} aria-label="Dismiss">
                ×
              </button>
            </p>
          ))}
        </div>
        <div role="status" aria-live="polite" className="alert-list">
          {infos.map((a) => (
            <p key={a.id} className="alert alert-info">
              {a.text}
            </p>
          ))}
        </div>
      </div>
      {children}
    </AlertsContext.Provider>
  );
}

export function useAlerts(): Alerts {
  const alerts = useContext(AlertsContext);
  if (!alerts) throw new Error('useAlerts needs an AlertsProvider');
  return alerts;
}
