/**
 * A supplier's own tasks (the API answers a supplier key with nothing else, and with no
 * customer details): the list with each business-day deadline, and a task with its facts
 * and the accept / reject forms.
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
import { idempotencyKey } from '../claims/claim-actions';

type Task = Schemas['SupplierTaskDto'];

export function TasksPage() {
  const i18n = useI18n();
  const { t, language, timeZone } = i18n;
  const now = useNow(30_000);
  const tasks = useQuery({ queryKey: ['supplier-tasks'], queryFn: async () => unwrap(await api.GET('/supplier/tasks', { params: { query: { limit: 100 } } })) });
  return (
    <section aria-labelledby="tasks-title">
      <h1 id="tasks-title">{t.supplier.title}</h1>
      {tasks.isPending && <p>{t.common.loading}</p>}
      {tasks.error && <p role="alert" className="form-error">{tasks.error.message}</p>}
      {tasks.data && tasks.data.items.length === 0 && <p>{t.supplier.empty}</p>}
      {tasks.data && tasks.data.items.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby="tasks-title">
            <thead>
              <tr>
                <th scope="col">{t.queue.columns.number}</th>
                <th scope="col">{t.fields.kind}</th>
                <th scope="col">{t.fields.status}</th>
                <th scope="col">{t.supplier.claimed}</th>
                <th scope="col">{t.supplier.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.data.items.map((task) => {
                const due = countdown(task.deadlineAt, now, language);
                return (
                  <tr key={task.id} className={task.overdue ? 'breached' : undefined}>
                    <td><Link to={`supplier/tasks/${task.id}`}>{task.claimNumber}</Link></td>
                    <td>{i18n.value(task.kind)}</td>
                    <td>{i18n.value(task.status)}</td>
                    <td>{formatMoney(task.amountClaimed, task.currency, language)}</td>
                    <td className={task.overdue ? 'late' : undefined}>
                      {formatDateTime(task.deadlineAt, language, timeZone)}
                      {task.status === 'awaiting_supplier' && <><br /><span className="countdown">{due.text}</span></>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function TaskPage({ id }: { id: string }) {
  const { t } = useI18n();
  const task = useQuery({ queryKey: ['supplier-task', id], queryFn: async () => unwrap(await api.GET('/supplier/tasks/{id}', { params: { path: { id } } })) });
  if (task.isPending) return <p>{t.common.loading}</p>;
  if (!task.data) {
    const notFound = task.error instanceof ProblemError && [404, 400].includes(task.error.problem.status);
    return (
      <>
        <p role="alert" className="form-error">{notFound ? t.common.notFound : task.error?.message}</p>
        <p><Link to="supplier/tasks">← {t.supplier.title}</Link></p>
      </>
    );
  }
  return <TaskView task={task.data} />;
}

function TaskView({ task }: { task: Task }) {
  const i18n = useI18n();
  const { t, language, timeZone } = i18n;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<{ action: 'accept' | 'reject'; key: string } | null>(null);
  const [done, setDone] = useState(false);
  const f = task.facts;
  async function submit(body: Record<string, unknown>) {
    if (!open) return;
    const params = { path: { id: task.id }, header: { 'Idempotency-Key': open.key } };
    try {
      if (open.action === 'accept') unwrap(await api.POST('/supplier/tasks/{id}/accept', { params, body: body as Schemas['AcceptDisputeDto'] }));
      else unwrap(await api.POST('/supplier/tasks/{id}/reject', { params, body: body as Schemas['RejectDisputeDto'] }));
      setOpen(null);
      setDone(true);
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['supplier-task', task.id] });
      await queryClient.invalidateQueries({ queryKey: ['supplier-tasks'] });
    }
  }
  const actions = task.allowedActions.filter((a): a is 'accept' | 'reject' => a === 'accept' || a === 'reject');
  return (
    <article aria-labelledby="task-title">
      <p><Link to="supplier/tasks">← {t.supplier.title}</Link></p>
      <h1 id="task-title">
        {task.claimNumber} <span className="status" data-testid="task-status">{i18n.value(task.status)}</span>
      </h1>
      <dl className="facts">
        <dt>{t.supplier.deadline}</dt>
        <dd className={task.overdue ? 'late' : undefined}>{formatDateTime(task.deadlineAt, language, timeZone)} ({t.supplier.businessDays}) · {countdown(task.deadlineAt, Date.now(), language).text}</dd>
        <dt>{t.fields.kind}</dt>
        <dd>{i18n.value(task.kind)}</dd>
        <dt>{t.supplier.claimed}</dt>
        <dd>{formatMoney(task.amountClaimed, task.currency, language)}</dd>
        <dt>{t.fields.message}</dt>
        <dd>{task.message}</dd>
        <dt>{t.supplier.facts}</dt>
        <dd>
          {f.product.productName} ({f.product.sku}, {f.product.category}) · {t.fields.orderId} {f.order.orderId}, {formatDate(f.order.purchasedAt, language, timeZone)} · {formatMoney(f.order.price, f.order.currency, language)}
          <br />
          {f.defect.code ? `${f.defect.code}: ` : ''}{f.defect.description}
          {f.evidenceUrls.length > 0 && <ul>{f.evidenceUrls.map((u) => <li key={u}><a href={u} rel="noreferrer noopener" target="_blank">{u}</a></li>)}</ul>}
        </dd>
        {task.response && (
          <>
            <dt>{t.fields.status}</dt>
            <dd>{i18n.value(task.response.outcome)} · {formatDateTime(task.response.at, language, timeZone)}{task.response.remedy ? ` · ${i18n.value(task.response.remedy)}` : ''}{task.response.reason ? ` · ${task.response.reason}` : ''}</dd>
          </>
        )}
      </dl>
      {done && <p role="status" className="ok">{t.supplier.answered}</p>}
      <div className="buttons" role="group" aria-label={t.claim.actions}>
        {actions.map((a) => (
          <button key={a} type="button" className={open?.action === a ? 'active' : 'secondary'} aria-expanded={open?.action === a} onClick={() => setOpen({ action: a, key: idempotencyKey() })}>
            {t.supplier[a]}
          </button>
        ))}
      </div>
      {open && (
        <SchemaForm key={open.key} title={t.supplier[open.action]} operation={open.action === 'accept' ? 'POST /supplier/tasks/{id}/accept' : 'POST /supplier/tasks/{id}/reject'} submitLabel={t.supplier[open.action]} onSubmit={submit} onCancel={() => setOpen(null)} />
      )}
    </article>
  );
}
