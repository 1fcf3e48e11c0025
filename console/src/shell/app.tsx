/**
 * The console's frame: who is signed in decides the navigation and the pages; every page
 * has an address under /console. The auditor's and supervisor's pages (`audit`,
 * `dashboard`) are reserved for later releases.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { currentSession, onSessionChange, signOut, type Session } from '../auth/session';
import { SignInPage } from '../auth/sign-in.page';
import { ClaimPage } from '../claims/claim.page';
import { IntakePage } from '../claims/intake.page';
import { QueuePage } from '../claims/queue.page';
import { useI18n } from '../i18n/i18n';
import { TaskPage, TasksPage } from '../supplier/tasks.page';
import { Link, navigate, useRoute } from './router';
import { queryClient } from './query';

function useSession(): Session | null {
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange((s) => {
    queryClient.clear();
    setSession(s);
  }), []);
  return session;
}

const HOME = { staff: 'claims', supplier: 'supplier/tasks' } as const;

export function App() {
  const session = useSession();
  const { path } = useRoute();
  const i18n = useI18n();
  const { t } = i18n;

  useEffect(() => {
    if (session && (path === '' || !allowed(session, path))) navigate(HOME[session.role], { replace: true });
  }, [session, path]);

  if (!session) return <Frame>{<SignInPage />}</Frame>;
  const nav =
    session.role === 'staff'
      ? [
          { to: 'claims', label: t.nav.queue },
          { to: 'claims/new', label: t.nav.intake },
        ]
      : [{ to: 'supplier/tasks', label: t.nav.tasks }];
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
          <button type="button" className="secondary" onClick={() => signOut()}>
            {t.nav.signOut}
          </button>
        </nav>
      }
    >
      <main>{page(session, path) ?? <p>{t.later}</p>}</main>
    </Frame>
  );
}

function allowed(session: Session, path: string): boolean {
  return session.role === 'supplier' ? path.startsWith('supplier/') : !path.startsWith('supplier/');
}

function page(session: Session, path: string): ReactNode {
  const parts = path.split('/');
  if (session.role === 'supplier') {
    if (path === 'supplier/tasks') return <TasksPage />;
    if (parts[0] === 'supplier' && parts[1] === 'tasks' && parts[2]) return <TaskPage id={decodeURIComponent(parts[2])} />;
    return null;
  }
  if (path === 'claims') return <QueuePage />;
  if (path === 'claims/new') return <IntakePage />;
  if (parts[0] === 'claims' && parts[1]) return <ClaimPage id={decodeURIComponent(parts[1])} />;
  // audit (auditors) and dashboard (supervisors): later releases
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
