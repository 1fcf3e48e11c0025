/**
 * Sign-in with the user's API key: one `GET /auth/me` with it tells whether the key is
 * valid and whose it is (name, role). A role without console pages (integration) is told
 * so. An OIDC sign-in would replace this page and keep `signIn` (session.ts).
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { CONSOLE_ROLES, signIn, type ConsoleRole } from './session';

type Outcome = { role: ConsoleRole; name: string } | { error: 'invalid' | 'unsupported' | 'failed' };

const isConsoleRole = (role: string): role is ConsoleRole => (CONSOLE_ROLES as readonly string[]).includes(role);

/** Who the credential is, as the API knows it. */
export async function identify(credential: string): Promise<Outcome> {
  try {
    const { data, response } = await api.GET('/auth/me', { headers: { Authorization: `Bearer ${credential}` } });
    if (response.status === 401) return { error: 'invalid' };
    if (!data) return { error: 'failed' };
    return isConsoleRole(data.role) ? { role: data.role, name: data.name } : { error: 'unsupported' };
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
    const outcome = await identify(credential);
    setBusy(false);
    if ('role' in outcome) signIn({ credential, role: outcome.role, name: outcome.name });
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
