/**
 * The auditor's page (/console/audit): open any claim's history with its chain status,
 * verify the whole log (or a period of it), query the log with the API's filters and
 * download the same selection as NDJSON or CSV. Auditors and supervisors (the roles the
 * audit endpoints answer); what the API refuses is shown where it happened.
 */
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { dayBoundary, formatDateTime } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { ProblemText } from '../shell/problem-text';
import { Link, navigate } from '../shell/router';
import { eventsPage, exportEvents, type EventFilter } from './audit-api';
import { exportFileName, saveFile } from './download';

const ROLES = ['agent', 'supervisor', 'supplier', 'auditor', 'integration', 'admin', 'system'];

export function AuditPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t.audit.title}</h1>
      <ClaimLookup />
      <LogVerification />
      <EventQuery />
    </>
  );
}

function ClaimLookup() {
  const { t } = useI18n();
  const [ref, setRef] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ref.trim()) navigate(`audit/claims/${encodeURIComponent(ref.trim())}`);
  };
  return (
    <section aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t.audit.claimHistory}</h2>
      <form className="inline-form" onSubmit={submit} aria-labelledby="lookup-title">
        <div className="field">
          <label htmlFor="audit-claim">{t.audit.claimRef}</label>
          <input id="audit-claim" value={ref} onChange={(e) => setRef(e.target.value)} placeholder="CL-2026-000123" />
        </div>
        <button type="submit">{t.audit.open}</button>
      </form>
    </section>
  );
}

function LogVerification() {
  const i18n = useI18n();
  const { t, language, timeZone } = i18n;
  const [fromDay, setFrom] = useState('');
  const [toDay, setTo] = useState('');
  const verify = useMutation({
    mutationFn: async () => {
      const query: { from?: string; to?: string } = {};
      if (fromDay) query.from = dayBoundary(fromDay, timeZone, false);
      if (toDay) query.to = dayBoundary(toDay, timeZone, true);
      return unwrap(await api.GET('/audit/verify', { params: { query } }));
    },
  });
  const v = verify.data;
  return (
    <section aria-labelledby="verify-title">
      <h2 id="verify-title">{t.audit.verifyLog}</h2>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); verify.mutate(); }} aria-labelledby="verify-title">
        <div className="field">
          <label htmlFor="verify-from">{t.audit.recordedFrom}</label>
          <input id="verify-from" type="date" value={fromDay} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="verify-to">{t.audit.recordedTo}</label>
          <input id="verify-to" type="date" value={toDay} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit" disabled={verify.isPending}>{verify.isPending ? t.audit.verifying : t.audit.verify}</button>
      </form>
      {verify.error && <ProblemText error={verify.error} />}
      {v && (
        <div data-testid="log-verification">
          {v.ok ? (
            <p className="ok" role="status">{t.audit.logHolds(v.eventsChecked, v.claimsChecked)} · {formatDateTime(v.verifiedAt, language, timeZone)}</p>
          ) : (
            <div className="problem" role="alert">
              <strong>{t.audit.logBroken(v.breaks.length, v.truncated)}</strong> <span className="muted">({t.audit.checked(v.eventsChecked, v.claimsChecked)})</span>
              <ul className="breaks">
                {v.breaks.map((b, i) => (
                  <li key={i}>
                    <Link to={`audit/claims/${b.claimId}`}>{b.claimId.slice(0, 8)}</Link> #{b.seq} · {t.audit.checks[b.check] ?? b.check}: {b.detail}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function EventQuery() {
  const i18n = useI18n();
  const { t, timeZone } = i18n;
  const [draft, setDraft] = useState<EventFilter>({});
  const [filter, setFilter] = useState<EventFilter | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const events = useInfiniteQuery({
    queryKey: ['audit-events', filter, timeZone],
    enabled: filter !== null,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => eventsPage(filter ?? {}, timeZone, pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const field = (name: keyof EventFilter, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`q-${name}`}>{label}</label>
      <input id={`q-${name}`} type={type} value={draft[name] ?? ''} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </div>
  );
  async function download(format: 'ndjson' | 'csv') {
    const f = filter ?? draft;
    setExporting(format);
    setExportError(null);
    try {
      saveFile(await exportEvents(f, timeZone, format), exportFileName(format, f));
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(null);
    }
  }
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="query-title">
      <h2 id="query-title">{t.audit.query}</h2>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); setFilter({ ...draft }); }} aria-labelledby="query-title">
        {field('fromDay', t.audit.from, 'date')}
        {field('toDay', t.audit.to, 'date')}
        {field('claimId', t.audit.claimRef)}
        {field('actor', t.audit.actor)}
        <div className="field">
          <label htmlFor="q-role">{t.audit.role}</label>
          <select id="q-role" value={draft.role ?? ''} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
            <option value="">{t.queue.any}</option>
            {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </div>
        {field('action', t.audit.action)}
        {field('supplierId', t.fields.supplierId)}
        <button type="submit">{t.audit.search}</button>
      </form>
      <div className="buttons" role="group" aria-label={t.audit.exports}>
        <span>{t.audit.exports}:</span>
        <button type="button" className="secondary" disabled={exporting !== null} onClick={() => download('ndjson')}>{t.audit.download} NDJSON</button>
        <button type="button" className="secondary" disabled={exporting !== null} onClick={() => download('csv')}>{t.audit.download} CSV</button>
        {exporting && <span role="status">{t.common.loading}</span>}
      </div>
      {exportError ? <ProblemText error={exportError} /> : null}
      {events.error && <ProblemText error={events.error} />}
      {filter && events.isPending && <p>{t.common.loading}</p>}
      {events.data && (
        <>
          <p className="muted" role="status">{t.queue.count(items.length)}</p>
          <EventTable events={items} showClaim />
          {events.hasNextPage && (
            <button type="button" className="secondary" disabled={events.isFetchingNextPage} onClick={() => events.fetchNextPage()}>{t.common.loadMore}</button>
          )}
        </>
      )}
    </section>
  );
}

export function EventTable({ events, showClaim }: { events: Schemas['AuditEventDto'][]; showClaim?: boolean }) {
  const { t, language, timeZone } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {showClaim && <th scope="col">{t.audit.claim}</th>}
            <th scope="col">#</th>
            <th scope="col">{t.audit.at}</th>
            <th scope="col">{t.audit.action}</th>
            <th scope="col">{t.audit.actor}</th>
            <th scope="col">{t.audit.hash}</th>
          </tr>
        </thead>
        <tbody>
          {events.length === 0 && <tr><td colSpan={showClaim ? 6 : 5} className="muted">{t.audit.noEvents}</td></tr>}
          {events.map((e) => (
            <tr key={`${e.claimId}-${e.seq}`}>
              {showClaim && <td><Link to={`audit/claims/${e.claimId}`}>{e.claimId.slice(0, 8)}</Link></td>}
              <td>{e.seq}</td>
              <td><time dateTime={e.at}>{formatDateTime(e.at, language, timeZone)}</time></td>
              <td>{e.action}</td>
              <td>{e.actor.name} <span className="muted">({e.actor.role})</span></td>
              <td><code title={e.hash}>{e.hash.slice(0, 12)}…</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
