/**
 * Read model: `GET /claims` filters over claims seeded straight into PostgreSQL with
 * generate_series (no workflows behind them), at each size, through an API process of
 * its own pointed at that database. Sequential requests: latency, not throughput.
 */
import { Client } from 'pg';
import type { Stack } from '../../test/support/stack/stack';
import { percentile } from '../support/load.runner';

/** Pseudo-random but reproducible: Knuth's multiplicative hash of the row number. */
const H = `((g::bigint * 2654435761) % 4294967296)`;

/** The newest seeded claim's `received_at`; row g was received g minutes before it. */
export const SEED_LATEST_RECEIVED_AT = '2026-11-20T00:00:00.000Z';

/** Rows (from+1 .. to]: distributions close to the reference company's (DESIGN §2). */
export function seedSql(from: number, to: number): string {
  return `
INSERT INTO claims (id, number, status, channel, external_ref, type, unit, defect_code, severity, supplier_id,
  customer_name, customer_phone, customer_email, order_id, sku, product_name, category, price, currency, in_warranty,
  received_at, triaged_at, resolved_at, closed_at, sla_due_at, sla_breached, deadline_at, deadline_breached,
  penalty_amount, possible_duplicate, waiting_on_customer, search_text, version, view)
SELECT id, number, status, channel, NULL, type, unit, defect_code, severity, supplier_id,
  customer_name, customer_phone, customer_email, order_id, sku, product_name, category, price, 'RUB', true,
  received_at, CASE WHEN status <> 'received' THEN received_at + interval '2 hours' END,
  CASE WHEN status = 'closed' THEN received_at + interval '5 days' END,
  CASE WHEN status = 'closed' THEN received_at + interval '5 days' END,
  received_at + interval '24 hours', sla_breached, CASE WHEN status IN ('remedy_in_progress', 'closed') THEN received_at + interval '10 days' END,
  deadline_breached, 0, false, false,
  lower(number || ' ' || customer_name || ' ' || customer_phone || ' ' || customer_email || ' ' || order_id || ' ' || sku || ' ' || product_name || ' seat cushions sagged after 5 months'),
  5, jsonb_build_object('id', id, 'number', number, 'status', status, 'seeded', true)
FROM (
  SELECT g, 'seed-' || g AS id, 'CL-2025-' || lpad(g::text, 7, '0') AS number,
    CASE WHEN ${H} % 100 < 10 THEN 'received' WHEN ${H} % 100 < 20 THEN 'triaged' WHEN ${H} % 100 < 35 THEN 'remedy_in_progress' ELSE 'closed' END AS status,
    CASE WHEN (${H} >> 8) % 1000 < 270 THEN 'hotline' WHEN (${H} >> 8) % 1000 < 450 THEN 'survey' WHEN (${H} >> 8) % 1000 < 580 THEN 'online_review'
         WHEN (${H} >> 8) % 1000 < 700 THEN 'email' WHEN (${H} >> 8) % 1000 < 800 THEN 'web_form' WHEN (${H} >> 8) % 1000 < 900 THEN 'social_dm'
         WHEN (${H} >> 8) % 1000 < 970 THEN 'messenger' WHEN (${H} >> 8) % 1000 < 995 THEN 'retail_store' ELSE 'post' END AS channel,
    CASE WHEN ${H} % 100 >= 10 THEN (ARRAY['product_quality','service_quality','settlement','information'])[1 + (${H} >> 4) % 4] END AS type,
    CASE WHEN ${H} % 100 >= 10 THEN (ARRAY['sales','logistics','distribution_center','supplier','other'])[1 + (${H} >> 6) % 5] END AS unit,
    CASE WHEN ${H} % 100 >= 10 THEN (ARRAY['upholstered.filler_shrinkage','upholstered.seam_defect','upholstered.fabric_pilling','cabinet.panel_defect',
      'cabinet.fittings_defect','delivery.late','delivery.incomplete','delivery.mechanical_damage','manufacturing_defect','other'])[1 + (${H} >> 10) % 10] END AS defect_code,
    CASE WHEN ${H} % 100 >= 10 THEN (ARRAY['low','medium','high'])[1 + (${H} >> 14) % 3] END AS severity,
    CASE WHEN (${H} >> 3) % 10 < 4 THEN 'supplier-' || ((${H} >> 12) % 50) END AS supplier_id,
    'Customer ' || g AS customer_name, '+7916' || lpad(g::text, 7, '0') AS customer_phone, 'c' || g || '@example.com' AS customer_email,
    'ORD-' || g AS order_id, (ARRAY['SOFA-OSLO-3','BED-NORD-160','WARDROBE-LINE-2','TABLE-ARC-4'])[1 + (${H} >> 16) % 4] AS sku,
    (ARRAY['Sofa Oslo 3-seat','Bed Nord 160','Wardrobe Line 2-door','Table Arc 4'])[1 + (${H} >> 16) % 4] AS product_name,
    (ARRAY['upholstered','upholstered','cabinet','cabinet'])[1 + (${H} >> 16) % 4] AS category,
    1000 + (${H} >> 18) % 150000 AS price,
    timestamptz '${SEED_LATEST_RECEIVED_AT}' - make_interval(secs => g * 60) AS received_at,
    (${H} >> 20) % 100 < 15 AS sla_breached,
    (${H} >> 22) % 100 < 5 AS deadline_breached
  FROM generate_series(${from + 1}, ${to}) AS g
) AS s`;
}

export interface ReadQueryResult {
  p50: number;
  p99: number;
  rows: number;
}

export type ReadModelReport = Record<string, { seedSeconds: number; queries: Record<string, ReadQueryResult> }>;

/**
 * The speed-up check: at the largest size, the same queries without an index (dropped)
 * and with it again (re-created), back to back in the same process and data.
 */
export interface IndexComparison {
  size: number;
  index: string;
  createSeconds: number;
  without: Record<string, ReadQueryResult>;
  with: Record<string, ReadQueryResult>;
}

/** The index docs/benchmarks.md's speed-up is about (migrations/1763900200100-claims-search-trigram.ts). */
export const COMPARED_INDEX = {
  name: 'claims_search_trgm_idx',
  create: 'CREATE INDEX claims_search_trgm_idx ON claims USING gin (search_text gin_trgm_ops)',
};

/** The filters timed at each size (a 1-day window, a rare and a common text, etc.). */
export function readQueries(size: number): Record<string, Record<string, string>> {
  const middle = Math.floor(size / 2);
  return {
    'no filter (first page)': {},
    'status=remedy_in_progress': { status: 'remedy_in_progress' },
    'channel=email': { channel: 'email' },
    'supplierId (1 of 50)': { supplierId: 'supplier-7' },
    'defectCode': { defectCode: 'cabinet.fittings_defect' },
    'slaBreached=true': { slaBreached: 'true' },
    'type+unit': { type: 'settlement', unit: 'logistics' },
    'received in 1 day': { receivedFrom: '2026-11-01', receivedTo: '2026-11-01' },
    'q: one phone (rare)': { q: `+7916${String(middle).padStart(7, '0')}` },
    'q: "oslo" (common)': { q: 'oslo' },
    'status+channel+supplier': { status: 'closed', channel: 'email', supplierId: 'supplier-3' },
    'sort=due (the care queue)': { sort: 'due' },
    'sort=due, status=triaged': { sort: 'due', status: 'triaged' },
  };
}

async function timeQueries(readStack: Stack, size: number, requests: number): Promise<Record<string, ReadQueryResult>> {
  const queries: Record<string, ReadQueryResult> = {};
  for (const [name, query] of Object.entries(readQueries(size))) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < requests; i++) {
      const res = await readStack.http.request('GET', '/claims', { as: 'agent', query: { ...query, limit: '50' } });
      if (res.status !== 200) throw new Error(`GET /claims ${JSON.stringify(query)}: ${res.status} ${JSON.stringify(res.body)}`);
      if (i > 0) times.push(res.ms); // the first one warms the cache
      rows = (res.body as { items: unknown[] }).items.length;
    }
    times.sort((a, b) => a - b);
    queries[name] = { p50: percentile(times, 50), p99: percentile(times, 99), rows };
  }
  return queries;
}

export async function readModelPhase(
  readStack: Stack,
  databaseUrl: string,
  sizes: number[],
  requests: number,
  log: (m: string) => void,
): Promise<{ report: ReadModelReport; comparison?: IndexComparison }> {
  const report: ReadModelReport = {};
  let comparison: IndexComparison | undefined;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    let seeded = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      // in chunks, so that one statement never holds too much at once
      for (let from = seeded; from < size; from += 250_000) await db.query(seedSql(from, Math.min(size, from + 250_000)));
      await db.query('VACUUM ANALYZE claims');
      seeded = size;
      const seedSeconds = (performance.now() - t0) / 1000;
      log(`read model: ${size} claims seeded in ${seedSeconds.toFixed(1)} s`);
      const queries = await timeQueries(readStack, size, requests);
      report[String(size)] = { seedSeconds, queries };
    }
    const size = sizes[sizes.length - 1];
    const { rows } = await db.query(`SELECT 1 FROM pg_indexes WHERE indexname = $1`, [COMPARED_INDEX.name]);
    if (rows.length > 0) {
      log(`read model: comparing without ${COMPARED_INDEX.name} at ${size} claims`);
      await db.query(`DROP INDEX ${COMPARED_INDEX.name}`);
      const without = await timeQueries(readStack, size, requests);
      const t0 = performance.now();
      await db.query(COMPARED_INDEX.create);
      await db.query('ANALYZE claims');
      const createSeconds = (performance.now() - t0) / 1000;
      comparison = { size, index: COMPARED_INDEX.name, createSeconds, without, with: await timeQueries(readStack, size, requests) };
    }
    return { report, comparison };
  } finally {
    await db.end();
  }
}
