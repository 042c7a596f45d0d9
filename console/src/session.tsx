// Who is signed in: loads /api/v1/auth/session, keeps the CSRF token for the API client, and signs out.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiFailure, api, setCsrfToken, setSignedOutHandler } from './api.js';
import type { SessionInfo } from './types.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'unreachable'; message: string }
  | { status: 'signed-in'; session: SessionInfo };

interface SessionApi {
  state: SessionState;
  /** Reloads the session; resolves to it, or null when signed out. */
  refresh(): Promise<SessionInfo | null>;
  signOut(everywhere?: boolean): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const session = await api.get<SessionInfo>('/api/v1/auth/session', { quiet401: true });
      setCsrfToken(session.csrfToken);
      setState({ status: 'signed-in', session });
      return session;
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) {
        setCsrfToken(null);
        setState({ status: 'signed-out' });
        return null;
      }
      setState({ status: 'unreachable', message: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }, []);

  const signOut = useCallback(async (everywhere = false) => {
    try {
      await api.post(everywhere ? '/api/v1/auth/logout-everywhere' : '/api/v1/auth/logout', undefined, {
        quiet401: true,
      });
    } finally {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    setSignedOutHandler(() => {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
    });
    void refresh();
    return () => setSignedOutHandler(null);
  }, [refresh]);

  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** The signed-in session; only for pages behind RequireSession. */
export function useSignedIn(): SessionInfo {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('no session');
  return state.session;
}
