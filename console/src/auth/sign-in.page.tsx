/**
 * Sign-in with the user's API key. The API has no "who am I" route, so the role is read
 * from what the key may do, one list at a time: the supplier task list answers only
 * supplier keys; the claim list answers care staff and auditors; the supplier registry
 * answers supervisors and admins; the audit log answers auditors and supervisors. Each
 * probe asks for one row. An OIDC sign-in would replace this page and keep `signIn`
 * (session.ts).
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { signIn, type ConsoleRole } from './session';

type Outcome = { role: ConsoleRole } | { error: 'invalid' | 'unsupported' | 'failed' };

export async function roleOf(credential: string): Promise<Outcome> {
  const headers = { Authorization: `Bearer ${credential}` };
  const one = { query: { limit: 1 } };
  try {
    const tasks = await api.GET('/supplier/tasks', { params: one, headers });
    if (tasks.response.status === 401) return { error: 'invalid' };
    if (tasks.response.ok) return { role: 'supplier' };
    const [claims, suppliers] = await Promise.all([api.GET('/claims', { params: one, headers }), api.GET('/suppliers', { params: one, headers })]);
    if (claims.response.ok) {
      if (suppliers.response.ok) return { role: 'supervisor' };
      const audit = await api.GET('/audit/events', { params: one, headers });
      return { role: audit.response.ok ? 'auditor' : 'agent' };
    }
    if (suppliers.response.ok) return { role: 'admin' };
    return { error: claims.response.status === 401 ? 'invalid' : 'unsupported' };
  } catch {
    return { error: 'failed' };
  }
}

export function SignInPage() {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const credential = key.trim();
    if (!credential) return setError(t.validation.required);
    setBusy(true);
    const outcome = await roleOf(credential);
    setBusy(false);
    if ('role' in outcome) signIn({ credential, role: outcome.role });
    else setError(t.signIn[outcome.error]);
  }

  return (
    <main className="sign-in">
      <h1>{t.signIn.title}</h1>
      <form onSubmit={submit} noValidate aria-label={t.signIn.title}>
        <div className="field">
          <label htmlFor="api-key">{t.signIn.keyLabel}</label>
          <input id="api-key" type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} aria-describedby="api-key-hint" aria-invalid={error ? true : undefined} />
          <p id="api-key-hint" className="hint">{t.signIn.keyHint}</p>
        </div>
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{t.signIn.submit}</button>
      </form>
    </main>
  );
}
