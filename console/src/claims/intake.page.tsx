/**
 * A claim taken by phone or in a showroom: the intake form (channel hotline or
 * retail_store), one Idempotency-Key per form so a double click takes it in once; a likely
 * duplicate of an open claim is flagged with links to it, as the API reports it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { SchemaForm } from '../forms/schema-form';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shell/router';
import { idempotencyKey } from './claim-actions';

const FIELDS = [
  'channel', 'externalRef',
  'customer.name', 'customer.phone', 'customer.email', 'customer.language',
  'order.orderId', 'order.purchasedAt', 'order.deliveredAt', 'order.sku', 'order.productName', 'order.category', 'order.price', 'order.currency', 'order.supplierId',
  'description', 'attachments', 'demandedRemedy',
] as const;

type Created = { claim: Schemas['ClaimResponseDto']; replay: boolean };

export function IntakePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [key, setKey] = useState(idempotencyKey);
  const [created, setCreated] = useState<Created | null>(null);

  async function submit(body: Record<string, unknown>) {
    const result = await api.POST('/claims', { params: { header: { 'Idempotency-Key': key } }, body: body as Schemas['CreateClaimDto'] });
    const claim = unwrap(result);
    setCreated({ claim, replay: result.response.status === 200 });
    await queryClient.invalidateQueries({ queryKey: ['claims'] });
  }

  if (created) {
    const { claim } = created;
    return (
      <section aria-labelledby="intake-title">
        <h1 id="intake-title">{t.intake.title}</h1>
        <p role="status" className="ok">{created.replay ? t.intake.existing : t.intake.created} <strong>{claim.number}</strong></p>
        {claim.possibleDuplicateOf.length > 0 && (
          <p className="warning" role="alert">
            {t.intake.duplicate}{' '}
            {claim.possibleDuplicateOf.map((d) => <Link key={d} to={`claims/${d}`}>{d.slice(0, 8)} </Link>)}
          </p>
        )}
        <div className="buttons">
          {/* by id: the number resolves through the read model, which follows the new workflow a moment later */}
          <Link to={`claims/${claim.id}`} className="button">{t.intake.open} {claim.number}</Link>
          <button type="button" className="secondary" onClick={() => { setCreated(null); setKey(idempotencyKey()); }}>{t.nav.intake}</button>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">{t.intake.title}</h1>
      <SchemaForm key={key} title={t.intake.title} operation="POST /claims" fields={FIELDS} initial={{ channel: 'hotline', 'order.currency': 'RUB', 'customer.language': i18n.language }} submitLabel={t.common.submit} onSubmit={submit} />
    </section>
  );
}
