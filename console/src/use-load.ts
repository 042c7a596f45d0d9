// Loads data for a page: the result, whether it is loading, and a reload; failures go to the alert region.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAlerts } from './alerts.js';

export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  /** The last load failed (its message is in the alert region). */
  failed: boolean;
  reload(): Promise<void>;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], doing: string): Loaded<T> {
  const alerts = useAlerts();
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const latest = useRef(load);
  latest.current = load;
  const generation = useRef(0);

  const key = JSON.stringify(deps);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const result = await latest.current();
      if (mine !== generation.current) return;
      setData(result);
      setFailed(false);
    } catch (error) {
      if (mine !== generation.current) return;
      setFailed(true);
      alerts.report(error, doing);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [alerts, doing]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps (as `key`) decide when to reload.
  useEffect(() => {
    void reload();
  }, [reload, key]);

  return { data, loading, failed, reload };
}

/** Runs an action (a button's click), reporting a failure; resolves true when it succeeded. */
export function useAction() {
  const alerts = useAlerts();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (doing: string, action: () => Promise<unknown>, done?: string): Promise<boolean> => {
      setBusy(true);
      try {
        await action();
        if (done) alerts.notify(done);
        return true;
      } catch (error) {
        alerts.report(error, doing);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [alerts],
  );
  return { busy, run };
}
