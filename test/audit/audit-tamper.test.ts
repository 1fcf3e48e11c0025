/**
 * Tamper evidence, against the real PostgreSQL: alter, delete and insert audit rows
 * directly (as the superuser, with the append-only trigger disabled) and check that the
 * verification endpoints name the right place; put the rows back and they pass again.
 * Also: the trigger and the restricted `wce_app` role refuse changes on their own.
 */
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { auditCheckpoint, auditEventHash, globalChainHash } from '../../domain/audit/audit-chain';
import { tamperAuditLog } from '../support/audit-tamper';
import { claimBody, startTestApp, TEST_AUDIT_CHECKPOINT_KEY, type TestApp } from '../support/test-app';

type Row = Record<string, any>;

describe('audit log tamper evidence', () => {
  let t: TestApp;
  let pg: PgClient;
  let since: string;
  const claims: string[] = [];

  /** SQL as the superuser with the append-only trigger off (what an attacker with DB access could do). */
  const tamper = (sql: string, params: unknown[] = []) => tamperAuditLog(pg, sql, params);

  async function rowsOf(claimId: string): Promise<Row[]> {
    return (await pg.query('SELECT * FROM audit_events WHERE claim_id = $1 ORDER BY seq', [claimId])).rows;
  }

  async function restore(rows: Row[]): Promise<void> {
    for (const r of rows) {
      await tamper(
        `INSERT INTO audit_events (id, claim_id, seq, occurred_at, recorded_at, actor_id, actor_name, actor_role, action, data,
                                   prev_hash, hash, global_prev_hash, global_hash, checkpoint)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [r.id, r.claim_id, r.seq, r.occurred_at, r.recorded_at, r.actor_id, r.actor_name, r.actor_role, r.action, JSON.stringify(r.data), r.prev_hash, r.hash, r.global_prev_hash, r.global_hash, r.checkpoint],
      );
    }
  }

  const verifyClaim = async (id: string) => (await t.http.get(`/audit/claims/${id}/verify`).set(t.auth('auditor')).expect(200)).body;
  const verifyLog = async () => (await t.http.get('/audit/verify').query({ from: since }).set(t.auth('auditor')).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    pg = new PgClient({ connectionString: t.ownerDatabaseUrl });
    await pg.connect();
    since = new Date(Date.now() - 1000).toISOString();
    for (let i = 0; i < 3; i++) {
      const created = await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201);
      const id = created.body.id;
      await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send({ type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.seam_defect', severity: 'low' }).expect(200);
      await t.http.post(`/claims/${id}/notes`).set(t.auth('supervisor')).send({ text: `note ${i}` }).expect(200);
      claims.push(id);
    }
  });
  afterAll(async () => {
    await pg?.end();
    await t?.close();
  });

  it('verifies an untouched log: each claim, the whole range, and against the workflow history', async () => {
    for (const id of claims) expect(await verifyClaim(id)).toMatchObject({ claimId: id, ok: true, eventsChecked: 3, firstBroken: null });
    const log = await verifyLog();
    expect(log).toMatchObject({ ok: true, firstBroken: null, breaks: [], claimsChecked: 3 });
    expect(log.eventsChecked).toBe(9);
    const comparison = (await t.http.get(`/audit/claims/${claims[0]}/compare-workflow`).set(t.auth('auditor')).expect(200)).body;
    expect(comparison).toMatchObject({ matches: true, auditEvents: 3, workflowEvents: 3, firstMismatch: null });
  });

  it('the trigger refuses UPDATE and DELETE, even to the superuser', async () => {
    await expect(pg.query(`UPDATE audit_events SET action = 'x' WHERE claim_id = $1`, [claims[0]])).rejects.toThrow(/append-only/);
    await expect(pg.query(`DELETE FROM audit_events WHERE claim_id = $1`, [claims[0]])).rejects.toThrow(/append-only/);
  });

  it('the restricted wce_app role may read the log but not change it, even without the trigger', async () => {
    await pg.query('BEGIN');
    try {
      await pg.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
      await pg.query('SET LOCAL ROLE wce_app');
      await pg.query('SAVEPOINT s');
      for (const sql of [`UPDATE audit_events SET action = 'x'`, 'DELETE FROM audit_events', 'TRUNCATE audit_events', `DELETE FROM migrations`, `INSERT INTO audit_events (claim_id) VALUES ('x')`]) {
        await expect(pg.query(sql)).rejects.toThrow(/permission denied/);
        await pg.query('ROLLBACK TO SAVEPOINT s');
      }
      expect((await pg.query('SELECT count(*) FROM audit_events')).rows[0].count).toBeDefined();
      await pg.query(`UPDATE claims SET updated_at = updated_at WHERE id = $1`, [claims[0]]);
    } finally {
      await pg.query('ROLLBACK');
    }
  });

  it('an altered event: its claim and seq, with the expected and the stored hash', async () => {
    const [, second] = await rowsOf(claims[0]);
    await tamper(`UPDATE audit_events SET data = data || '{"severity":"critical"}' WHERE id = $1`, [second.id]);
    const [altered] = (await pg.query('SELECT * FROM audit_events WHERE id = $1', [second.id])).rows;
    const recomputed = auditEventHash(altered.prev_hash, {
      claimId: altered.claim_id,
      seq: altered.seq,
      at: altered.occurred_at.toISOString(),
      actor: { id: altered.actor_id, name: altered.actor_name, role: altered.actor_role },
      action: altered.action,
      data: altered.data,
    });
    const expected = { claimId: claims[0], seq: 2, check: 'hash', expected: recomputed, found: second.hash };
    expect((await verifyClaim(claims[0])).firstBroken).toMatchObject(expected);
    expect(await verifyLog()).toMatchObject({ ok: false, firstBroken: expected, breaks: [expected] });

    await tamper(`UPDATE audit_events SET data = $2 WHERE id = $1`, [second.id, JSON.stringify(second.data)]);
    expect(await verifyClaim(claims[0])).toMatchObject({ ok: true });
  });

  it('an altered action also shows against the workflow history', async () => {
    const [, second] = await rowsOf(claims[0]);
    await tamper(`UPDATE audit_events SET action = 'claim.withdrawn' WHERE id = $1`, [second.id]);
    const comparison = (await t.http.get(`/audit/claims/${claims[0]}/compare-workflow`).set(t.auth('supervisor')).expect(200)).body;
    expect(comparison).toMatchObject({
      matches: false,
      firstMismatch: { index: 1, audit: { seq: 2, action: 'claim.withdrawn' }, workflow: { seq: 2, action: 'claim.triaged' } },
    });
    await tamper(`UPDATE audit_events SET action = $2 WHERE id = $1`, [second.id, second.action]);
    expect((await t.http.get(`/audit/claims/${claims[0]}/compare-workflow`).set(t.auth('supervisor')).expect(200)).body.matches).toBe(true);
  });

  it('a deleted event: the missing seq of its claim, and the global chain breaks at the next event', async () => {
    const [, second] = await rowsOf(claims[2]);
    const [next] = (await pg.query('SELECT claim_id, seq FROM audit_events WHERE id > $1 ORDER BY id LIMIT 1', [second.id])).rows;
    await tamper('DELETE FROM audit_events WHERE id = $1', [second.id]);
    expect((await verifyClaim(claims[2])).firstBroken).toMatchObject({ claimId: claims[2], seq: 2, check: 'sequence', expected: 'seq 2', found: 'seq 3' });
    const log = await verifyLog();
    expect(log.ok).toBe(false);
    expect(log.firstBroken).toMatchObject({ claimId: next.claim_id, seq: next.seq, check: 'global_prev_hash', expected: second.global_prev_hash, found: second.global_hash });
    expect(log.breaks).toContainEqual(expect.objectContaining({ claimId: claims[2], seq: 2, check: 'sequence' }));

    await restore([second]);
    expect((await verifyLog()).ok).toBe(true);
  });

  it("a claim's whole history deleted is noticed: by the global chain and against the read model", async () => {
    // claims[1]'s events lie in the middle of the log; a deleted tail is caught by the read-model check alone
    const rows = await rowsOf(claims[1]);
    await tamper('DELETE FROM audit_events WHERE claim_id = $1', [claims[1]]);
    expect((await verifyClaim(claims[1])).firstBroken).toMatchObject({ claimId: claims[1], seq: 1, check: 'missing_events', found: 'no events' });
    const log = await verifyLog();
    expect(log.ok).toBe(false);
    expect(log.breaks).toContainEqual(expect.objectContaining({ claimId: claims[1], seq: 1, check: 'missing_events' }));
    expect(log.breaks.some((b: Row) => b.check === 'global_prev_hash')).toBe(true);

    await restore(rows);
    expect((await verifyLog()).ok).toBe(true);
  });

  it('an inserted event, well chained by someone who knows the algorithm, shows by its missing checkpoint and against the read model', async () => {
    const rows = await rowsOf(claims[0]);
    const last = rows[rows.length - 1];
    const [tail] = (await pg.query('SELECT global_hash FROM audit_events ORDER BY id DESC LIMIT 1')).rows;
    const forged = {
      claimId: claims[0],
      seq: last.seq + 1,
      at: new Date().toISOString(),
      actor: { id: 'system', name: 'claims-engine', role: 'system' },
      action: 'claim.withdrawn',
      data: { reason: 'forged' },
    };
    const hash = auditEventHash(last.hash, forged);
    const inserted = await pg.query(
      `INSERT INTO audit_events (claim_id, seq, occurred_at, actor_id, actor_name, actor_role, action, data, prev_hash, hash, global_prev_hash, global_hash)
       VALUES ($1, $2, $3, 'system', 'claims-engine', 'system', $4, $5, $6, $7, $8, $9) RETURNING id`,
      [forged.claimId, forged.seq, forged.at, forged.action, JSON.stringify(forged.data), last.hash, hash, tail.global_hash, globalChainHash(tail.global_hash, hash)],
    );
    expect((await verifyClaim(claims[0])).firstBroken).toMatchObject({ claimId: claims[0], seq: 4, check: 'checkpoint', found: 'none' });
    const log = await verifyLog();
    expect(log.firstBroken).toMatchObject({ claimId: claims[0], seq: 4, check: 'checkpoint' });
    expect(log.breaks).toContainEqual(expect.objectContaining({ claimId: claims[0], seq: 4, check: 'unexpected_events' }));

    await tamper('DELETE FROM audit_events WHERE id = $1', [inserted.rows[0].id]);
    expect((await verifyLog()).ok).toBe(true);
  });

  it('the application role cannot forge a verifying event: no direct INSERT, and what it appends through the function is flagged', async () => {
    // a real login in wce_app, as the API and the worker run when deployed
    const login = `forger_${randomUUID().slice(0, 8)}`;
    await pg.query(`CREATE ROLE ${login} LOGIN PASSWORD 'forger-password' IN ROLE wce_app`);
    const url = new URL(t.ownerDatabaseUrl);
    url.username = login;
    url.password = 'forger-password';
    const forger = new PgClient({ connectionString: url.toString() });
    await forger.connect();
    let forgedId: string | undefined;
    const claimId = claims[1];
    const [{ version }] = (await pg.query('SELECT version FROM claims WHERE id = $1', [claimId])).rows;
    try {
      const rows = await rowsOf(claimId);
      const last = rows[rows.length - 1];
      const event = { claimId, seq: last.seq + 1, at: new Date().toISOString(), actor: { id: 'k-agent', name: 'Agent', role: 'agent' }, action: 'claim.withdrawn', data: { reason: 'forged' } };
      const hash = auditEventHash(last.hash, event);
      await forger.query('BEGIN');
      const [tail] = (await forger.query('SELECT global_hash FROM audit_events ORDER BY id DESC LIMIT 1')).rows;
      const globalHash = globalChainHash(tail.global_hash, hash);
      // 1. straight into the table: refused
      await forger.query('SAVEPOINT s');
      await expect(
        forger.query(
          `INSERT INTO audit_events (claim_id, seq, occurred_at, actor_id, actor_name, actor_role, action, data, prev_hash, hash, global_prev_hash, global_hash)
           VALUES ($1, $2, $3, 'k-agent', 'Agent', 'agent', 'claim.withdrawn', '{}', $4, $5, $6, $7)`,
          [claimId, event.seq, event.at, last.hash, hash, tail.global_hash, globalHash],
        ),
      ).rejects.toThrow(/permission denied/);
      await forger.query('ROLLBACK TO SAVEPOINT s');
      // 2. a link the function did not compute: refused
      await expect(
        forger.query(`SELECT append_audit_event($1, $2, $3, 'k-agent', 'Agent', 'agent', 'claim.withdrawn', $4, $5, $6, NULL)`, [claimId, event.seq, event.at, JSON.stringify(event.data), hash, 'f'.repeat(64)]),
      ).rejects.toThrow(/does not follow the log/);
      await forger.query('ROLLBACK TO SAVEPOINT s');
      // 3. well chained, read model bumped, but without the key: a made-up checkpoint
      await forger.query(`SELECT append_audit_event($1, $2, $3, 'k-agent', 'Agent', 'agent', 'claim.withdrawn', $4, $5, $6, $7)`, [
        claimId,
        event.seq,
        event.at,
        JSON.stringify(event.data),
        hash,
        globalHash,
        auditCheckpoint('a key guessed by the forger, 32+ chars', globalHash),
      ]);
      await forger.query('UPDATE claims SET version = version + 1 WHERE id = $1', [claimId]);
      await forger.query('COMMIT');
      forgedId = (await pg.query('SELECT id FROM audit_events WHERE claim_id = $1 AND seq = $2', [claimId, event.seq])).rows[0].id;

      expect((await verifyClaim(claimId)).firstBroken).toMatchObject({ claimId, seq: event.seq, check: 'checkpoint', expected: auditCheckpoint(TEST_AUDIT_CHECKPOINT_KEY, globalHash) });
      const log = await verifyLog();
      expect(log.ok).toBe(false);
      expect(log.breaks).toEqual([expect.objectContaining({ claimId, seq: event.seq, check: 'checkpoint' })]);
    } finally {
      await forger.end();
      if (forgedId) await tamper('DELETE FROM audit_events WHERE id = $1', [forgedId]);
      await pg.query('UPDATE claims SET version = $2 WHERE id = $1', [claimId, version]);
      await pg.query(`DROP ROLE ${login}`);
    }
    expect((await verifyLog()).ok).toBe(true);
  });

  it('refuses a bad range with a 400 problem', async () => {
    const res = await t.http.get('/audit/verify').query({ from: '2026-11-30', to: '2026-11-01' }).set(t.auth('auditor')).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    await t.http.get('/audit/verify').query({ from: 'yesterday' }).set(t.auth('auditor')).expect(400);
  });
});
