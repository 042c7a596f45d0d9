// The frame of every signed-in page: banner with the live-stream state and the user, navigation, main.
import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useLive } from '../live.js';
import { useSession, useSignedIn } from '../session.js';
import { roleAtLeast } from '../types.js';
import { PageErrorBoundary } from './PageErrorBoundary.js';
import { ReauthDialog } from './ReauthDialog.js';

const STREAM_LABEL = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' } as const;

export function Layout() {
  const session = useSignedIn();
  const { signOut } = useSession();
  const live = useLive();
  const admin = roleAtLeast(session.user.role, 'admin');
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(true);
  // After following a link, screen readers and keyboards continue at the new page's content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page.
  useEffect(() => {
    if (firstPage.current) firstPage.current = false;
    else main.current?.focus();
  }, [location.pathname]);
  const methods = [
    ...(session.factors.totp ? ['totp'] : []),
    ...(session.factors.passkeys > 0 ? ['passkey'] : []),
  ];

  return (
    <div className="shell">
      <header className="banner">
        <a className="skip" href="#main">
          Skip to content
        </a>
        <span className="brand">Breakwater</span>
        <p className={`stream stream-${live.state}`} role="status" aria-live="polite">
          <span className="dot" aria-hidden="true" /> Live updates: {STREAM_LABEL[live.state]}
        </p>
        <p className="who">
          {session.user.email} <span className="role">{session.user.role}</span>
        </p>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <nav aria-label="Main" className="nav">
        <ul>
          <li>
            <NavLink to="/" end>
              Overview
            </NavLink>
          </li>
          <li>
            <NavLink to="/incidents">Incidents</NavLink>
          </li>
          <li>
            <NavLink to="/decisions">Decisions</NavLink>
          </li>
          <li>
            <NavLink to="/detections">Detections</NavLink>
          </li>
          <li>
            <NavLink to="/intel">Intel</NavLink>
          </li>
          <li>
            <NavLink to="/reports">Reports</NavLink>
          </li>
          <li>
            <NavLink to="/cluster">Cluster</NavLink>
          </li>
          {admin && (
            <>
              <li>
                <NavLink to="/users">Users</NavLink>
              </li>
              <li>
                <NavLink to="/tokens">Tokens</NavLink>
              </li>
              <li>
                <NavLink to="/audit">Audit log</NavLink>
              </li>
            </>
          )}
          <li>
            <NavLink to="/security">Security</NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" tabIndex={-1} ref={main}>
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <ReauthDialog methods={methods} />
    </div>
  );
}
