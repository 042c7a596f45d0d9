// The console's entry: providers, routes, and the pages loaded on demand.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AlertsProvider } from './alerts.js';
import { Layout } from './components/Layout.js';
import { RequireSession } from './components/RequireSession.js';
import { Login } from './pages/Login.js';
import { NotFound } from './pages/NotFound.js';
import { Setup } from './pages/Setup.js';
import { SessionProvider } from './session.js';
import './styles.css';

const Overview = lazy(() => import('./pages/Overview.js'));
const Incidents = lazy(() => import('./pages/Incidents.js'));
const IncidentDetail = lazy(() => import('./pages/IncidentDetail.js'));
const Decisions = lazy(() => import('./pages/Decisions.js'));
const Detections = lazy(() => import('./pages/Detections.js'));
const Intel = lazy(() => import('./pages/Intel.js'));
const Reports = lazy(() => import('./pages/Reports.js'));
const Users = lazy(() => import('./pages/Users.js'));
const Tokens = lazy(() => import('./pages/Tokens.js'));
const Audit = lazy(() => import('./pages/Audit.js'));
const Security = lazy(() => import('./pages/Security.js'));
const Cluster = lazy(() => import('./pages/Cluster.js'));

function App() {
  return (
    <AlertsProvider>
      <SessionProvider>
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          <Routes>
            <Route path="/login" element={<Login />} />
            <Route path="/setup" element={<Setup />} />
            <Route element={<RequireSession />}>
              <Route element={<Layout />}>
                <Route index element={<Overview />} />
                <Route path="incidents" element={<Incidents />} />
                <Route path="incidents/:id" element={<IncidentDetail />} />
                <Route path="decisions" element={<Decisions />} />
                <Route path="detections" element={<Detections />} />
                <Route path="intel" element={<Intel />} />
                <Route path="reports" element={<Reports />} />
                <Route path="cluster" element={<Cluster />} />
                <Route path="users" element={<Users />} />
                <Route path="tokens" element={<Tokens />} />
                <Route path="audit" element={<Audit />} />
                <Route path="security" element={<Security />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Route>
          </Routes>
        </Suspense>
      </SessionProvider>
    </AlertsProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
