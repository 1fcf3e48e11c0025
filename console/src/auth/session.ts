/**
 * Who is signed in. The credential is a bearer token kept in sessionStorage only: it
 * lives as long as the browser tab, is not shared with other tabs, and sign-out forgets
 * it. Today the token is the user's API key (sign-in.page.tsx); an OIDC sign-in would put
 * its access token here through the same `signIn`, and nothing else would change.
 */
const STORAGE_KEY = 'wce.console.session';

/** What the console shows, decided by the credential's role (`GET /auth/me`). */
export const CONSOLE_ROLES = ['agent', 'supervisor', 'auditor', 'admin', 'supplier'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export interface Session {
  credential: string;
  role: ConsoleRole;
  /** the key's name, shown in the header */
  name: string;
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function currentSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    if (typeof parsed.credential !== 'string' || !(CONSOLE_ROLES as readonly string[]).includes(parsed.role)) return null;
    return { credential: parsed.credential, role: parsed.role, name: typeof parsed.name === 'string' ? parsed.name : '' };
  } catch {
    return null;
  }
}

export const currentCredential = (): string | null => currentSession()?.credential ?? null;

export function signIn(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  listeners.forEach((l) => l(session));
}

export function signOut(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((l) => l(null));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
