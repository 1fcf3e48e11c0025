/**
 * The claim number and duplicate check (`registerClaim`, run by the intake's first workflow
 * task as a local activity) against a real PostgreSQL: numbers follow the sequence, a
 * retried call keeps its claim's number, concurrent intakes each get their own, and the
 * likely duplicates are the open claims of the same order and customer in the window.
 */
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { createClaimRecordsActivities } from '../../activities/claim-records/claim-records.activities';
import type { ClaimRecordsActivities, RegisterClaimInput } from '../../activities/claim-records/claim-records.contract';
import { parseClaimNumber } from '../../domain/claim/claim-number';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

const DAY = 86_400_000;
const AT = '2026-11-02T10:00:00.000Z';

describe('registerClaim (claim number and duplicate check)', () => {
  let scratch: ScratchDatabase;
  let db: DataSource;
  let records: ClaimRecordsActivities;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    db = await createDataSource(scratch.url).initialize();
    records = createClaimRecordsActivities(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  const registration = (claimId: string, over: Partial<RegisterClaimInput> = {}): RegisterClaimInput => ({
    claimId,
    receivedAt: AT,
    orderId: `order-${claimId}`,
    customerPhone: '+420600000001',
    duplicateWindowMs: 30 * DAY,
    ...over,
  });

  /** An open claim in the read model, as the writer leaves it after intake. */
  const openClaimRow = async (id: string, number: string, orderId: string, receivedAt: string, contact: { phone?: string; email?: string }): Promise<void> => {
    await db.query(
      `INSERT INTO claims (id, number, status, channel, customer_name, customer_phone, customer_email, order_id, sku, product_name, category, price, currency,
                          in_warranty, received_at, sla_due_at, search_text, version, view)
       VALUES ($1, $2, 'received', 'web', 'Test Customer', $3, $4, $5, 'SKU-1', 'Kettle', 'appliances', 10, 'EUR', true, $6, $6, '', 1, '{}')`,
      [id, number, contact.phone ?? null, contact.email ?? null, orderId, receivedAt],
    );
  };

  it('numbers claims in the year of intake, one after another, and keeps a claim\'s number on a retry', async () => {
    const first = await records.registerClaim(registration('reg-a'));
    const second = await records.registerClaim(registration('reg-b'));
    const a = parseClaimNumber(first.number);
    const b = parseClaimNumber(second.number);
    expect(a?.year).toBe(2026);
    expect(b?.seq).toBe((a?.seq ?? 0) + 1);
    // a retried local activity (the task lost, the worker restarted): same claim, same number
    expect((await records.registerClaim(registration('reg-a'))).number).toBe(first.number);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM claim_numbers WHERE claim_id = 'reg-a'`);
    expect(count).toBe(1);
  });

  it('gives concurrent intakes distinct numbers, and a claim registered twice at once one number', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `reg-c${i}`);
    const results = await Promise.all([...ids, ...ids].map((id) => records.registerClaim(registration(id)).then((r) => [id, r.number] as const)));
    const byClaim = new Map<string, Set<string>>();
    for (const [id, number] of results) byClaim.set(id, (byClaim.get(id) ?? new Set()).add(number));
    for (const id of ids) expect(byClaim.get(id)?.size).toBe(1);
    expect(new Set(results.map(([, n]) => n)).size).toBe(ids.length);
  });

  it('flags open claims of the same order and customer within the window, oldest first, and nothing else', async () => {
    const order = 'order-dup';
    await openClaimRow('dup-2', 'CL-2026-900002', order, '2026-10-30T00:00:00Z', { phone: '+420600000001' });
    await openClaimRow('dup-1', 'CL-2026-900001', order, '2026-10-20T00:00:00Z', { email: 'jana@example.com' });
    await openClaimRow('dup-old', 'CL-2026-900003', order, '2026-09-01T00:00:00Z', { phone: '+420600000001' }); // outside 30 days
    await openClaimRow('dup-other', 'CL-2026-900004', order, '2026-10-30T00:00:00Z', { phone: '+420600000999' }); // another customer
    await openClaimRow('dup-closed', 'CL-2026-900005', order, '2026-10-30T00:00:00Z', { phone: '+420600000001' });
    await db.query(`UPDATE claims SET status = 'closed' WHERE id = 'dup-closed'`);

    const found = await records.registerClaim(registration('dup-new', { orderId: order, customerEmail: 'Jana@Example.com' }));
    expect(found.possibleDuplicateOf).toEqual(['dup-1', 'dup-2']);
    // without phone or e-mail there is nobody to match
    const anonymous = await records.registerClaim(registration('dup-anon', { orderId: order, customerPhone: undefined }));
    expect(anonymous.possibleDuplicateOf).toEqual([]);
  });
});
