/**
 * The intake's idempotency reservations against a real PostgreSQL: the first request holds
 * a key, a later one gets the holder's record, an expired key is taken over, and requests
 * racing for one key all get the same holder — also those whose statement started before
 * the winner's insert was visible (they read it again).
 */
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { IdempotencyKeysRepository } from '../../src/claims/idempotency-keys.repository';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

const HOUR_MS = 3_600_000;

describe('IdempotencyKeysRepository.reserve', () => {
  let scratch: ScratchDatabase;
  let db: DataSource;
  let keys: IdempotencyKeysRepository;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    db = await createDataSource(scratch.url).initialize();
    keys = new IdempotencyKeysRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  it('holds a new key for its request, and answers a later request with the holder', async () => {
    expect(await keys.reserve('k-1', 'hash-a', 'claim-a', HOUR_MS)).toEqual({ key: 'k-1', requestHash: 'hash-a', claimId: 'claim-a' });
    expect(await keys.reserve('k-1', 'hash-b', 'claim-b', HOUR_MS)).toEqual({ key: 'k-1', requestHash: 'hash-a', claimId: 'claim-a' });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'k-1'`);
    expect(n).toBe(1);
  });

  it('lets a new request take over an expired key, with a new expiry', async () => {
    await keys.reserve('k-2', 'hash-a', 'claim-a', HOUR_MS);
    await db.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'k-2'`);
    expect(await keys.reserve('k-2', 'hash-b', 'claim-b', HOUR_MS)).toEqual({ key: 'k-2', requestHash: 'hash-b', claimId: 'claim-b' });
    const [{ fresh }] = await db.query(`SELECT expires_at > now() + interval '50 minutes' AS fresh FROM idempotency_keys WHERE key = 'k-2'`);
    expect(fresh).toBe(true);
  });

  it('gives every request racing for one key the same holder', async () => {
    for (let round = 0; round < 5; round++) {
      const key = `race-${round}`;
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => keys.reserve(key, `hash-${i}`, `claim-${i}`, HOUR_MS)));
      const holders = new Set(answers.map((a) => `${a.claimId} ${a.requestHash}`));
      expect(holders.size).toBe(1);
      const [row] = await db.query(`SELECT claim_id, request_hash FROM idempotency_keys WHERE key = $1`, [key]);
      expect(holders).toEqual(new Set([`${row.claim_id} ${row.request_hash}`]));
    }
  });
});
