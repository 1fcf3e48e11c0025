/**
 * One claim for the auditor (/console/audit/claims/CL-…): its history with the hash-chain
 * status of each event (GET /audit/claims/{id}/verify names the first broken link, shown
 * at its event: chain-status.ts), its audit log against its Temporal workflow history,
 * and its events as a download.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { formatDateTime } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { ProblemText } from '../shell/problem-text';
import { Link } from '../shell/router';
import { exportEvents } from './audit-api';
import { chainRows } from './chain-status';
import { exportFileName, saveFile } from './download';

export function ClaimAuditPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, language, timeZone } = i18n;
  const path = { params: { path: { id } } };
  const history = useQuery({ queryKey: ['audit-history', id], queryFn: async () => unwrap(await api.GET('/claims/{id}/history', path)) });
  const verification = useQuery({ queryKey: ['audit-verify', id], queryFn: async () => unwrap(await api.GET('/audit/claims/{id}/verify', path)) });
  const refresh = () => Promise.all([history.refetch(), verification.refetch()]);

  const v = verification.data;
  const rows = history.data && v ? chainRows(history.data.events, v) : null;
  return (
    <article aria-labelledby="audit-claim-title">
      <p><Link to="audit">← {t.audit.title}</Link></p>
      <h1 id="audit-claim-title">{t.audit.claimTitle(id)}</h1>
      {(history.error || verification.error) && <ProblemText error={history.error ?? verification.error} />}
      {(history.isPending || verification.isPending) && !(history.error || verification.error) && <p>{t.common.loading}</p>}
      {v && (
        <div data-testid="claim-verification">
          {v.ok ? (
            <p className="ok" role="status">{t.audit.chainHolds(v.eventsChecked)} · {formatDateTime(v.verifiedAt, language, timeZone)}</p>
          ) : (
            <p className="problem" role="alert">
              <strong>{t.audit.chainBroken(v.firstBroken?.seq ?? 0)}</strong> {v.firstBroken && `${t.audit.checks[v.firstBroken.check] ?? v.firstBroken.check}: ${v.firstBroken.detail}`}
            </p>
          )}
        </div>
      )}
      <div className="buttons">
        <button type="button" className="secondary" onClick={() => void refresh()}>{t.audit.reverify}</button>
        <Downloads claimId={history.data?.claimId ?? id} />
      </div>
      {rows && (
        <section aria-labelledby="chain-title">
          <h2 id="chain-title">{t.audit.events}</h2>
          <div className="table-wrap">
            <table className="chain">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t.audit.at}</th>
                  <th scope="col">{t.audit.action}</th>
                  <th scope="col">{t.audit.actor}</th>
                  <th scope="col">{t.audit.hash}</th>
                  <th scope="col">{t.audit.chain}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.seq}-${r.event ? 'e' : 'm'}`} data-seq={r.seq} className={`link-${r.status}`}>
                    <td>{r.seq}</td>
                    <td>{r.event ? <time dateTime={r.event.at}>{formatDateTime(r.event.at, language, timeZone)}</time> : '—'}</td>
                    <td>{r.event ? r.event.action : <em>{t.audit.missingEvent}</em>}</td>
                    <td>{r.event ? <>{r.event.actor.name} <span className="muted">({r.event.actor.role})</span></> : '—'}</td>
                    <td>{r.event ? <code title={r.event.hash}>{r.event.hash.slice(0, 12)}…</code> : '—'}</td>
                    <td data-testid="link-status">
                      {r.status === 'verified' && <span className="ok">✓ {t.audit.linkVerified}</span>}
                      {r.status === 'unverified' && <span className="muted">{t.audit.linkUnverified}</span>}
                      {r.status === 'broken' && r.broken && (
                        <span className="late">
                          ✗ {t.audit.linkBroken}: {t.audit.checks[r.broken.check] ?? r.broken.check} — {r.broken.detail}
                          <br /><span className="muted">{t.audit.expected}: <code>{r.broken.expected}</code> · {t.audit.found}: <code>{r.broken.found}</code></span>
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <WorkflowComparison id={id} />
    </article>
  );
}

function Downloads({ claimId }: { claimId: string }) {
  const { t, timeZone } = useI18n();
  const [error, setError] = useState<unknown>(null);
  async function download(format: 'ndjson' | 'csv') {
    setError(null);
    try {
      saveFile(await exportEvents({ claimId }, timeZone, format), exportFileName(format, { claimId }));
    } catch (err) {
      setError(err);
    }
  }
  return (
    <>
      <button type="button" className="secondary" onClick={() => download('ndjson')}>{t.audit.download} NDJSON</button>
      <button type="button" className="secondary" onClick={() => download('csv')}>{t.audit.download} CSV</button>
      {error ? <ProblemText error={error} /> : null}
    </>
  );
}

function WorkflowComparison({ id }: { id: string }) {
  const { t } = useI18n();
  const comparison = useQuery({
    queryKey: ['audit-compare', id],
    queryFn: async () => unwrap(await api.GET('/audit/claims/{id}/compare-workflow', { params: { path: { id } } })),
  });
  const c = comparison.data;
  const at = (x: { seq: number; action: string } | null) => (x ? `#${x.seq} ${x.action}` : t.audit.none);
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t.audit.compare}</h2>
      {comparison.isPending && <p>{t.common.loading}</p>}
      {comparison.error && <ProblemText error={comparison.error} />}
      {c && (
        <div data-testid="workflow-comparison">
          {c.matches ? (
            <p className="ok" role="status">{t.audit.compareMatches(c.auditEvents, c.workflowEvents)}{c.inFlight ? ` · ${t.audit.inFlight(c.inFlight)}` : ''}</p>
          ) : (
            <div className="problem" role="alert">
              <strong>{t.audit.compareDiffers(c.auditEvents, c.workflowEvents)}</strong>
              {c.firstMismatch && (
                <p>{t.audit.mismatchAt(c.firstMismatch.index + 1)}: {t.audit.log} {at(c.firstMismatch.audit)} · {t.audit.workflow} {at(c.firstMismatch.workflow)}</p>
              )}
            </div>
          )}
          <p className="muted">{t.audit.workflowId}: <code>{c.workflowId}</code></p>
          <button type="button" className="secondary" onClick={() => void comparison.refetch()}>{t.audit.compareAgain}</button>
        </div>
      )}
    </section>
  );
}
