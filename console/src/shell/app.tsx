/**
 * The console's frame: who is signed in decides the navigation and the pages; every page
 * has an address under /console. The auditor's and supervisor's pages are loaded on
 * first use (their own chunks, charts included), so the first page stays small.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { currentSession, onSessionChange, signOut, type Session } from '../auth/session';
import { SignInPage } from '../auth/sign-in.page';
import { ClaimPage } from '../claims/claim.page';
import { IntakePage } from '../claims/intake.page';
import { QueuePage } from '../claims/queue.page';
import { useI18n } from '../i18n/i18n';
import { TaskPage, TasksPage } from '../supplier/tasks.page';
import { Link, navigate, useRoute } from './router';
import { queryClient } from './query';

const AuditPage = lazy(() => import('../audit/audit.page').then((m) => ({ default: m.AuditPage })));
const ClaimAuditPage = lazy(() => import('../audit/claim-audit.page').then((m) => ({ default: m.ClaimAuditPage })));
const DashboardPage = lazy(() => import('../dashboard/dashboard.page').then((m) => ({ default: m.DashboardPage })));
const SuppliersPage = lazy(() => import('../admin/suppliers.page').then((m) => ({ default: m.SuppliersPage })));
const ApiKeysPage = lazy(() => import('../admin/api-keys.page').then((m) => ({ default: m.ApiKeysPage })));

function useSession(): Session | null {
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange((s) => {
    queryClient.clear();
    setSession(s);
  }), []);
  return session;
}

type Role = Session['role'];

const HOME: Record<Role, string> = { agent: 'claims', supervisor: 'claims', auditor: 'claims', admin: 'suppliers', supplier: 'supplier/tasks' };

/** The pages of each role, by the first part of their address: what the role's key may read. */
const SECTIONS: Record<Role, readonly string[]> = {
  agent: ['claims'],
  supervisor: ['claims', 'dashboard', 'audit', 'suppliers', 'admin'],
  auditor: ['claims', 'dashboard', 'audit'],
  admin: ['suppliers', 'admin'],
  supplier: ['supplier'],
};

export function App() {
  const session = useSession();
  const { path } = useRoute();
  const i18n = useI18n();
  const { t } = i18n;

  useEffect(() => {
    if (session && (path === '' || !allowed(session.role, path))) navigate(HOME[session.role], { replace: true });
  }, [session, path]);

  if (!session) return <Frame>{<SignInPage />}</Frame>;
  const links: Record<string, { to: string; label: string }[]> = {
    claims: session.role === 'auditor' ? [{ to: 'claims', label: t.nav.queue }] : [{ to: 'claims', label: t.nav.queue }, { to: 'claims/new', label: t.nav.intake }],
    dashboard: [{ to: 'dashboard', label: t.nav.dashboard }],
    audit: [{ to: 'audit', label: t.nav.audit }],
    suppliers: [{ to: 'suppliers', label: t.nav.suppliers }],
    admin: [{ to: 'admin/api-keys', label: t.nav.apiKeys }],
    supplier: [{ to: 'supplier/tasks', label: t.nav.tasks }],
  };
  const nav = SECTIONS[session.role].flatMap((s) => links[s]);
  return (
    <Frame
      nav={
        <nav aria-label={t.nav.main}>
          <ul>
            {nav.map((n) => (
              <li key={n.to}>
                <Link to={n.to} aria-current={path === n.to ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
          <span className="who">
            {t.signIn.signedInAs} <strong>{session.name}</strong> ({t.signIn.roles[session.role]})
          </span>
          <button type="button" className="secondary" onClick={() => signOut()}>
            {t.nav.signOut}
          </button>
        </nav>
      }
    >
      <main>
        <Suspense fallback={<p>{t.common.loading}</p>}>{page(session.role, path) ?? <p>{t.later}</p>}</Suspense>
      </main>
    </Frame>
  );
}

function allowed(role: Role, path: string): boolean {
  return SECTIONS[role].includes(path.split('/')[0]);
}

function page(role: Role, path: string): ReactNode {
  const parts = path.split('/');
  const id = parts[2] ? decodeURIComponent(parts[2]) : '';
  if (role === 'supplier') {
    if (path === 'supplier/tasks') return <TasksPage />;
    if (parts[0] === 'supplier' && parts[1] === 'tasks' && id) return <TaskPage id={id} />;
    return null;
  }
  if (path === 'claims') return <QueuePage />;
  if (path === 'claims/new') return <IntakePage />;
  if (parts[0] === 'claims' && parts[1]) return <ClaimPage id={decodeURIComponent(parts[1])} />;
  if (path === 'audit') return <AuditPage />;
  if (parts[0] === 'audit' && parts[1] === 'claims' && id) return <ClaimAuditPage key={id} id={id} />;
  if (path === 'dashboard') return <DashboardPage />;
  if (path === 'suppliers') return <SuppliersPage />;
  if (path === 'admin/api-keys') return <ApiKeysPage />;
  return null;
}

function Frame({ nav, children }: { nav?: ReactNode; children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  return (
    <>
      <header className="top">
        <span className="brand">{t.appTitle}</span>
        {nav}
        <label className="language">
          <span>{t.language}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as 'ru' | 'en')}>
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      {children}
    </>
  );
}
