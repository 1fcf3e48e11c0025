/**
 * The care agent's queue: the claim list of the API with its filters (kept in the
 * address, so a filtered queue can be bookmarked), cursor paging ("load more"), what is
 * due first on top (the API orders it: `sort=due`), and countdowns to each claim's first
 * response and statutory deadline.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { countdown, dayBoundary, formatDateTime, formatMoney } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { Link, navigate, useRoute } from '../shell/router';
import { useNow } from '../shell/use-now';
import RULES from '../api/request-rules.json';

type ListQuery = NonNullable<import('../api/schema').operations['ClaimsController_list']['parameters']['query']>;

const PAGE = 50;
const STATUSES: Schemas['ClaimStatus'][] = ['received', 'triaged', 'remedy_in_progress', 'resolved', 'follow_up', 'closed'];
const CHANNELS = (RULES['POST /claims'].properties.channel.enum ?? []) as Schemas['Channel'][];
const TYPES = (RULES['POST /claims/{id}/triage'].properties.type.enum ?? []) as Schemas['ClaimType'][];
const UNITS = (RULES['POST /claims/{id}/triage'].properties.unit.enum ?? []) as Schemas['ResponsibleUnit'][];
const DISPUTES = ['open', 'overdue', 'escalated'] as const;
const TEXT_FILTERS = ['q', 'defectCode', 'supplierId'] as const;
const SELECT_FILTERS = { status: STATUSES, channel: CHANNELS, type: TYPES, unit: UNITS, disputes: DISPUTES } as const;
const FLAG_FILTERS = ['slaBreached', 'deadlineBreached'] as const;
const DAY_FILTERS = ['receivedFrom', 'receivedTo'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function queryFrom(params: URLSearchParams, timeZone: string): ListQuery {
  const q: Record<string, unknown> = {};
  for (const k of DAY_FILTERS) if (DAY.test(params.get(k) ?? '')) q[k] = dayBoundary(params.get(k)!, timeZone, k === 'receivedTo');
  for (const k of TEXT_FILTERS) if (params.get(k)) q[k] = params.get(k);
  for (const [k, allowed] of Object.entries(SELECT_FILTERS)) if ((allowed as readonly string[]).includes(params.get(k) ?? '')) q[k] = params.get(k);
  for (const k of FLAG_FILTERS) if (params.get(k) === 'true') q[k] = true;
  return q as ListQuery;
}

export function QueuePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { query: params } = useRoute();
  const filters = useMemo(() => queryFrom(params, i18n.timeZone), [params.toString(), i18n.timeZone]);
  const arrivedAt = useRef<number | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['claims', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => {
      const page = unwrap(await api.GET('/claims', { params: { query: { ...filters, sort: 'due', limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } } }));
      arrivedAt.current = performance.now();
      performance.mark('queue:data');
      return page;
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  // the API orders them (sort=due: what is due first, across all claims, page after page)
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const [renderMs, setRenderMs] = useState<number | null>(null);
  // time from the data's arrival to the rows in the document, on the next frame
  useLayoutEffect(() => {
    const from = arrivedAt.current;
    if (from === null || !rows.length) return;
    arrivedAt.current = null;
    requestAnimationFrame(() => {
      const ms = performance.now() - from;
      performance.measure('queue:render', { start: from, duration: ms });
      setRenderMs(Math.round(ms));
    });
  }, [rows]);
  const now = useNow(30_000);

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t.queue.title}</h1>
      <Filters params={params} />
      <p className="muted">
        {t.queue.count(rows.length)} · {t.queue.sortNote}
        {renderMs !== null && <span data-testid="render-ms"> · {t.queue.renderTime} {renderMs} ms</span>}
      </p>
      {list.isPending && <p>{t.common.loading}</p>}
      {list.error && <p role="alert" className="form-error">{list.error.message}</p>}
      {list.isSuccess && !rows.length && <p>{t.queue.empty}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="queue" aria-labelledby="queue-title">
            <thead>
              <tr>
                {(['number', 'status', 'channel', 'customer', 'product', 'sla', 'deadline', 'penalty', 'disputes'] as const).map((c) => (
                  <th key={c} scope="col">{t.queue.columns[c]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const deadline = c.deadlineAt ? countdown(c.deadlineAt, now, i18n.language) : null;
                const sla = !c.slaBreached && c.slaDueAt ? countdown(c.slaDueAt, now, i18n.language) : null;
                return (
                  <tr key={c.id} className={c.deadlineBreached || c.slaBreached ? 'breached' : undefined}>
                    <td><Link to={`claims/${c.number}`}>{c.number}</Link></td>
                    <td>{i18n.value(c.status)}</td>
                    <td>{i18n.value(c.channel)}</td>
                    <td>{c.customerName}</td>
                    <td>{c.productName}</td>
                    <td className={c.slaBreached || sla?.overdue ? 'late' : undefined}>
                      {c.slaBreached ? (
                        t.queue.slaBreached
                      ) : sla && c.slaDueAt ? (
                        <>
                          <time dateTime={c.slaDueAt}>{formatDateTime(c.slaDueAt, i18n.language, i18n.timeZone)}</time>
                          <br />
                          <span className="countdown">{sla.text}</span>
                        </>
                      ) : (
                        t.queue.slaOk
                      )}
                    </td>
                    <td className={deadline?.overdue ? 'late' : undefined}>
                      {deadline ? (
                        <>
                          <time dateTime={c.deadlineAt}>{formatDateTime(c.deadlineAt, i18n.language, i18n.timeZone)}</time>
                          <br />
                          <span className="countdown">{deadline.text}</span>
                        </>
                      ) : (
                        t.common.none
                      )}
                    </td>
                    <td>{c.penaltyAmount > 0 ? formatMoney(c.penaltyAmount, c.currency, i18n.language) : t.common.none}</td>
                    <td>{c.openDisputes || t.common.none}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t.common.loadMore}
        </button>
      )}
    </section>
  );
}

function Filters({ params }: { params: URLSearchParams }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form, setForm] = useState(() => Object.fromEntries(params.entries()));
  useEffect(() => setForm(Object.fromEntries(params.entries())), [params.toString()]);
  const set = (k: string, v: string) => setForm((f) => ({ ...f, [k]: v }));
  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams(Object.entries(form).filter(([, v]) => v !== '' && v !== 'false'));
    navigate(`claims${next.toString() ? `?${next}` : ''}`);
  }
  return (
    <form className="filters" onSubmit={apply} aria-label={t.queue.filters} role="search">
      <div className="field wide">
        <label htmlFor="f-q">{t.queue.search}</label>
        <input id="f-q" type="search" value={form.q ?? ''} onChange={(e) => set('q', e.target.value)} />
      </div>
      {Object.entries(SELECT_FILTERS).map(([k, options]) => (
        <div className="field" key={k}>
          <label htmlFor={`f-${k}`}>{k === 'disputes' ? t.queue.disputes : i18n.field(k)}</label>
          <select id={`f-${k}`} value={form[k] ?? ''} onChange={(e) => set(k, e.target.value)}>
            <option value="">{t.queue.any}</option>
            {options.map((o) => (
              <option key={o} value={o}>{i18n.value(o)}</option>
            ))}
          </select>
        </div>
      ))}
      {(['defectCode', 'supplierId'] as const).map((k) => (
        <div className="field" key={k}>
          <label htmlFor={`f-${k}`}>{i18n.field(k)}</label>
          <input id={`f-${k}`} value={form[k] ?? ''} onChange={(e) => set(k, e.target.value)} />
        </div>
      ))}
      {DAY_FILTERS.map((k) => (
        <div className="field" key={k}>
          <label htmlFor={`f-${k}`}>{t.queue[k]}</label>
          <input id={`f-${k}`} type="date" value={form[k] ?? ''} onChange={(e) => set(k, e.target.value)} />
        </div>
      ))}
      {FLAG_FILTERS.map((k) => (
        <div className="field checkbox" key={k}>
          <input id={`f-${k}`} type="checkbox" checked={form[k] === 'true'} onChange={(e) => set(k, String(e.target.checked))} />
          <label htmlFor={`f-${k}`}>{t.queue[k]}</label>
        </div>
      ))}
      <div className="buttons">
        <button type="submit">{t.queue.apply}</button>
        <button type="button" className="secondary" onClick={() => navigate('claims')}>{t.queue.reset}</button>
      </div>
    </form>
  );
}
