/**
 * Polling for what settles shortly after an answer (timers on the server's clock, the audit
 * log a moment behind the live view): the probe's last value once `ok` holds or the time is up;
 * the caller's assertion then says what was expected.
 */
import type { TestApp } from './test-app';

export async function eventually<T>(probe: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 30_000, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The claim's live view once `ok` holds. */
export function waitForClaim(t: TestApp, id: string, ok: (claim: Record<string, any>) => boolean, timeoutMs = 25_000): Promise<Record<string, any>> {
  return eventually(async () => (await t.http.get(`/claims/${id}`).set(t.auth('supervisor')).expect(200)).body as Record<string, any>, ok, timeoutMs, 250);
}

/** The customer's survey link (its path), from the notification outbox, once the survey has gone out. */
export async function surveyPath(t: TestApp, id: string): Promise<string> {
  await waitForClaim(t, id, (c) => c.followUp?.survey?.status === 'sent');
  // the workflow shows the survey as sent a moment before its outbox row is written
  const rows = await eventually(
    () => t.db.query(`SELECT body FROM notifications WHERE claim_id = $1 AND kind = 'survey_link' ORDER BY created_at`, [id]) as Promise<Array<{ body: string }>>,
    (found) => found.length > 0,
    10_000,
  );
  const match = /https?:\/\/\S+(\/surveys\/[A-Za-z0-9_.-]+)/.exec(rows[0]?.body ?? '');
  if (!match) throw new Error(`no survey link for claim ${id}`);
  return match[1];
}
