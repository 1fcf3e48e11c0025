/**
 * API keys (/console/admin/api-keys): the keys (never a secret; `keyPrefix` tells them
 * apart), a form to create one — its secret shown this once — and revocation. Only admin
 * keys may do this; for any other key the API answers 403, and the page shows that answer.
 * A supplier key names the supplier it acts for (the form suggests the registry's ids;
 * the API refuses one that is not registered, or a supplier for another role, at the field).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { ProblemError, toProblem, unwrap } from '../api/problem';
import { SchemaForm } from '../forms/schema-form';
import { formatDateTime } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { ProblemText } from '../shell/problem-text';

/** Any key; `supplierId` for (and only for) a supplier key. */
const KEY_FIELDS = ['name', 'role', 'supplierId'] as const;
/** The registry's first page, for the supplier field's suggestions (any id may still be typed). */
const SUGGESTED_SUPPLIERS = 200;

export function ApiKeysPage() {
  const { t, language, timeZone } = useI18n();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<Schemas['CreatedApiKeyDto'] | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: async () => unwrap(await api.GET('/admin/api-keys')) });
  const suppliers = useQuery({
    queryKey: ['suppliers', 'ids'],
    enabled: adding,
    queryFn: async () => unwrap(await api.GET('/suppliers', { params: { query: { limit: SUGGESTED_SUPPLIERS } } })).items.map((s) => s.id),
  });
  async function create(body: Record<string, unknown>) {
    setCreated(unwrap(await api.POST('/admin/api-keys', { body: body as Schemas['CreateApiKeyDto'] })));
    setAdding(false);
    await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
  }
  async function revoke(id: string) {
    setRevokeError(null);
    try {
      const { response, error } = await api.DELETE('/admin/api-keys/{id}', { params: { path: { id } } });
      if (!response.ok) throw new ProblemError(toProblem(error, response.status));
    } catch (err) {
      setRevokeError(err);
    }
    await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
  }
  const dt = (iso: string | null) => (iso ? formatDateTime(iso, language, timeZone) : '—');
  return (
    <>
      <h1>{t.admin.apiKeys}</h1>
      {keys.error ? (
        <ProblemText error={keys.error} />
      ) : (
        <div className="buttons">
          <button type="button" aria-expanded={adding} onClick={() => { setCreated(null); setAdding(!adding); }}>{t.admin.createKey}</button>
        </div>
      )}
      {created && (
        <div className="warning" role="status">
          <p>{t.admin.keyShownOnce(created.name)}</p>
          <code data-testid="new-key">{created.key}</code>
        </div>
      )}
      {adding && <SchemaForm title={t.admin.createKey} operation="POST /admin/api-keys" fields={KEY_FIELDS} submitLabel={t.admin.createKey} suggestions={{ supplierId: suppliers.data ?? [] }} onSubmit={create} onCancel={() => setAdding(false)} />}
      {revokeError ? <ProblemText error={revokeError} /> : null}
      {keys.isPending && <p>{t.common.loading}</p>}
      {keys.data && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.fields.name}</th>
                <th scope="col">{t.admin.role}</th>
                <th scope="col">{t.fields.supplierId}</th>
                <th scope="col">{t.admin.prefix}</th>
                <th scope="col">{t.admin.created}</th>
                <th scope="col">{t.admin.lastUsed}</th>
                <th scope="col">{t.admin.revoked}</th>
                <th scope="col"><span className="visually-hidden">{t.admin.revoke}</span></th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((k) => (
                <tr key={k.id} data-key={k.id}>
                  <th scope="row">{k.name}</th>
                  <td>{k.role}</td>
                  <td>{k.supplierId ?? '—'}</td>
                  <td><code>{k.keyPrefix}</code></td>
                  <td>{dt(k.createdAt)}</td>
                  <td>{dt(k.lastUsedAt)}</td>
                  <td>{dt(k.revokedAt)}</td>
                  <td>{!k.revokedAt && <button type="button" className="secondary" aria-label={t.admin.revokeKey(k.name, k.keyPrefix)} onClick={() => revoke(k.id)}>{t.admin.revoke}</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
