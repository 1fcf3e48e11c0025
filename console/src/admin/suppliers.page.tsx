/**
 * The supplier registry (/console/suppliers; supervisors and admins, the roles
 * GET /suppliers answers): the suppliers with their answer deadline, reminders and webhook
 * (never its secret), and a form to register one, drawn from POST /suppliers's rules —
 * its webhook URL and secret included.
 */
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { SchemaForm } from '../forms/schema-form';
import { formatDateTime } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { ProblemText } from '../shell/problem-text';

/** The registry's form; a webhook URL needs its secret (the API says so at the field), which is never shown again. */
const SUPPLIER_FIELDS = ['id', 'name', 'contact.person', 'contact.email', 'contact.phone', 'responseBusinessDays', 'webhookUrl', 'webhookSecret', 'active'] as const;

export function SuppliersPage() {
  const { t, language, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['suppliers'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => unwrap(await api.GET('/suppliers', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  async function create(body: Record<string, unknown>) {
    const supplier = unwrap(await api.POST('/suppliers', { body: body as Schemas['CreateSupplierDto'] }));
    setAdding(false);
    setCreated(supplier.id);
    await queryClient.invalidateQueries({ queryKey: ['suppliers'] });
  }
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t.admin.suppliers}</h1>
      <div className="buttons">
        <button type="button" aria-expanded={adding} onClick={() => { setCreated(null); setAdding(!adding); }}>{t.admin.addSupplier}</button>
      </div>
      {created && <p role="status" className="ok">{t.admin.supplierAdded(created)}</p>}
      {adding && <SchemaForm title={t.admin.addSupplier} operation="POST /suppliers" fields={SUPPLIER_FIELDS} submitLabel={t.admin.register} onSubmit={create} onCancel={() => setAdding(false)} />}
      {list.error && <ProblemText error={list.error} />}
      {list.isPending && <p>{t.common.loading}</p>}
      {list.data && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.admin.id}</th>
                <th scope="col">{t.fields.name}</th>
                <th scope="col" className="num">{t.admin.deadlineDays}</th>
                <th scope="col">{t.admin.reminders}</th>
                <th scope="col">{t.admin.webhook}</th>
                <th scope="col">{t.admin.active}</th>
                <th scope="col">{t.admin.registered}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} data-key={s.id}>
                  <th scope="row">{s.id}</th>
                  <td>{s.name}</td>
                  <td className="num">{s.effectiveResponseBusinessDays}</td>
                  <td>{s.effectiveReminderBusinessDaysBefore?.join(', ')}</td>
                  <td>{s.webhookUrl ?? '—'}{s.webhookSecretSet ? ` · ${t.admin.secretSet}` : ''}</td>
                  <td>{s.active ? t.common.yes : t.common.no}</td>
                  <td>{formatDateTime(s.createdAt, language, timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && <button type="button" className="secondary" onClick={() => list.fetchNextPage()}>{t.common.loadMore}</button>}
    </>
  );
}
