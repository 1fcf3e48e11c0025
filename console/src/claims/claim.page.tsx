/**
 * One claim as the care agent works it: live state from the workflow (status, SLA,
 * statutory deadline, warranty, accrued penalty), the allowed actions as buttons that open
 * their forms, notes, the audit history as a timeline, supplier disputes, the linked
 * review and the survey.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ProblemError, unwrap } from '../api/problem';
import { SchemaForm } from '../forms/schema-form';
import { countdown, formatDate, formatDateTime, formatMoney } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shell/router';
import { useNow } from '../shell/use-now';
import { currentSession } from '../auth/session';
import { CLAIM_ACTIONS, idempotencyKey, performClaimAction, type ClaimAction } from './claim-actions';

type Claim = Schemas['ClaimResponseDto'];

export function ClaimPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const claim = useQuery({
    queryKey: ['claim', id],
    queryFn: async () => unwrap(await api.GET('/claims/{id}', { params: { path: { id } } })),
    refetchInterval: 30_000,
  });
  if (claim.isPending) return <p>{t.common.loading}</p>;
  if (!claim.data) {
    const notFound = claim.error instanceof ProblemError && claim.error.problem.status === 404;
    return <p role="alert" className="form-error">{notFound ? t.common.notFound : claim.error?.message}</p>;
  }
  // a failed refresh (e.g. a 503 while the workflow is busy) keeps the page, and any open form, as it was
  return (
    <>
      {claim.error && <p role="status" className="warning">{t.common.stale}: {claim.error.message}</p>}
      <ClaimView claim={claim.data} />
    </>
  );
}

function ClaimView({ claim: c }: { claim: Claim }) {
  const i18n = useI18n();
  const { t, language, timeZone } = i18n;
  const now = useNow(30_000);
  const dt = (iso?: string) => formatDateTime(iso, language, timeZone);
  const deadline = c.statutory.deadlineAt ? countdown(c.statutory.deadlineAt, now, language) : null;
  const sla = countdown(c.sla.firstResponseDueAt, now, language);

  return (
    <article aria-labelledby="claim-title">
      <p>
        <Link to="claims">← {t.claim.back}</Link>
        {/* the audit endpoints answer auditors and supervisors */}
        {(currentSession()?.role === 'auditor' || currentSession()?.role === 'supervisor') && <> · <Link to={`audit/claims/${c.id}`}>{t.claim.audit}</Link></>}
      </p>
      <h1 id="claim-title">
        {c.number ?? c.id} <span className={`status status-${c.status}`} data-testid="claim-status">{i18n.value(c.status)}</span>
      </h1>
      {c.alerts && c.alerts.length > 0 && (
        <div className="problem" role="status">
          <strong>{t.claim.alerts}</strong>
          <ul>{c.alerts.map((a) => <li key={a.kind}>{a.kind}: {a.detail}</li>)}</ul>
        </div>
      )}
      {c.possibleDuplicateOf.length > 0 && (
        <p className="warning">
          {t.claim.duplicates}: {c.possibleDuplicateOf.map((d) => <Link key={d} to={`claims/${d}`}>{d.slice(0, 8)} </Link>)}
        </p>
      )}
      <div className="facts">
        <dl>
          <dt>{t.claim.received}</dt>
          <dd>{dt(c.receivedAt)} · {i18n.value(c.channel)}</dd>
          <dt>{t.claim.sla}</dt>
          <dd className={c.sla.breached ? 'late' : undefined}>
            {c.sla.respondedAt ? `${t.claim.responded} ${dt(c.sla.respondedAt)}` : c.sla.paused ? t.claim.slaPaused : `${t.claim.slaDue} ${dt(c.sla.firstResponseDueAt)} (${sla.text})`}
          </dd>
          <dt>{t.claim.deadline}</dt>
          <dd className={c.statutory.breached ? 'late' : undefined} data-testid="deadline">
            {deadline ? `${dt(c.statutory.deadlineAt)} (${deadline.text})` : t.claim.deadlineNotSet}
          </dd>
          <dt>{t.claim.penalty}</dt>
          <dd>{formatMoney(c.statutory.penaltyAmount, c.statutory.currency, language)}{c.statutory.penaltyDays ? ` · ${c.statutory.penaltyDays} d` : ''}</dd>
          <dt>{t.claim.warranty}</dt>
          <dd>
            {c.warranty.inWarranty ? t.claim.inWarranty : t.claim.outOfWarranty} · {formatDate(c.warranty.startsOn, language, timeZone)} – {formatDate(c.warranty.endsOn, language, timeZone)}
          </dd>
        </dl>
        <dl>
          <dt>{t.claim.customer}</dt>
          <dd>{c.customer.name}{c.customer.phone ? ` · ${c.customer.phone}` : ''}{c.customer.email ? ` · ${c.customer.email}` : ''}</dd>
          <dt>{t.claim.order}</dt>
          <dd>{c.order.orderId} · {c.order.productName} ({c.order.sku}) · {formatMoney(c.order.price, c.order.currency, language)}{c.order.supplierId ? ` · ${c.order.supplierId}` : ''}</dd>
          <dt>{t.claim.description}</dt>
          <dd>{c.description}</dd>
          {c.classification && (
            <>
              <dt>{t.claim.classification}</dt>
              <dd>{i18n.value(c.classification.type)} · {i18n.value(c.classification.unit)} · {c.classification.defectCode} · {i18n.value(c.classification.severity)}</dd>
            </>
          )}
          {c.remedy && (
            <>
              <dt>{t.claim.remedy}</dt>
              <dd>{i18n.value(c.remedy.kind)}{c.remedy.completedAt ? ` · ${dt(c.remedy.completedAt)}` : ''}</dd>
            </>
          )}
        </dl>
      </div>
      <Actions claim={c} />
      <Disputes claim={c} />
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t.claim.notes}</h2>
        {c.notes.length === 0 ? <p className="muted">{t.claim.noNotes}</p> : (
          <ul className="notes">{c.notes.map((n, i) => <li key={i}><span className="muted">{dt(n.at)} · {n.actor.name}</span><br />{n.text}</li>)}</ul>
        )}
      </section>
      {(c.review || c.followUp) && (
        <section aria-labelledby="follow-title">
          <h2 id="follow-title">{c.review ? t.claim.review : t.claim.survey}</h2>
          {c.review && <p>{c.review.platform} · {c.review.rating}★ {c.reviewNow ? `→ ${c.reviewNow.rating ?? ''}` : ''} {c.review.url && <a href={c.review.url} rel="noreferrer noopener" target="_blank">{c.review.reviewId}</a>}</p>}
          {c.followUp && <p>{t.claim.survey}: {i18n.value(c.followUp.survey.status)} · {dt(c.followUp.survey.sentAt ?? c.followUp.survey.sendAt)}{c.followUp.survey.answer ? ` · CSAT ${c.followUp.survey.answer.csat}, NPS ${c.followUp.survey.answer.nps}, CES ${c.followUp.survey.answer.ces}` : ''}</p>}
        </section>
      )}
      <History id={c.id} version={c.version} />
    </article>
  );
}

function Actions({ claim }: { claim: Claim }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<{ action: ClaimAction; key: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = claim.allowedActions.filter((a) => a in CLAIM_ACTIONS);

  async function submit(action: ClaimAction, key: string, body: Record<string, unknown>) {
    try {
      await performClaimAction(action, claim.id, body, key);
      // close this form, not one opened meanwhile
      setOpen((current) => (current?.key === key ? null : current));
      setDone(t.actions[action] ?? action);
    } finally {
      // refused or done, the claim may have moved on: show it as it is now
      // the page's key is the number or the id, whichever it was opened with
      await queryClient.invalidateQueries({ queryKey: ['claim'] });
      await queryClient.invalidateQueries({ queryKey: ['history', claim.id] });
      await queryClient.invalidateQueries({ queryKey: ['claims'] });
    }
  }

  return (
    <section aria-labelledby="actions-title" className="actions">
      <h2 id="actions-title">{t.claim.actions}</h2>
      {actions.length === 0 && <p className="muted">{t.claim.noActions}</p>}
      <div className="buttons" role="group" aria-labelledby="actions-title">
        {actions.map((a) => (
          <button key={a} type="button" className={open?.action === a ? 'active' : 'secondary'} aria-expanded={open?.action === a} onClick={() => { setDone(null); setOpen({ action: a, key: idempotencyKey() }); }}>
            {t.actions[a] ?? a}
          </button>
        ))}
      </div>
      {done && <p role="status" className="ok">{t.claim.done} {done}</p>}
      {open && (
        <SchemaForm
          key={open.key}
          title={t.actions[open.action] ?? open.action}
          operation={CLAIM_ACTIONS[open.action].operation}
          fields={CLAIM_ACTIONS[open.action].fields}
          initial={open.action === 'open_supplier_dispute' ? { currency: claim.order.currency, supplierId: claim.order.supplierId ?? '' } : undefined}
          submitLabel={t.actions[open.action] ?? open.action}
          onSubmit={(body) => submit(open.action, open.key, body)}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}

function Disputes({ claim }: { claim: Claim }) {
  const i18n = useI18n();
  const { t, language, timeZone } = i18n;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<{ dispute: string; action: 'settle' | 'escalate' | 'write_off'; key: string } | null>(null);
  if (!claim.disputes.length) return null;
  const OPS = { settle: 'POST /claims/{id}/supplier-disputes/{disputeId}/settle', escalate: 'POST /claims/{id}/supplier-disputes/{disputeId}/escalate', write_off: 'POST /claims/{id}/supplier-disputes/{disputeId}/write-off' } as const;
  async function submit(body: Record<string, unknown>) {
    if (!open) return;
    const params = { path: { id: claim.id, disputeId: open.dispute }, header: { 'Idempotency-Key': open.key } };
    try {
      if (open.action === 'settle') unwrap(await api.POST('/claims/{id}/supplier-disputes/{disputeId}/settle', { params, body: body as Schemas['SettleDisputeDto'] }));
      else if (open.action === 'escalate') unwrap(await api.POST('/claims/{id}/supplier-disputes/{disputeId}/escalate', { params, body: body as Schemas['DisputeReasonDto'] }));
      else unwrap(await api.POST('/claims/{id}/supplier-disputes/{disputeId}/write-off', { params, body: body as Schemas['DisputeReasonDto'] }));
      setOpen(null);
    } finally {
      // the page's key is the number or the id, whichever it was opened with
      await queryClient.invalidateQueries({ queryKey: ['claim'] });
    }
  }
  return (
    <section aria-labelledby="disputes-title">
      <h2 id="disputes-title">{t.claim.disputes}</h2>
      <ul className="disputes">
        {claim.disputes.map((d) => (
          <li key={d.id}>
            <strong>{d.supplierId}</strong> · {i18n.value(d.kind)} · {formatMoney(d.amountClaimed, d.currency, language)} · <span data-testid="dispute-status">{i18n.value(d.status)}</span>
            {' · '}{t.supplier.deadline} {formatDateTime(d.deadlineAt, language, timeZone)}{d.overdue ? ` · ${i18n.value('overdue')}` : ''}{d.escalated ? ` · ${i18n.value('escalated')}` : ''}
            <div className="buttons">
              {d.allowedActions.filter((a): a is keyof typeof OPS => a in OPS).map((a) => (
                <button key={a} type="button" className="secondary" onClick={() => setOpen({ dispute: d.id, action: a, key: idempotencyKey() })}>{t.actions[a]}</button>
              ))}
            </div>
            {open?.dispute === d.id && (
              <SchemaForm key={open.key} title={t.actions[open.action]} operation={OPS[open.action]} submitLabel={t.actions[open.action]} onSubmit={submit} onCancel={() => setOpen(null)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function History({ id, version }: { id: string; version: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const history = useQuery({
    queryKey: ['history', id, version],
    queryFn: async () => unwrap(await api.GET('/claims/{id}/history', { params: { path: { id } } })),
  });
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.claim.history}</h2>
      {history.isPending && <p>{t.common.loading}</p>}
      {history.data && (
        <ol className="timeline">
          {history.data.events.map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at}>{formatDateTime(e.at, i18n.language, i18n.timeZone)}</time> <strong>{e.action}</strong> <span className="muted">{e.actor.name} ({e.actor.role})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
