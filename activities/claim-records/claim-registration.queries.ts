/**
 * A claim's number and its likely duplicates, registered once per claim id. The API does
 * it before it starts the claim's workflow (the number travels in the workflow's input);
 * the `registerClaim` activity does the same for a workflow started without one.
 *
 * Two round trips, no transaction: the next sequence value together with the duplicate
 * check (one read), then the number inserted under the claim's id. A repeated call — a
 * replayed intake, a retried activity — finds its claim's row and keeps that number (the
 * sequence value it drew stays unused, as a rolled-back one would). No lock is held
 * across claims: numbers come from the sequence, not from a row every intake waits on.
 */
import { formatClaimNumber } from '../../domain/claim/claim-number';
import { OPEN_STATUSES } from '../../domain/claim/transitions';
import type { RegisterClaimInput, RegisterClaimResult } from '../../domain/claim/claim-registration';

/** Anything that runs a parameterised query: a TypeORM DataSource or EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Open claims of the same order and customer (phone or e-mail) received within the
 * policy's window, oldest first: a sub-select over possibleDuplicateParams.
 */
const POSSIBLE_DUPLICATES = `SELECT id FROM claims
      WHERE $1::text IS NOT NULL
        AND order_id = $2
        AND id <> $3
        AND status = ANY($4)
        AND received_at >= $5
        AND ((customer_phone IS NOT NULL AND customer_phone = $6) OR (customer_email IS NOT NULL AND customer_email = $7))
      ORDER BY received_at
      LIMIT 20`;

function possibleDuplicateParams(input: RegisterClaimInput): unknown[] {
  const phone = input.customerPhone ?? null;
  const email = input.customerEmail?.toLowerCase() ?? null;
  const since = new Date(new Date(input.receivedAt).getTime() - input.duplicateWindowMs).toISOString();
  // $1: a customer with neither phone nor e-mail has nobody to match
  return [phone ?? email, input.orderId, input.claimId, OPEN_STATUSES, since, phone, email];
}

export async function registerClaimNumber(db: Queryable, input: RegisterClaimInput): Promise<RegisterClaimResult> {
  const year = new Date(input.receivedAt).getUTCFullYear();
  const [drawn] = await db.query(`SELECT nextval('claim_number_seq') AS seq, ARRAY(${POSSIBLE_DUPLICATES}) AS duplicates`, possibleDuplicateParams(input));
  const [inserted] = await db.query(
    `INSERT INTO claim_numbers (claim_id, year, seq, number) VALUES ($1, $2, $3, $4)
     ON CONFLICT (claim_id) DO NOTHING RETURNING number`,
    [input.claimId, year, drawn.seq, formatClaimNumber(year, Number(drawn.seq))],
  );
  const number: string = inserted?.number ?? (await db.query(`SELECT number FROM claim_numbers WHERE claim_id = $1`, [input.claimId]))[0].number;
  return { number, possibleDuplicateOf: drawn.duplicates as string[] };
}
