// Gate for the signed-in pages: sends people without a finished sign-in to the step they are at.
import { Navigate, Outlet, useLocation } from 'react-router';
import { LiveProvider } from '../live.js';
import { useSession } from '../session.js';

export function RequireSession() {
  const { state, refresh } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <p aria-busy="true">Loading…</p>;
  if (state.status === 'unreachable') {
    return (
      <main className="center">
        <h1>Breakwater console</h1>
        <p role="alert">The control plane cannot be reached: {state.message}</p>
        <button type="button" onClick={() => void refresh()}>
          Try again
        </button>
      </main>
    );
  }
  const next = encodeURIComponent(location.pathname + location.search);
  if (state.status === 'signed-out') return <Navigate to={`/login?next=${next}`} replace />;
  if (state.session.mfa === 'enroll') return <Navigate to="/setup" replace />;
  if (state.session.mfa === 'pending') return <Navigate to={`/login?next=${next}`} replace />;
  return (
    <LiveProvider>
      <Outlet />
    </LiveProvider>
  );
}
