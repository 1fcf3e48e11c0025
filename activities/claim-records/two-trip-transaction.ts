/**
 * A transaction in two round trips to PostgreSQL, however many statements it holds: the
 * first trip is `BEGIN` and the statements that read what the rest needs (under the locks
 * they take), the second the writes computed from those answers and `COMMIT`.
 *
 * Each trip's statements go as one text over the simple query protocol, the parameters
 * written in as literals, because the extended protocol (what a parameterised query uses)
 * takes one statement per round trip. A round trip is dear where the database is another
 * process: a socket write and a wake-up on each side, and on this project's 2-core machine
 * those cost more CPU than the statements (docs/benchmarks.md, thirteenth round).
 *
 * Values become literals exactly as `pg` sends a parameter (its own `prepareValue`), quoted
 * as `pg`'s `escapeLiteral` quotes them (`quoted` below gives the same text, ~50× faster on a
 * claim view's JSON: pg's walks the string a character at a time), so a statement means the
 * same either way; a value holding a NUL character (which PostgreSQL text cannot store, and
 * which would end a simple-protocol text early) is refused before anything is sent.
 */
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PoolClient, QueryResult } from 'pg';
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => string | Buffer | null };

/** One statement, its parameters written `$1`, `$2`… as for a parameterised query. */
export interface Statement {
  sql: string;
  params?: readonly unknown[];
}

/** A row as `pg` parses it. */
export type Row = Record<string, unknown>;

/** What the first trip's answers lead to: the second trip's statements (before `COMMIT`) and the transaction's result. */
export interface SecondTrip<T> {
  statements: Statement[];
  result: T;
}

/**
 * Runs `BEGIN` and `first` in one round trip; `then` turns their rows (one array per
 * statement, in order) into the second trip, sent with `COMMIT`. On any failure the
 * transaction is rolled back and the error thrown.
 */
export async function twoTripTransaction<T>(db: DataSource, first: Statement[], then: (rows: Row[][]) => SecondTrip<T>): Promise<T> {
  const [client, release] = (await (db.driver as PostgresDriver).obtainMasterConnection()) as [PoolClient, (err?: unknown) => void];
  let broken: unknown;
  // The pool listens for a connection's death only while the connection is idle: while it is
  // ours, a lost connection (the database restarted) is an 'error' event that must be heard
  // here, or it would be thrown as unhandled and end the process. Its query fails anyway.
  const onError = (err: unknown) => (broken ??= err);
  client.on('error', onError);
  try {
    const opened = await trip(client, [{ sql: 'BEGIN' }, ...first]);
    const second = then(opened.slice(1));
    await trip(client, [...second.statements, { sql: 'COMMIT' }]);
    return second.result;
  } catch (err) {
    // a connection that cannot even roll back is not given back to the pool
    if (broken === undefined) await client.query('ROLLBACK').catch((rollbackErr: unknown) => (broken = rollbackErr));
    throw err;
  } finally {
    client.removeListener('error', onError);
    release(broken);
  }
}

/** The statement's text with its parameters written in as literals. */
export function inlined({ sql, params = [] }: Statement): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index >= params.length) throw new Error(`statement names $${n} but has ${params.length} parameters`);
    return literal(params[index]);
  });
}

function literal(value: unknown): string {
  const text = prepareValue(value);
  if (text === null) return 'NULL';
  if (typeof text !== 'string') throw new Error('binary parameters cannot be written as literals');
  if (text.includes('\u0000')) throw new Error('a parameter holds a NUL character, which PostgreSQL text cannot store');
  return quoted(text);
}

/** A string constant, as `pg`'s `escapeLiteral` writes it: quotes doubled; with a backslash, an escape string with backslashes doubled. */
export function quoted(text: string): string {
  const doubled = text.replace(/'/g, "''");
  return text.includes('\\') ? ` E'${doubled.replace(/\\/g, '\\\\')}'` : `'${doubled}'`;
}

/** Sends the statements as one text; answers each one's rows, in order. */
async function trip(client: PoolClient, statements: Statement[]): Promise<Row[][]> {
  const answered = (await client.query(statements.map((s) => inlined(s)).join(';\n'))) as unknown as QueryResult<Row> | Array<QueryResult<Row>>;
  return (Array.isArray(answered) ? answered : [answered]).map((r) => r.rows ?? []);
}
