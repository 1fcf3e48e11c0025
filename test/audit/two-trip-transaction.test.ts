/**
 * The two-round-trip transaction (activities/claim-records/two-trip-transaction.ts) against
 * a real PostgreSQL: values written as literals read back exactly as the same values sent
 * as parameters; both trips commit together, or nothing does when either fails, and the
 * connection goes back to the pool usable; and a transaction is two round trips.
 */
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { dataSourceOptions } from '../../src/database/data-source';
import { twoTripTransaction, type Row } from '../../activities/claim-records/two-trip-transaction';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

describe('twoTripTransaction', () => {
  let scratch: ScratchDatabase;
  let db: DataSource;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ migrate: false });
    db = await new DataSource({ ...(dataSourceOptions(scratch.url) as PostgresConnectionOptions), poolSize: 1 }).initialize();
    await db.query(`CREATE TABLE trips (id integer PRIMARY KEY, note text, data jsonb, tags uuid[], at timestamptz, flag boolean)`);
  });
  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });
  beforeEach(() => db.query(`TRUNCATE trips`));

  const ids = async () => (await db.query(`SELECT id FROM trips ORDER BY id`)).map((r: { id: number }) => r.id);

  it('stores what a parameterised statement stores, for quotes, backslashes, unicode and JSON', async () => {
    const note = `it's a "quote", a back\\slash, \\x41, $1, émoji 🛠️, tab\there, line\nbreak`;
    const data = { text: note, nested: { list: [1, 'two', null], escaped: '\\u0041' } };
    const tags = ['1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'c9bf9e57-1685-4c89-bafb-ff5af830be8a'];
    const values = [note, JSON.stringify(data), tags, '2026-11-02T10:00:00.000Z', false];
    const insert = `INSERT INTO trips (id, note, data, tags, at, flag) VALUES ($1, $2, $3::jsonb, $4::uuid[], $5, $6)`;
    await db.query(insert, [1, ...values]);
    await twoTripTransaction(db, [], () => ({ statements: [{ sql: insert, params: [2, ...values] }], result: undefined }));
    const [viaParameters, viaLiterals] = await db.query(`SELECT note, data, tags, at, flag FROM trips ORDER BY id`);
    expect(viaLiterals).toEqual(viaParameters);
    expect(viaLiterals.data).toEqual(data);
    expect(viaLiterals.note).toBe(note);
  });

  it('hands the first trip\'s rows to the second, and commits both', async () => {
    const result = await twoTripTransaction(
      db,
      [{ sql: `INSERT INTO trips (id) VALUES (1), (2) RETURNING id` }, { sql: `SELECT count(*)::int AS n FROM trips` }],
      ([inserted, [counted]]: Row[][]) => ({
        statements: [{ sql: `INSERT INTO trips (id) VALUES ($1)`, params: [Number(counted.n) + inserted.length + 1] }],
        result: inserted.map((r) => r.id),
      }),
    );
    expect(result).toEqual([1, 2]);
    expect(await ids()).toEqual([1, 2, 5]);
  });

  it('keeps nothing of the first trip when the second fails, and leaves the connection usable', async () => {
    await expect(
      twoTripTransaction(db, [{ sql: `INSERT INTO trips (id) VALUES (1)` }], () => ({
        statements: [{ sql: `INSERT INTO trips (id) VALUES (2)` }, { sql: `INSERT INTO trips (id) VALUES (1)` }],
        result: undefined,
      })),
    ).rejects.toThrow(/duplicate key/);
    expect(await ids()).toEqual([]);
    // the pool has one connection: it came back out of the failed transaction
    await twoTripTransaction(db, [], () => ({ statements: [{ sql: `INSERT INTO trips (id) VALUES (3)` }], result: undefined }));
    expect(await ids()).toEqual([3]);
  });

  it('survives its connection dying mid-transaction (the database restarted): the error is its caller\'s, the pool carries on', async () => {
    // an 'error' event nobody listens to is thrown out of the socket's callback: it ends an API or a worker
    const unheard: unknown[] = [];
    const emit = PgClient.prototype.emit;
    const heard = jest.spyOn(PgClient.prototype, 'emit').mockImplementation(function (this: PgClient, event: string | symbol, ...args: unknown[]) {
      if (event === 'error' && this.listenerCount('error') === 0) {
        unheard.push(args[0]);
        return false;
      }
      return emit.call(this, event, ...args);
    });
    try {
      // the backend ends itself as PostgreSQL's restart ends every backend: a FATAL, then the socket closes
      await expect(
        twoTripTransaction(db, [{ sql: `INSERT INTO trips (id) VALUES (1)` }, { sql: `SELECT pg_terminate_backend(pg_backend_pid())` }], () => ({
          statements: [{ sql: `INSERT INTO trips (id) VALUES (2)` }],
          result: undefined,
        })),
      ).rejects.toThrow(/terminat/);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the socket's end arrives after the error
    } finally {
      heard.mockRestore();
    }
    expect(unheard).toEqual([]);
    // the dead connection left the pool (its only one): the next transaction gets a new one
    await twoTripTransaction(db, [], () => ({ statements: [{ sql: `INSERT INTO trips (id) VALUES (3)` }], result: undefined }));
    expect(await ids()).toEqual([3]);
  });

  it('keeps nothing when the second trip is never built (its builder throws)', async () => {
    await expect(
      twoTripTransaction(db, [{ sql: `INSERT INTO trips (id) VALUES (1)` }], () => {
        throw new Error('audit gap');
      }),
    ).rejects.toThrow('audit gap');
    expect(await ids()).toEqual([]);
  });

  it('sends the statements in two round trips however many there are', async () => {
    const sent = jest.spyOn(PgClient.prototype, 'query');
    try {
      await twoTripTransaction(db, [{ sql: `SELECT 1` }, { sql: `SELECT 2` }], () => ({
        statements: [1, 2, 3].map((id) => ({ sql: `INSERT INTO trips (id) VALUES ($1)`, params: [id] })),
        result: undefined,
      }));
      expect(sent).toHaveBeenCalledTimes(2);
    } finally {
      sent.mockRestore();
    }
    expect(await ids()).toEqual([1, 2, 3]);
  });
});
